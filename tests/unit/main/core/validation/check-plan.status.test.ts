/** planCheck, one account at a time: where its status goes, which events say so, and which problem is stored. */
import { describe, expect, it } from 'vitest';
import { planCheck } from '../../../../../main/core/validation/check-plan';
import type { AccountHealth, AccountVerdict } from '../../../../../main/core/accounts/status-machine';
import type { HistoryEventInput } from '../../../../../shared/domain/history-event';
import { accountsReport, classification, grantProblemReport, GRANT, health, HOUR, NOW, ok, problem, tracked } from '../../../../fixtures/validation/reports';

const timing = { now: NOW, latencyMs: 42 };

function planOne(stored: AccountHealth, verdict: AccountVerdict) {
  const account = tracked('a1', stored);
  const plan = planCheck(GRANT, [account], accountsReport([[account, verdict]]), timing, []);
  const save = plan.saves[0];
  if (!save) throw new Error('no save planned');
  return { plan, save, kinds: plan.events.map((e) => e.kind) };
}

const needsReconnect = health({ status: 'needs_reconnect', reason: 'password_changed', lastKnownStatus: 'needs_reconnect' });
const needsAction = health({ status: 'needs_action', reason: 'security_checkpoint', lastKnownStatus: 'needs_action' });
const unverified = health({ status: 'unverified', reason: 'transient_provider_error' });

describe('planCheck: one account through the status machine', () => {
  it.each([
    // label, stored health, verdict, next status, next reason, status_changed event?
    ['connected + ok', health(), ok(), 'connected', null, false],
    ['connected + password_changed', health(), problem('password_changed'), 'needs_reconnect', 'password_changed', true],
    ['connected + security_checkpoint', health(), problem('security_checkpoint'), 'needs_action', 'security_checkpoint', true],
    ['connected + transient_provider_error', health(), problem('transient_provider_error'), 'unverified', 'transient_provider_error', true],
    ['connected + rate_limited', health(), problem('rate_limited', { retryAfterMs: 60_000 }), 'unverified', 'rate_limited', true],
    ['connected + ok with instagram_creator_account', health(), ok(null, 'instagram_creator_account'), 'connected', 'instagram_creator_account', false],
    ['unverified + ok', unverified, ok(), 'connected', null, true],
    ['unverified + rate_limited', unverified, problem('rate_limited'), 'unverified', 'transient_provider_error', false],
    ['unverified + access_revoked', unverified, problem('access_revoked'), 'needs_reconnect', 'access_revoked', true],
    ['needs_reconnect + transient_provider_error', needsReconnect, problem('transient_provider_error'), 'needs_reconnect', 'password_changed', false],
    ['needs_reconnect + ok', needsReconnect, ok(), 'connected', null, true],
    ['needs_action + rate_limited', needsAction, problem('rate_limited'), 'needs_action', 'security_checkpoint', false],
    ['needs_action + token_expired', needsAction, problem('token_expired'), 'needs_reconnect', 'token_expired', true],
  ] as const)('%s → %s (%s)', (_label, stored, verdict, status, reason, changed) => {
    const { save, plan, kinds } = planOne(stored, verdict);
    expect(save.health.status).toBe(status);
    expect(save.health.reason).toBe(reason);
    expect(kinds[0]).toBe('check');
    expect(kinds.includes('status_changed')).toBe(changed);
    const change = plan.events.find((e) => e.kind === 'status_changed');
    if (changed) expect(change).toMatchObject({ accountId: 'a1', at: NOW, from: stored.status, to: status, reason });
  });

  it('writes one check event per account with the outcome, the latency and the reason', () => {
    const a = tracked('a1');
    const b = tracked('a2');
    const c = tracked('a3');
    const plan = planCheck(
      GRANT,
      [a, b, c],
      accountsReport([
        [a, ok()],
        [b, problem('password_changed')],
        [c, problem('rate_limited')],
      ]),
      timing,
      [],
    );
    const checks = plan.events.filter((e): e is Extract<HistoryEventInput, { kind: 'check' }> => e.kind === 'check');
    expect(checks).toEqual([
      { kind: 'check', at: NOW, accountId: 'a1', outcome: 'ok', latencyMs: 42, reason: null },
      { kind: 'check', at: NOW, accountId: 'a2', outcome: 'permanent', latencyMs: 42, reason: 'password_changed' },
      { kind: 'check', at: NOW, accountId: 'a3', outcome: 'transient', latencyMs: 42, reason: 'rate_limited' },
    ]);
  });

  it("puts the network's error details on the status_changed event and in the stored problem", () => {
    const details = { code: 190, subcode: 460, type: 'OAuthException', message: 'Session invalidated', traceId: 'AbC123' };
    const { plan, save } = planOne(health(), problem('password_changed', { provider: details }));
    expect(plan.events.find((e) => e.kind === 'status_changed')).toMatchObject({
      providerCode: 190,
      providerSubcode: 460,
      message: 'Session invalidated',
      traceId: 'AbC123',
    });
    expect(save.problem).toEqual({ code: 190, subcode: 460, traceId: 'AbC123', detail: 'Session invalidated' });
    expect(save.keepProblem).toBe(false);
  });

  it('stores the signal that decided a verdict read from the answers, for the support line', () => {
    const details = { code: null, subcode: null, type: 'fields', message: 'Tasks: ANALYZE', traceId: null, signal: 'Page tasks listed by /me/accounts' };
    const { save } = planOne(health(), problem('insufficient_page_role', { provider: details }));
    expect(save.problem).toEqual({ code: null, subcode: null, traceId: null, detail: 'Tasks: ANALYZE', signal: 'Page tasks listed by /me/accounts' });
  });

  it('keeps the stored problem while transient failures hide a known disconnection, and replaces it otherwise', () => {
    expect(planOne(needsReconnect, problem('transient_provider_error')).save.keepProblem).toBe(true);
    expect(planOne(unverified, problem('transient_provider_error')).save.keepProblem).toBe(true);
    // The first transient failure is the news: its problem is stored.
    expect(planOne(health(), problem('transient_provider_error')).save.keepProblem).toBe(false);
    // A permanent verdict always stores its own problem, even one repeating the stored status.
    expect(planOne(needsReconnect, problem('password_changed')).save.keepProblem).toBe(false);
    // Success clears it.
    const fixed = planOne(needsReconnect, ok()).save;
    expect(fixed).toMatchObject({ keepProblem: false, problem: null });
  });

  it('keeps statusSince when nothing changed and restarts it on a change', () => {
    expect(planOne(health(), ok()).save.health.statusSince).toBe(NOW - HOUR);
    expect(planOne(health(), problem('password_changed')).save.health.statusSince).toBe(NOW);
    expect(planOne(health(), problem('rate_limited')).save.health).toMatchObject({ statusSince: NOW, unverifiedSince: NOW, lastKnownStatus: 'connected' });
  });

  it('moves every account with the one reason when the grant itself failed', () => {
    const accounts = [tracked('a1'), tracked('a2', unverified), tracked('a3', needsAction)];
    const plan = planCheck(GRANT, accounts, grantProblemReport(classification('password_changed')), timing, []);
    expect(plan.saves.map((s) => [s.account.id, s.health.status, s.health.reason])).toEqual([
      ['a1', 'needs_reconnect', 'password_changed'],
      ['a2', 'needs_reconnect', 'password_changed'],
      ['a3', 'needs_reconnect', 'password_changed'],
    ]);
    expect(plan.events.filter((e) => e.kind === 'status_changed')).toHaveLength(3);
  });

  it('treats an account the report did not cover as not verified, not as fine', () => {
    const covered = tracked('a1');
    const forgotten = tracked('a2');
    const plan = planCheck(GRANT, [covered, forgotten], accountsReport([[covered, ok()]]), timing, []);
    expect(plan.saves[1]?.health).toMatchObject({ status: 'unverified', reason: 'transient_provider_error' });
    expect(plan.events).toContainEqual(expect.objectContaining({ kind: 'check', accountId: 'a2', outcome: 'transient' }));
  });
});
