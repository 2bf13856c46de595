/** planCheck's verdict for the scheduler: the grant's outcome and how long to wait, folded over its accounts. */
import { describe, expect, it } from 'vitest';
import { planCheck } from '../../../../../main/core/validation/check-plan';
import type { AccountVerdict } from '../../../../../main/core/accounts/status-machine';
import { accountsReport, classification, grantProblemReport, GRANT, NOW, ok, problem, tracked } from '../../../../fixtures/validation/reports';

const timing = { now: NOW, latencyMs: 0 };

function planFor(verdicts: readonly AccountVerdict[]) {
  const accounts = verdicts.map((_, i) => tracked(`a${i + 1}`));
  return planCheck(GRANT, accounts, accountsReport(accounts.map((a, i) => [a, verdicts[i] as AccountVerdict] as const)), timing, []);
}

describe('planCheck: outcome and retryAfter', () => {
  it.each([
    ['every account fine', [ok(), ok()], 'ok'],
    ['a warning is still fine', [ok(null, 'instagram_creator_account')], 'ok'],
    ['every problem permanent', [problem('password_changed'), problem('insufficient_page_role')], 'permanent'],
    ['permanent beside fine accounts', [ok(), problem('page_restricted')], 'permanent'],
    ['every problem transient', [problem('rate_limited'), problem('transient_provider_error')], 'transient'],
    ['transient beside fine accounts', [ok(), problem('transient_provider_error')], 'transient'],
    ['a request-level error counts as transient', [problem('not_a_disconnect')], 'transient'],
    // Mixed verdicts: neither a back-off nor a stop is right for the whole grant, so it keeps its normal pace.
    ['permanent and transient mixed', [problem('password_changed'), problem('rate_limited')], 'ok'],
    ['no accounts at all', [], 'ok'],
  ] as const)('%s → %s', (_label, verdicts, outcome) => {
    expect(planFor(verdicts).outcome).toBe(outcome);
  });

  it('waits as long as the longest retry hint among transient problems', () => {
    const plan = planFor([
      problem('rate_limited', { retryAfterMs: 30_000 }),
      problem('rate_limited', { retryAfterMs: 90_000 }),
      problem('transient_provider_error'),
      ok(),
    ]);
    expect(plan).toMatchObject({ outcome: 'transient', retryAfterMs: 90_000 });
  });

  it('has no retry hint when no transient problem gave one', () => {
    expect(planFor([problem('transient_provider_error'), ok()]).retryAfterMs).toBeNull();
    expect(planFor([ok()]).retryAfterMs).toBeNull();
  });

  it('takes the retry hint of a grant-wide transient failure', () => {
    const plan = planCheck(
      GRANT,
      [tracked('a1'), tracked('a2')],
      grantProblemReport(classification('rate_limited', { retryAfterMs: 15 * 60_000 })),
      timing,
      [],
    );
    expect(plan).toMatchObject({ outcome: 'transient', retryAfterMs: 15 * 60_000 });
  });

  it('says permanent for a grant-wide permanent failure', () => {
    const plan = planCheck(GRANT, [tracked('a1')], grantProblemReport(classification('access_revoked')), timing, []);
    expect(plan).toMatchObject({ outcome: 'permanent', retryAfterMs: null });
  });
});
