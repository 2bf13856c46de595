/**
 * The X provider against the simulator's plans: answers about the app or the plan (out of credits, a usage cap,
 * a spent daily limit) defer the check instead of judging the account, and the X planner hears of every read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTwitterProvider } from '../../../../../../main/core/providers/twitter/twitter.provider';
import { endpointsAt } from '../../../../../../main/core/providers/network-endpoints';
import { RateLimitGovernor } from '../../../../../../main/core/providers/rate-limit-governor';
import { XQuota, type XQuotaSettings } from '../../../../../../main/core/providers/twitter/x-quota';
import type { GrantInput, SocialProvider } from '../../../../../../main/core/providers/provider';
import type { RunningSimulator, WorldInput } from '../../../../../../main/simulator';
import type { AccountId, GrantId } from '../../../../../../shared/domain/ids';
import { IDS, startTestSimulator, testWorld } from '../../../../../fixtures/simulator/simulator-kit';
import { X_SCOPES } from '../../../../../../main/core/providers/twitter/x-scopes';
import { tokenSet } from '../../../../../../main/app/demo/open-demo-core';

const HOUR = 3_600_000;
let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function setup(plan: NonNullable<WorldInput['x']['plan']>, settings: Partial<XQuotaSettings> = {}) {
  const world = testWorld();
  world.x = { ...world.x, plan };
  const s = await startTestSimulator(5, world);
  sim = s;
  const clock = { now: () => s.control.now() };
  const quota = new XQuota({
    clock,
    settings: () => ({ plan: plan.kind, monthlyBudgetUsd: null, checkIntervalMinutes: 30, ...settings }),
    accounts: () => [IDS.alphaX],
  });
  const provider: SocialProvider = createTwitterProvider({
    fetch: (input, init) => fetch(input, init),
    clock,
    governor: new RateLimitGovernor({ x: quota }),
    endpoints: endpointsAt(s.url),
    apps: { metaAppId: null, metaAppSecret: () => Promise.resolve(null), xClientId: IDS.xClientId },
    timeoutMs: 5_000,
  });
  const grant = (): GrantInput => {
    const minted = s.control.mintXTokens(IDS.alphaX, { scopes: [...X_SCOPES] });
    return {
      id: 'g-x' as GrantId,
      tokens: tokenSet(minted.accessToken, minted.refreshToken, minted.expiresIn, X_SCOPES, s.control.now()),
      pageTokens: new Map(),
      accounts: [{ id: 'a-x' as AccountId, provider: 'twitter', networkAccountId: IDS.alphaX, parentNetworkId: null }],
    };
  };
  const usersMeCalls = () => s.control.requests().filter((r) => r.url.startsWith('/2/users/me')).length;
  return { s, quota, provider, grant, usersMeCalls };
}

describe('X provider: the app is out of credits', () => {
  it('defers the check (no verdict on the account), pauses every X read, and a refresh still works', async () => {
    const { s, quota, provider, grant, usersMeCalls } = await setup({ kind: 'pay_per_use', creditsUsd: 0.01 });
    expect((await provider.validate(grant())).grant).toEqual({ kind: 'ok' });
    expect(s.control.xBilling().balanceUsd).toBe(0);
    const report = await provider.validate(grant());
    expect(report.deferred?.cause).toBe('credits_depleted');
    // The next try is the planner's probe, three hours on (the simulated clock also ticks in real time).
    expect(Math.abs((report.deferred?.until ?? 0) - (s.control.now() + 3 * HOUR))).toBeLessThan(2_000);
    expect(report.grant).toEqual({ kind: 'ok' });
    expect(report.accounts.size).toBe(0);
    expect(quota.status(s.control.now())).toMatchObject({ state: 'paused', cause: 'credits_depleted' });
    // The next scheduled check sends nothing; a refresh (free) goes through.
    const calls = usersMeCalls();
    expect((await provider.validate(grant())).deferred?.cause).toBe('credits_depleted');
    expect(usersMeCalls()).toBe(calls);
    expect((await provider.refresh?.(grant().tokens))?.kind).toBe('refreshed');
    // Credits bought: "Check now" probes, works, and lifts the pause.
    s.control.addXCredits(5);
    expect((await provider.validate(grant(), { manual: true })).accounts.get(IDS.alphaX)).toEqual({ kind: 'ok', expiresAt: null });
    expect(quota.status(s.control.now()).state).toBe('normal');
  });

  it('reads a 429 usage-capped as a pause until the next month, never as this account being rate limited', async () => {
    const { s, quota, provider, grant } = await setup({ kind: 'pay_per_use' });
    s.control.addFault({ type: 'rate_limit', xVariant: 'usage_capped', network: 'x', pathPrefix: '/2/users/me' });
    const report = await provider.validate(grant());
    expect(report.deferred?.cause).toBe('usage_capped');
    expect(report.accounts.size).toBe(0);
    expect(quota.status(s.control.now())).toMatchObject({ state: 'paused', cause: 'usage_capped' });
  });
});

describe('X provider: a capped plan', () => {
  it('learns the daily limit from the headers, stops before it, and defers a 429 to the reset', async () => {
    const { s, quota, provider, grant, usersMeCalls } = await setup({ kind: 'capped', usersMePer24hPerUser: 6 });
    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      const report = await provider.validate(grant());
      seen.push(report.deferred ? report.deferred.cause : report.grant.kind);
      s.control.advanceTime(10 * 60_000);
    }
    // 6 a day, 2 kept back for "Check now" and confirmations: 4 scheduled reads, then deferrals.
    expect(seen).toEqual(['ok', 'ok', 'ok', 'ok', 'daily_limit', 'daily_limit', 'daily_limit', 'daily_limit']);
    expect(usersMeCalls()).toBe(4);
    expect(quota.minIntervalMs()).toBe(8 * HOUR);
    // "Check now" may use the reserve, never more than X allows.
    expect((await provider.validate(grant(), { manual: true })).grant).toEqual({ kind: 'ok' });
    expect((await provider.validate(grant(), { manual: true })).grant).toEqual({ kind: 'ok' });
    expect((await provider.validate(grant(), { manual: true })).deferred?.cause).toBe('daily_limit');
    expect(usersMeCalls()).toBe(6);
    expect(s.control.requests().filter((r) => r.status === 429)).toEqual([]);
  });

  it('defers a 429 whose reset is hours away instead of marking the account', async () => {
    const { s, provider, grant } = await setup({ kind: 'capped', usersMePer24hPerUser: 2 });
    // Another app (or an earlier run) spent the day's reads; Tether's ledger doesn't know of them.
    const token = s.control.mintXTokens(IDS.alphaX).accessToken;
    for (let i = 0; i < 2; i++) await fetch(`${s.url}/2/users/me`, { headers: { authorization: `Bearer ${token}` } });
    const report = await provider.validate(grant(), { manual: true });
    expect(report.deferred?.cause).toBe('daily_limit');
    expect(report.deferred?.until).toBeGreaterThan(s.control.now() + 23 * HOUR);
  });
});
