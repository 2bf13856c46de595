/**
 * GrantChecker.check when X's app is out of credits: the check is deferred, nothing is recorded against the
 * account, and a due token refresh (free) still runs and proves the login alive.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { GrantId } from '../../../../../shared/domain/ids';
import { XQuota } from '../../../../../main/core/providers/twitter/x-quota';
import { IDS, testWorld } from '../../../../fixtures/simulator/simulator-kit';
import { startCheckerKit, type CheckerKit } from '../../../../fixtures/validation/checker-kit';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
let kit: CheckerKit;
afterEach(() => kit.close());

async function outOfCreditsKit(): Promise<{ grantId: GrantId }> {
  const world = testWorld();
  world.x = { ...world.x, plan: { kind: 'pay_per_use', creditsUsd: 0.01 } };
  kit = await startCheckerKit({
    world,
    xQuota: (clock) =>
      new XQuota({ clock, settings: () => ({ plan: 'pay_per_use', monthlyBudgetUsd: null, checkIntervalMinutes: 30 }), accounts: () => [IDS.alphaX] }),
  });
  const { grantId } = await kit.addX(IDS.alphaX);
  return { grantId };
}

const accountRow = (grantId: GrantId) => kit.repo.viewsOfGrant(grantId)[0];

/** The simulated clock ticks in real time too: "just now" is within the last few seconds. */
function expectJustNow(at: number | null | undefined): void {
  expect(at).toBeLessThanOrEqual(kit.sim.control.now());
  expect(at).toBeGreaterThan(kit.sim.control.now() - 5_000);
}

describe('GrantChecker.check: deferred by X', () => {
  it('records nothing when X refuses for want of credits, and says when the next probe is', async () => {
    const { grantId } = await outOfCreditsKit();
    expect(await kit.checker.check(grantId)).toEqual({ kind: 'ok' });
    expectJustNow(accountRow(grantId)?.provenAliveAt);
    const before = kit.eventKinds();
    kit.sim.control.advanceTime(30 * MINUTE);
    const result = await kit.checker.check(grantId);
    expect(result.kind).toBe('deferred');
    // Until the planner's next probe, three hours on (the simulated clock also ticks in real time).
    expect(result.kind === 'deferred' ? Math.abs(result.at - (kit.sim.control.now() + 3 * HOUR)) : Infinity).toBeLessThan(5_000);
    expect(kit.eventKinds()).toEqual(before);
    expect(kit.account(grantId).health).toMatchObject({ status: 'connected', reason: null });
    expect(kit.deferred).toEqual([grantId]);
  });

  it('still refreshes a due token while paused, and counts that as proof the login is alive', async () => {
    const { grantId } = await outOfCreditsKit();
    await kit.checker.check(grantId);
    kit.sim.control.advanceTime(30 * MINUTE);
    await kit.checker.check(grantId);
    expect(kit.sim.control.xBilling().refused).toBe(1);
    kit.sim.control.advanceTime(HOUR + 28 * MINUTE);
    const result = await kit.checker.check(grantId);
    // The refresh went out; the read didn't (the next probe is later).
    expect(kit.calls('POST', '/2/oauth2/token')).toBe(1);
    expect(kit.sim.control.xBilling().refused).toBe(1);
    expect(result.kind).toBe('deferred');
    expect(kit.eventKinds().slice(-1)).toEqual(['token_refreshed']);
    expectJustNow(accountRow(grantId)?.provenAliveAt);
    expect(kit.account(grantId).health.status).toBe('connected');
  });

  it('never marks an account for a 402, even after days of it', async () => {
    const { grantId } = await outOfCreditsKit();
    await kit.checker.check(grantId);
    for (let i = 0; i < 40; i++) {
      kit.sim.control.advanceTime(2 * HOUR);
      const result = await kit.checker.check(grantId, i % 10 === 0 ? 'manual' : 'interval');
      expect(result.kind).toBe('deferred');
    }
    expect(kit.account(grantId).health).toMatchObject({ status: 'connected', unverifiedSince: null });
    expect(kit.eventKinds().filter((k) => k === 'status_changed')).toEqual([]);
    expect(kit.sim.control.xBilling().refused).toBeGreaterThan(4);
  });
});
