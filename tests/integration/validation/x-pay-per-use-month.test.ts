/**
 * Calendar months of simulated time on X pay-per-use (credits, $0.010 per user read, one charge per user per UTC
 * day): what Settings estimates is within 10% of what the simulator bills; a monthly budget holds, with checks
 * slowed and the reason shown; running out of credits pauses X checks for the app, never an account.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { XChecksStatus } from '../../../shared/domain/x-checks';
import { DAY, HOUR, startPlanRun, xWorld, type PlanRun } from '../../fixtures/validation/x-plan-run';

const ACCOUNTS = 5;
/** Every 12 hours: the estimate is the same at any cadence of a day or shorter (X bills an account once a UTC day). */
const EVERY_12_HOURS = 720;
let run: PlanRun | undefined;
afterEach(async () => {
  await run?.close();
  run = undefined;
});

const xChecks = async (r: PlanRun): Promise<XChecksStatus> => {
  const status = (await r.kit.core.status.status()).xChecks;
  if (!status) throw new Error('no X checks status');
  return status;
};

/** Milliseconds from now to the first day of the next calendar month (UTC), minus a minute. */
function restOfMonth(now: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - now - 60_000;
}

describe('a month on X pay-per-use', () => {
  it('bills what Settings estimated, within 10%, and Tether counts exactly what X billed', async () => {
    const { world, ids } = xWorld(ACCOUNTS, { kind: 'pay_per_use', creditsUsd: 50 });
    run = await startPlanRun(world, ids, { checkIntervalMinutes: EVERY_12_HOURS, xChecks: { plan: 'pay_per_use', monthlyBudgetUsd: 10 } }, 'next-month');
    const sim = run.kit.sim;
    const estimate = (await xChecks(run)).estimateMonthlyUsd ?? 0;
    expect(estimate).toBe(1.5);
    const days = Math.round((restOfMonth(sim.control.now()) + 9 * HOUR) / DAY);
    await run.run(restOfMonth(sim.control.now()));
    const billed = sim.control.xBilling().billedUsd;
    const counted = await xChecks(run);
    console.info(
      `[x-pay-per-use] ${ACCOUNTS} accounts, ${days}-day month: estimated $${estimate.toFixed(2)}, billed $${billed.toFixed(2)} (${((100 * (estimate - billed)) / billed).toFixed(1)}%), Tether counted $${counted.spentThisMonthUsd?.toFixed(2)}, GET /2/users/me ${(run.traffic.usersMe / ACCOUNTS / days).toFixed(1)} per account per day`,
    );
    expect(Math.abs(estimate - billed) / billed).toBeLessThanOrEqual(0.1);
    expect(counted.spentThisMonthUsd).toBeCloseTo(billed, 6);
    expect(billed).toBeLessThanOrEqual(10);
    expect(run.statusChanges()).toEqual({});
  }, 600_000);

  it('stays within a tight budget: it slows down, says why, and never bills past it', async () => {
    const { world, ids } = xWorld(ACCOUNTS, { kind: 'pay_per_use', creditsUsd: 50 });
    // A month of daily reads of 5 accounts costs about $1.50; the budget is half that.
    run = await startPlanRun(world, ids, { checkIntervalMinutes: EVERY_12_HOURS, xChecks: { plan: 'pay_per_use', monthlyBudgetUsd: 0.75 } }, 'next-month');
    const sim = run.kit.sim;
    const seen = new Set<string>();
    let sample = 0;
    await run.run(restOfMonth(sim.control.now()), () => {
      if (sim.control.now() - sample < 12 * HOUR) return;
      sample = sim.control.now();
      const s = (run as PlanRun).kit.core.validation.governor.x.status(sample);
      seen.add(`${s.state}:${s.cause ?? ''}:${s.everyDays ?? ''}`);
    });
    const billed = sim.control.xBilling().billedUsd;
    console.info(`[x-pay-per-use] budget $0.75 for ${ACCOUNTS} accounts: billed $${billed.toFixed(2)}; states seen: ${[...seen].join(', ')}`);
    expect(billed).toBeLessThanOrEqual(0.75);
    // Not idle either: most of the budget bought checks.
    expect(billed).toBeGreaterThan(0.6);
    expect([...seen]).toContain('slowed:budget_near:2');
    expect(run.statusChanges()).toEqual({});
    // Every account was still proven alive (by a read, or by a free token refresh) within the last few hours.
    for (const account of run.xAccounts()) expect(sim.control.now() - (account.provenAliveAt ?? 0)).toBeLessThan(13 * HOUR);
  }, 600_000);
});

describe('out of credits', () => {
  it('pauses X checks for the app with no red row, keeps proving logins alive for free, and resumes after a top-up', async () => {
    const { world, ids } = xWorld(10, { kind: 'pay_per_use', creditsUsd: 0.25 });
    run = await startPlanRun(world, ids, { checkIntervalMinutes: 30 });
    const sim = run.kit.sim;
    const quota = run.kit.core.validation.governor.x;
    let stalest = 0;
    let pausedSince: number | null = null;
    await run.run(4 * DAY, () => {
      const now = sim.control.now();
      if (pausedSince === null && quota.status(now).state === 'paused') pausedSince = now;
      for (const account of (run as PlanRun).xAccounts()) stalest = Math.max(stalest, now - (account.provenAliveAt ?? 0));
    });
    expect(await xChecks(run)).toMatchObject({ state: 'paused', cause: 'credits_depleted' });
    // The app's problem, not the accounts': every X account is still connected, none unverified, no event about it.
    expect(run.statusChanges()).toEqual({});
    for (const account of run.xAccounts()) expect({ status: account.status, reason: account.reason }).toEqual({ status: 'connected', reason: null });
    // Refreshes (free) kept proving the logins alive: never three hours without proof.
    expect(stalest).toBeLessThan(3 * HOUR);
    // Refused reads are few: one probe every three hours for the whole app, not one per account per check.
    const pausedHours = (sim.control.now() - (pausedSince ?? sim.control.now())) / HOUR;
    const refused = sim.control.xBilling().refused;
    console.info(
      `[x-out-of-credits] 10 accounts: ${refused} answers 402 in ${pausedHours.toFixed(0)} h out of credits, longest without proof of life ${(stalest / HOUR).toFixed(1)} h`,
    );
    expect(pausedHours).toBeGreaterThan(24);
    expect(refused).toBeLessThanOrEqual(Math.ceil(pausedHours / 3) + 1);

    sim.control.addXCredits(5);
    await run.kit.core.validation.checkNow();
    expect((await xChecks(run)).state).toBe('normal');
    expect(run.statusChanges()).toEqual({});
  }, 600_000);
});
