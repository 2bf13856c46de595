// The dev half of the real-payload corpus: every item must get its expected reason. (The held-out half is
// only scored, in corpus.heldout.test.ts.)
import { describe, expect, it } from 'vitest';
import { classify } from '../../../../../main/core/reasons/classify';
import { corpusInput, loadCorpus } from '../../../../fixtures/provider-responses/load-corpus';

const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const dev = loadCorpus().filter((item) => item.batch === 1 && item.split === 'dev');

describe('classify: real payloads, dev split', () => {
  it.each(dev.map((item) => [`${item.file} → ${item.expect.reason}`, item] as const))('%s', (_label, item) => {
    const result = classify(item.provider, corpusInput(item), { now: NOW });
    expect(result.reason).toBe(item.expect.reason);
    if (item.expect.ambiguous !== undefined) expect(result.ambiguous ?? false).toBe(item.expect.ambiguous);
  });
});
