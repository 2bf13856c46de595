// Scores the classifier on the held-out half of the real-payload corpus, which was set aside (every third
// item in collection order) before the classifier was developed against the dev half. Scored, not tuned:
// the bar is ≥95% right, and no transient or rate-limit payload may ever come out as a permanent disconnect.
import { describe, expect, it } from 'vitest';
import { REASON_POLICY } from '../../../../../shared/reasons/reason-policy';
import { classify } from '../../../../../main/core/reasons/classify';
import { corpusInput, loadCorpus } from '../../../../fixtures/provider-responses/load-corpus';

const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const corpus = loadCorpus().filter((item) => item.batch === 1);
const heldout = corpus.filter((item) => item.split === 'heldout');
const results = heldout.map((item) => ({ item, got: classify(item.provider, corpusInput(item), { now: NOW }) }));
const wrong = results.filter(({ item, got }) => got.reason !== item.expect.reason);
const score = (heldout.length - wrong.length) / heldout.length;

describe(`classify: real payloads, held-out split (${heldout.length - wrong.length}/${heldout.length} right)`, () => {
  it('holds out at least a third of the corpus', () => {
    expect(heldout.length * 3).toBeGreaterThanOrEqual(corpus.length);
  });

  it('gets at least 95% of the held-out payloads right', () => {
    // The misses are listed so a failure says which payloads and what they got.
    const misses = wrong.map(({ item, got }) => `${item.file}: expected ${item.expect.reason}, got ${got.reason}`);
    console.info(`held-out score: ${(score * 100).toFixed(1)}% (${heldout.length - wrong.length}/${heldout.length})`, misses);
    expect(score).toBeGreaterThanOrEqual(0.95);
  });

  it('never turns a transient or rate-limit payload into a permanent disconnection', () => {
    const transient = results.filter(({ item }) => REASON_POLICY[item.expect.reason].kind === 'transient');
    expect(transient.length).toBeGreaterThan(0);
    for (const { item, got } of transient) expect(got.permanent, item.file).toBe(false);
  });
});
