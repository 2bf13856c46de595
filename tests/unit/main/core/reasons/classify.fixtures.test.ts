// Table-driven: every documented response in tests/fixtures/provider-responses gets the reason its fixture
// expects, with the source cited in the fixture. At least one documented response per reason.
import { describe, expect, it } from 'vitest';
import { REASON_IDS } from '../../../../../shared/domain/reason-id';
import { REASON_POLICY } from '../../../../../shared/reasons/reason-policy';
import { classify } from '../../../../../main/core/reasons/classify';
import { fixtureInput, loadProviderFixtures, REASONS_FROM_CHECKS_ONLY } from '../../../../fixtures/provider-responses/load-provider-fixtures';

const fixtures = loadProviderFixtures();
const OPTIONAL_FLAGS = ['rateLimit', 'ambiguous', 'suspectedReason', 'appConfigProblem'] as const;

describe('classify: documented provider responses', () => {
  it.each(fixtures.map((f) => [`${f.provider}/${f.name} → ${f.expect.reason}`, f] as const))('%s', (_label, fixture) => {
    const result = classify(fixture.provider, fixtureInput(fixture), { now: fixture.now ?? Date.UTC(2026, 10, 28, 9, 0, 0) });
    expect(result).toMatchObject(fixture.expect);
    // Flags a fixture doesn't expect must be absent, so a stray `ambiguous` or `suspectedReason` fails.
    for (const flag of OPTIONAL_FLAGS) expect(result[flag], flag).toEqual(fixture.expect[flag]);
    // permanent and reconnectFixes always follow design.md §4.
    expect(result.permanent).toBe(REASON_POLICY[result.reason].permanent);
    expect(result.reconnectFixes).toBe(REASON_POLICY[result.reason].reconnectFixes);
  });

  it('has at least one documented response for every reason an error can carry', () => {
    const covered = new Set(fixtures.map((f) => f.expect.reason));
    expect(REASON_IDS.filter((id) => !covered.has(id) && !REASONS_FROM_CHECKS_ONLY.has(id))).toEqual([]);
  });

  it('has fixtures for every network, each citing a source', () => {
    for (const provider of ['facebook', 'instagram', 'twitter'] as const) {
      expect(fixtures.filter((f) => f.provider === provider).length).toBeGreaterThanOrEqual(10);
    }
    for (const f of fixtures) expect(f.source.length, f.file).toBeGreaterThan(20);
  });
});
