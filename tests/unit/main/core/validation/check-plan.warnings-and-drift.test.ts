/** planCheck's grant-level news: expiry warnings (each threshold once per expiry) and permission drift. */
import { describe, expect, it } from 'vitest';
import { planCheck } from '../../../../../main/core/validation/check-plan';
import type { AccountVerdict } from '../../../../../main/core/accounts/status-machine';
import type { ExpiryThresholdId } from '../../../../../main/core/accounts/expiry-warnings';
import type { TrackedAccount } from '../../../../../main/core/accounts/accounts.repository';
import {
  accountsReport,
  DAY,
  grantProblemReport,
  classification,
  GRANT,
  health,
  HOUR,
  NOW,
  ok,
  permissions,
  problem,
  tracked,
} from '../../../../fixtures/validation/reports';

const timing = { now: NOW, latencyMs: 0 };

function planOne(account: TrackedAccount, verdict: AccountVerdict) {
  return planCheck(GRANT, [account], accountsReport([[account, verdict]]), timing, []);
}

const warnings = (events: ReturnType<typeof planOne>['events']) => events.filter((e) => e.kind === 'expiry_warning');

describe('planCheck: expiry warnings', () => {
  it.each([
    [8 * DAY, [], null],
    [6 * DAY, [], '7d'],
    [6 * DAY, ['7d'], null],
    [20 * HOUR, ['7d'], '1d'],
    // After a long sleep only the most urgent warning is given.
    [30 * 60_000, [], '1h'],
    [30 * 60_000, ['7d', '1d', '1h'], null],
  ] as const)('access ending in %d ms, already warned %j → %s', (left, warned, due) => {
    const expiresAt = NOW + left;
    const plan = planOne(tracked('a1', health({ expiresAt }), { warned }), ok(expiresAt));
    const given = warnings(plan.events);
    expect(given.map((e) => (e.kind === 'expiry_warning' ? e.threshold : null))).toEqual(due ? [due] : []);
    if (due) {
      expect(given[0]).toMatchObject({ grantId: GRANT, accountId: 'a1', at: NOW, expiresAt });
      expect(plan.saves[0]?.warned.has(due)).toBe(true);
    }
    for (const id of warned) expect(plan.saves[0]?.warned.has(id as ExpiryThresholdId)).toBe(true);
  });

  it('forgets the warnings given when the expiry moved (a reconnect or refresh)', () => {
    const oldExpiry = NOW + 2 * HOUR;
    const newExpiry = NOW + 6 * DAY;
    const plan = planOne(
      tracked('a1', health({ status: 'expiring', lastKnownStatus: 'expiring', expiresAt: oldExpiry }), { warned: ['7d', '1d'] }),
      ok(newExpiry),
    );
    expect(warnings(plan.events)).toEqual([expect.objectContaining({ threshold: '7d', expiresAt: newExpiry })]);
    expect([...(plan.saves[0]?.warned ?? [])]).toEqual(['7d']);
  });

  it('marks the account expiring inside the 7-day window', () => {
    const expiresAt = NOW + 3 * DAY;
    const plan = planOne(tracked('a1', health({ expiresAt })), ok(expiresAt));
    expect(plan.saves[0]?.health.status).toBe('expiring');
    expect(plan.events).toContainEqual(expect.objectContaining({ kind: 'status_changed', from: 'connected', to: 'expiring' }));
  });

  it('warns no one whose account is disconnected or unverified', () => {
    const expiresAt = NOW + 20 * HOUR;
    expect(warnings(planOne(tracked('a1', health({ expiresAt })), problem('password_changed')).events)).toEqual([]);
    expect(warnings(planOne(tracked('a1', health({ expiresAt })), problem('rate_limited')).events)).toEqual([]);
  });
});

describe('planCheck: permission drift', () => {
  const account = tracked('a1');
  const withPermissions = (missing: readonly string[], declined: readonly string[] = []) =>
    accountsReport([[account, ok()]], permissions(['pages_show_list'], missing, declined));

  it('records drift when the missing scopes change, with what was declined', () => {
    const plan = planCheck(GRANT, [account], withPermissions(['pages_manage_posts'], ['pages_manage_posts']), timing, []);
    expect(plan.missingScopes).toEqual(['pages_manage_posts']);
    expect(plan.events).toContainEqual({
      kind: 'permission_drift',
      at: NOW,
      grantId: GRANT,
      missingScopes: ['pages_manage_posts'],
      declinedScopes: ['pages_manage_posts'],
    });
  });

  it('records no drift when the same scopes are missing, in any order', () => {
    const plan = planCheck(GRANT, [account], withPermissions(['b_scope', 'a_scope']), timing, ['a_scope', 'b_scope']);
    expect(plan.events.some((e) => e.kind === 'permission_drift')).toBe(false);
    expect(plan.missingScopes).toEqual(['b_scope', 'a_scope']);
  });

  it('records drift back to nothing missing when a permission is restored', () => {
    const plan = planCheck(GRANT, [account], withPermissions([]), timing, ['pages_manage_posts']);
    expect(plan.missingScopes).toEqual([]);
    expect(plan.events).toContainEqual(expect.objectContaining({ kind: 'permission_drift', missingScopes: [] }));
  });

  it('says nothing about scopes when the check could not tell', () => {
    const silent = planCheck(GRANT, [account], accountsReport([[account, ok()]], null), timing, ['pages_manage_posts']);
    expect(silent.missingScopes).toBeNull();
    const failed = planCheck(GRANT, [account], grantProblemReport(classification('password_changed')), timing, ['pages_manage_posts']);
    expect(failed.missingScopes).toBeNull();
    expect([...silent.events, ...failed.events].some((e) => e.kind === 'permission_drift')).toBe(false);
  });
});
