/** The X planner: daily caps, credits, the monthly budget, the spacing and the estimate. */
import { describe, expect, it } from 'vitest';
import { XQuota, type XQuotaSettings, dailyReserve } from '../../../../../../main/core/providers/twitter/x-quota';
import { budgetPace } from '../../../../../../main/core/providers/twitter/x-budget-pace';
import { DAY_MS, utcDaysLeftInMonth } from '../../../../../../main/core/providers/twitter/x-pricing';

const HOUR = 3_600_000;
const MIN = 60_000;
/** 2026-11-10 09:00 UTC: 21 UTC days left in November, today included. */
const T0 = Date.UTC(2026, 10, 10, 9, 0, 0);

function quota(settings: Partial<XQuotaSettings> = {}, accounts: string[] = ['u1']) {
  let now = T0;
  const current: XQuotaSettings = { plan: 'pay_per_use', monthlyBudgetUsd: null, checkIntervalMinutes: 30, ...settings };
  const q = new XQuota({ clock: { now: () => now }, settings: () => current, accounts: () => accounts });
  return {
    q,
    settings: current,
    at: (t: number) => {
      now = t;
      return t;
    },
  };
}

/** One read of `user` at `t` that X answered 200 with the given daily window. */
function read(q: XQuota, user: string, t: number, window?: { limit: number; remaining: number; resetAt: number }) {
  q.recordRequest(user, t);
  if (window) {
    q.observeWindow(
      user,
      { 'x-rate-limit-limit': String(window.limit), 'x-rate-limit-remaining': String(window.remaining), 'x-rate-limit-reset': String(window.resetAt / 1000) },
      t,
    );
  }
  q.recordRead(user, t);
}

describe('capped plan', () => {
  it('keeps a fifth of 25 daily reads in reserve and spaces scheduled checks so 19 fit in a day', () => {
    const { q } = quota({ plan: 'capped' });
    expect(dailyReserve(25)).toBe(5);
    expect(q.minIntervalMs()).toBe(Math.ceil(DAY_MS / 19));
    expect(q.status(T0)).toMatchObject({ plan: 'capped', dailyLimit: 25, intervalMinutes: 75.8, readsPerAccountPerDay: 19, estimateMonthlyUsd: null });
  });

  it('refuses the 21st scheduled read of a rolling day until the oldest leaves it, and lets "Check now" use the reserve up to 25, never more', () => {
    const { q } = quota({ plan: 'capped' });
    const times = Array.from({ length: 20 }, (_, i) => T0 + i * 30 * MIN);
    for (const t of times) {
      expect(q.readPermit('u1', t, false)).toEqual({ ok: true });
      read(q, 'u1', t);
    }
    const later = T0 + 12 * HOUR;
    expect(q.readPermit('u1', later, false)).toEqual({ ok: false, until: T0 + DAY_MS + 1, cause: 'daily_limit' });
    for (let i = 0; i < 5; i++) {
      expect(q.readPermit('u1', later + i, true)).toEqual({ ok: true });
      read(q, 'u1', later + i);
    }
    expect(q.readPermit('u1', later + 10, true)).toMatchObject({ ok: false, cause: 'daily_limit' });
    // Another user has its own day.
    expect(q.readPermit('u2', later, false)).toEqual({ ok: true });
    // 25 sent: scheduled reads resume once 6 of them (the 20-read share, plus one) have left the last 24 hours.
    const sixthOldest = T0 + 5 * 30 * MIN;
    expect(q.readPermit('u1', sixthOldest + DAY_MS, false)).toEqual({ ok: false, until: sixthOldest + DAY_MS + 1, cause: 'daily_limit' });
    expect(q.readPermit('u1', sixthOldest + DAY_MS + 1, false)).toEqual({ ok: true });
  });

  it("believes X's headers: a smaller limit respaces checks, and no read goes out while X says none is left", () => {
    const { q } = quota({ plan: 'capped' });
    read(q, 'u1', T0, { limit: 10, remaining: 0, resetAt: T0 + 20 * HOUR });
    expect(q.minIntervalMs()).toBe(Math.ceil(DAY_MS / 7));
    expect(q.readPermit('u1', T0 + HOUR, true)).toEqual({ ok: false, until: T0 + 20 * HOUR, cause: 'daily_limit' });
    // A 15-minute window (pay-per-use's 75 per 15 minutes) is not a daily limit.
    const fresh = quota({ plan: 'capped' }).q;
    read(fresh, 'u1', T0, { limit: 75, remaining: 0, resetAt: T0 + 10 * MIN });
    expect(fresh.readPermit('u1', T0 + MIN, false)).toEqual({ ok: true });
  });
});

describe('pay-per-use', () => {
  it('counts one paid read per account per UTC day, and estimates the month from it', () => {
    const { q } = quota({}, ['u1', 'u2']);
    read(q, 'u1', T0);
    read(q, 'u1', T0 + HOUR);
    read(q, 'u2', T0 + 2 * HOUR);
    expect(q.status(T0 + 2 * HOUR)).toMatchObject({ spentThisMonthUsd: 0.02, estimateMonthlyUsd: 0.6, state: 'normal', readsPerAccountPerDay: 48 });
    // The next UTC day is paid again.
    read(q, 'u1', Date.UTC(2026, 10, 11, 0, 0, 1));
    expect(q.status(T0 + DAY_MS).spentThisMonthUsd).toBe(0.03);
  });

  it('costs less at a cadence slower than a day', () => {
    const { q } = quota({ checkIntervalMinutes: 1440 }, ['u1', 'u2', 'u3']);
    expect(q.status(T0).estimateMonthlyUsd).toBe(0.9);
    const { q: q2 } = quota(
      {},
      Array.from({ length: 20 }, (_, i) => `u${i}`),
    );
    expect(q2.status(T0).estimateMonthlyUsd).toBe(6);
  });

  it('slows down near the budget: each account is read every few days, repeat reads the same day stay free', () => {
    // 21 days left, 4 accounts: 84 paid account-days needed; $0.50 (95% usable) buys 47.
    const { q } = quota({ monthlyBudgetUsd: 0.5 }, ['u1', 'u2', 'u3', 'u4']);
    expect(utcDaysLeftInMonth(T0)).toBe(21);
    expect(q.status(T0)).toMatchObject({ state: 'slowed', cause: 'budget_near', everyDays: 2, until: Date.UTC(2026, 11, 1) });
    expect(q.readPermit('u1', T0, false)).toEqual({ ok: true });
    read(q, 'u1', T0);
    expect(q.readPermit('u1', T0 + HOUR, false)).toEqual({ ok: true });
    const tomorrow = T0 + DAY_MS;
    expect(q.readPermit('u1', tomorrow, false)).toEqual({ ok: false, until: Date.UTC(2026, 10, 12), cause: 'budget_near' });
    expect(q.readPermit('u1', tomorrow, true)).toEqual({ ok: true });
    expect(q.readPermit('u1', Date.UTC(2026, 10, 12, 0, 0, 1), false)).toEqual({ ok: true });
  });

  it('pauses new paid days once the budget is spent, until the next month, and never goes past it', () => {
    const { q } = quota({ monthlyBudgetUsd: 0.05 }, ['u1', 'u2', 'u3', 'u4', 'u5', 'u6']);
    let paid = 0;
    for (let day = 0; day < 10; day++) {
      for (const user of ['u1', 'u2', 'u3', 'u4', 'u5', 'u6']) {
        const t = T0 + day * DAY_MS;
        if (q.readPermit(user, t, true).ok) {
          read(q, user, t);
          paid += 1;
        }
      }
    }
    expect(paid).toBe(4);
    expect(q.status(T0 + 9 * DAY_MS)).toMatchObject({ state: 'paused', cause: 'budget_reached', spentThisMonthUsd: 0.04, until: Date.UTC(2026, 11, 1) });
    expect(q.readPermit('u1', T0 + 9 * DAY_MS, true)).toEqual({ ok: false, until: Date.UTC(2026, 11, 1), cause: 'budget_reached' });
    // A new month brings a new budget: slowed (6 accounts can't be read daily on $0.05), no longer paused.
    expect(q.status(Date.UTC(2026, 11, 1, 0, 0, 1))).toMatchObject({ state: 'slowed', cause: 'budget_near', spentThisMonthUsd: 0 });
  });

  it('paces against the days left in the month', () => {
    expect(budgetPace({ budgetMicros: 10_000_000, spentMicros: 0, accounts: 20, paidToday: 0, now: T0 })).toEqual({ kind: 'every', days: 1 });
    expect(budgetPace({ budgetMicros: 2_000_000, spentMicros: 0, accounts: 20, paidToday: 0, now: T0 })).toEqual({ kind: 'every', days: 3 });
    expect(budgetPace({ budgetMicros: 2_000_000, spentMicros: 1_900_000, accounts: 20, paidToday: 0, now: T0 })).toEqual({ kind: 'reached' });
  });
});

describe('out of credits or capped', () => {
  it('pauses every account at once, probes once per period, and lifts at the first read that works', () => {
    const { q } = quota({}, ['u1', 'u2']);
    const heard: number[] = [];
    q.onChange(() => heard.push(1));
    q.blockApp('credits_depleted', T0);
    expect(q.status(T0)).toMatchObject({ state: 'paused', cause: 'credits_depleted', until: T0 + 3 * HOUR });
    expect(q.readPermit('u1', T0 + HOUR, false)).toEqual({ ok: false, until: T0 + 3 * HOUR, cause: 'credits_depleted' });
    expect(q.readPermit('u2', T0 + HOUR, false)).toMatchObject({ ok: false });
    // "Check now" probes; so does the first check after the period, and only that one.
    expect(q.readPermit('u2', T0 + HOUR, true)).toEqual({ ok: true });
    expect(q.readPermit('u1', T0 + 4 * HOUR + HOUR, false)).toEqual({ ok: true });
    expect(q.readPermit('u2', T0 + 4 * HOUR + HOUR, false)).toMatchObject({ ok: false, cause: 'credits_depleted' });
    read(q, 'u1', T0 + 5 * HOUR);
    expect(q.status(T0 + 5 * HOUR).state).toBe('normal');
    expect(q.readPermit('u2', T0 + 5 * HOUR, false)).toEqual({ ok: true });
    expect(heard.length).toBeGreaterThanOrEqual(2);
  });

  it('ends a usage cap by itself at its period end', () => {
    const { q } = quota();
    const end = Date.UTC(2026, 11, 1);
    q.blockApp('usage_capped', T0, end);
    expect(q.readPermit('u1', T0 + HOUR, false)).toMatchObject({ ok: false, cause: 'usage_capped' });
    expect(q.readPermit('u1', end, false)).toEqual({ ok: true });
    expect(q.status(end).state).toBe('normal');
  });
});
