// The dev and spent items of the real-payload corpus: every item gets its expected reason, except the few
// listed below, which are left wrong on purpose and must stay wrong in the way written down (so the list can't rot).
// The held-out items are only scored, in corpus.heldout.test.ts.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../../../main/core/reasons/classify';
import { corpusInput, loadCorpus } from '../../../../fixtures/provider-responses/load-corpus';

const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const dev = loadCorpus().filter((item) => item.split !== 'heldout');

/**
 * Dev items the classifier reads otherwise, and why no rule was written for them.
 * - 103: Graph code 1 whose message names a request fault ("You must use https:// when passing an access token").
 *   Code 1 is documented as "possibly a temporary issue"; telling this wording apart would take a message rule for
 *   a request Tether never makes (it always uses https). Transient is the safe reading: the account only waits.
 */
const KNOWN_MISSES: ReadonlyMap<string, string> = new Map([['facebook/103-1-https-required.json', 'transient_provider_error']]);

describe('classify: real payloads, dev split', () => {
  it.each(dev.map((item) => [`${item.file} → ${item.expect.reason}`, item] as const))('%s', (_label, item) => {
    const result = classify(item.provider, corpusInput(item), { now: NOW });
    expect(result.reason).toBe(KNOWN_MISSES.get(item.file) ?? item.expect.reason);
    if (item.expect.ambiguous !== undefined) expect(result.ambiguous ?? false).toBe(item.expect.ambiguous);
  });

  it('lists only dev items as known misses', () => {
    for (const file of KNOWN_MISSES.keys())
      expect(
        dev.some((item) => item.file === file),
        file,
      ).toBe(true);
  });
});
