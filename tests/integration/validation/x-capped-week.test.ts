/**
 * A simulated week of 20 X accounts on a capped plan (X's Free tier: 25 GET /2/users/me per user per 24 hours),
 * the scheduler running on the simulator's clock at the default 30-minute interval: no false disconnection, every
 * account proven alive at least daily (in fact every couple of hours), and not one request over X's cap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, HOUR, startPlanRun, xWorld, type PlanRun } from '../../fixtures/validation/x-plan-run';

const ACCOUNTS = 20;
const DAYS = 7;
let run: PlanRun;

beforeAll(async () => {
  const { world, ids } = xWorld(ACCOUNTS, { kind: 'capped', usersMePer24hPerUser: 25 });
  run = await startPlanRun(world, ids, { xChecks: { plan: 'capped' } });
}, 120_000);
afterAll(() => run.close());

describe('a week on a capped X plan', () => {
  it('never disconnects anyone, proves every account alive at least daily, and never goes over the cap', async () => {
    const sim = run.kit.sim;
    const start = sim.control.now();
    let stalest = 0;
    let checkedAt = 0;
    await run.run(DAYS * DAY, () => {
      const now = sim.control.now();
      // Once an hour of simulated time is enough to see how stale the oldest proof is.
      if (now - checkedAt < HOUR) return;
      checkedAt = now;
      for (const account of run.xAccounts()) stalest = Math.max(stalest, now - (account.provenAliveAt ?? start));
    });

    // 0 false disconnects: no account ever left "connected".
    expect(run.statusChanges()).toEqual({});
    for (const account of run.xAccounts()) expect({ id: account.id, status: account.status }).toEqual({ id: account.id, status: 'connected' });
    // Proven alive at least daily.
    expect(stalest).toBeLessThan(DAY);

    // No request over the cap: X would have answered 429 (the simulator enforces 25 per user per 24 hours).
    const { traffic } = run;
    expect(traffic.statuses).toEqual({ 200: traffic.usersMe + traffic.refreshes });
    const windows = Object.values(sim.control.counters().x);
    expect(windows).toHaveLength(ACCOUNTS);
    for (const window of windows) expect(window.used).toBeLessThanOrEqual(window.limit);
    const perAccountPerDay = traffic.usersMe / ACCOUNTS / DAYS;
    const refreshes = traffic.refreshes / ACCOUNTS / DAYS;
    // The figures for the closing note.
    console.info(
      `[x-capped-week] ${ACCOUNTS} accounts, ${DAYS} days: GET /2/users/me ${perAccountPerDay.toFixed(1)} per account per day (cap 25), token refreshes ${refreshes.toFixed(1)}, longest time without proof of life ${(stalest / HOUR).toFixed(1)} h`,
    );
    // The spacing is the point: about 19 a day, not the 48 a 30-minute interval would send.
    expect(perAccountPerDay).toBeGreaterThan(17);
    expect(perAccountPerDay).toBeLessThan(20);
    expect(run.kit.core.status).toBeDefined();
    expect((await run.kit.core.status.status()).xChecks).toMatchObject({ plan: 'capped', dailyLimit: 25, readsPerAccountPerDay: 19, state: 'normal' });
  }, 600_000);
});
