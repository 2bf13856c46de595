/**
 * Every history query on a year of history for 500 accounts (checks every 30 minutes), checked against the seeded
 * patterns (tests/fixtures/history/seed-plan.ts), which the expected figures are computed from independently.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TimelineQueries, type LatestStatus } from '../../../main/core/history/timeline.queries';
import { UptimeQueries } from '../../../main/core/history/uptime/uptime.queries';
import { OutageQueries } from '../../../main/core/history/outages/outages.queries';
import { runRetention } from '../../../main/core/history/retention';
import type { HistoryEvent } from '../../../shared/domain/history-event';
import type { ProviderId } from '../../../shared/domain/provider-id';
import { openTestDatabase, type TestDatabase } from '../../fixtures/history/history-db';
import { seedHistory } from '../../fixtures/history/seed-history';
import { DAY, HOUR, MIN, YEAR_OF_500, type PlannedOutage, type SeedPlan } from '../../fixtures/history/seed-plan';

const NOW = YEAR_OF_500.now;
const N = YEAR_OF_500.accounts;

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}
function median(values: number[]): number | null {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

describe('history at scale: 500 accounts, one year', () => {
  let t: TestDatabase;
  let plan: SeedPlan;
  const all = (): number[] => Array.from({ length: N }, (_, i) => i);

  beforeAll(() => {
    t = openTestDatabase();
    const seeded = seedHistory(t.db, { ...YEAR_OF_500, mode: 'window', keepDays: 30, horizonMs: HOUR });
    plan = seeded.plan;
    console.log(`seeded ${seeded.events} events (${seeded.rawChecks} raw checks) and ${seeded.rollups} rollups in ${Math.round(seeded.ms)} ms`);
  }, 300_000);
  afterAll(() => t.dispose());

  it('has a year of it: rollups for every finished day, raw checks for the last 30 days', () => {
    const days = t.db.prepare('SELECT MIN(day) AS first, MAX(day) AS last, COUNT(*) AS n FROM daily_rollups').get();
    expect(days).toEqual({ first: plan.firstDay, last: plan.today - 1, n: 365 * N });
    const oldest = t.db.prepare(`SELECT MIN(at) AS at FROM events WHERE kind = 'check'`).get() as { at: number };
    expect(oldest.at).toBe((plan.today - 30) * DAY);
    // Retention on what the app would hold after today's run has nothing left to do.
    expect(runRetention(t.db, { now: NOW, keepDays: 30, horizonMs: HOUR })).toMatchObject({ rollupRowsWritten: 0, checksPruned: 0 });
  });

  it('serves the latest status of all 500 accounts, page by page', () => {
    const q = new TimelineQueries(t.db);
    const statuses: LatestStatus[] = [];
    let cursor: string | null = null;
    do {
      const page = q.latestStatuses({}, { limit: 100, cursor });
      statuses.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(statuses.map((s) => s.accountId)).toEqual(all().map((i) => plan.accountId(i)));
    for (const i of all()) {
      const s = statuses[i] as LatestStatus;
      const outages = plan.outages(i);
      if (plan.isOpenOutageAccount(i)) {
        expect(s).toMatchObject({ status: 'needs_action', effectiveStatus: 'needs_action', reason: 'account_locked', since: outages[0]?.start });
      } else if (plan.isBlippy(i)) {
        expect(s).toMatchObject({ status: 'connected', since: plan.today * DAY + 3 * HOUR + 30 * MIN + plan.offset(i) });
      } else if (plan.isFlaky(i)) {
        expect(s).toMatchObject({ status: 'connected', reason: null, since: outages.at(-1)?.end });
      } else {
        expect(s).toMatchObject({ status: 'connected', since: null });
      }
      expect(s.lastCheck?.at).toBe(plan.today * DAY + 8 * HOUR + plan.offset(i));
      expect(s.provider).toBe(plan.provider(i));
    }
  });

  it('serves the timeline of one account, newest first, paged, filtered by kind', () => {
    const i = 10; // flaky, blips daily, and has blips inside its outages
    const q = new TimelineQueries(t.db);
    const first = q.timeline(plan.accountId(i), {}, { limit: 50 });
    expect(first.items).toHaveLength(50);
    expect(first.items[0]?.at).toBe(plan.today * DAY + 8 * HOUR + plan.offset(i));
    const changes: HistoryEvent[] = [];
    let cursor: string | null = null;
    do {
      const page = q.timeline(plan.accountId(i), { kinds: ['status_changed', 'reconnected'] }, { limit: 200, cursor });
      changes.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    const outages = plan.outages(i);
    const blipDays = YEAR_OF_500.days + 1; // every day of the year and today
    expect(changes.filter((e) => e.kind === 'status_changed')).toHaveLength(outages.length * 4 + blipDays * 2);
    expect(changes.filter((e) => e.kind === 'reconnected')).toHaveLength(outages.length);
    expect(changes.map((e) => e.at)).toEqual([...changes.map((e) => e.at)].sort((a, b) => b - a));
    expect(changes.at(-1)?.at).toBe(plan.periodStart + 3 * HOUR + plan.offset(i));
    // Grant-level events of its grant are part of its timeline.
    const grantEvents = q.timeline(plan.accountId(i), { kinds: ['expiry_warning', 'token_refreshed', 'permission_drift'] }, { limit: 1000 }).items;
    expect(grantEvents.length).toBeGreaterThan(0);
    expect(grantEvents.every((e) => e.grantId === plan.grantId(plan.grantOf(i)))).toBe(true);
  });

  it('serves uptime over 7, 30 and 90 days per account, matching the seeded outages to the millisecond', () => {
    const q = new UptimeQueries(t.db, HOUR);
    const starts = [7, 30, 90].map((w) => (plan.today - w + 1) * DAY);
    let cursor: string | null = null;
    let seen = 0;
    do {
      const page = q.byAccount({}, NOW, [7, 30, 90], { limit: 100, cursor });
      for (const item of page.items) {
        const i = Number(item.accountId.slice(5));
        item.windows.forEach((w, k) => {
          const start = starts[k] as number;
          expect(w.observedMs).toBe(NOW - start);
          expect(w.upMs).toBe(NOW - start - plan.downMs(i, start, NOW));
        });
        seen += 1;
      }
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toBe(N);
    // Spot checks: an account never down has 100 %; the one still down has lost the last 48.5 hours.
    const spot = q.byAccount({ accountId: plan.accountId(N - 1) }, NOW, [7]).items[0];
    expect(spot?.windows[0]?.upMs).toBe(NOW - (starts[0] as number) - (NOW - ((plan.today - 2) * DAY + 8 * HOUR + plan.offset(N - 1))));
    expect(q.byAccount({ accountId: plan.accountId(1) }, NOW, [90]).items[0]?.windows[0]?.uptime).toBe(1);
  });

  it('serves uptime overall and per network, weighted by observed time', () => {
    const summary = new UptimeQueries(t.db, HOUR).summary({}, NOW, [7, 30, 90]);
    const windows = [7, 30, 90];
    const expected = (accounts: number[]) =>
      windows.map((w) => {
        const start = (plan.today - w + 1) * DAY;
        const observedMs = accounts.length * (NOW - start);
        const upMs = accounts.reduce((sum, i) => sum + (NOW - start - plan.downMs(i, start, NOW)), 0);
        return { days: w, observedMs, upMs, uptime: upMs / observedMs };
      });
    expect(summary.overall).toEqual(expected(all()));
    const providers: ProviderId[] = ['facebook', 'instagram', 'twitter'];
    expect(summary.byProvider).toEqual(providers.map((p) => ({ provider: p, windows: expected(all().filter((i) => plan.provider(i) === p)) })));
    expect(summary.overall[2]?.uptime).toBeGreaterThan(0.99);
    expect(summary.overall[2]?.uptime).toBeLessThan(1);
  });

  it('serves time to reconnect, mean and median, overall, per network and per account', () => {
    const q = new OutageQueries(t.db);
    const since = NOW - 90 * DAY;
    const inRange = (i: number): PlannedOutage[] => plan.outages(i).filter((o) => o.start >= since);
    const durations = (accounts: number[]) =>
      accounts.flatMap((i) =>
        inRange(i)
          .filter((o) => o.end !== null)
          .map((o) => (o.end as number) - o.start),
      );
    const stats = (accounts: number[]) => {
      const d = durations(accounts);
      return { count: d.length, open: accounts.flatMap((i) => inRange(i).filter((o) => o.end === null)).length, meanMs: mean(d), medianMs: median(d) };
    };
    const result = q.reconnectTimes({ since });
    expect(result.overall).toEqual(stats(all()));
    expect(result.overall.open).toBe(1);
    expect(result.byProvider).toEqual(
      (['facebook', 'instagram', 'twitter'] as const).map((p) => ({ provider: p, stats: stats(all().filter((i) => plan.provider(i) === p)) })),
    );
    const page = q.reconnectTimesByAccount({ since, provider: 'instagram' }, { limit: 50 });
    expect(page.items).toHaveLength(50);
    for (const item of page.items) expect(item.stats).toEqual(stats([Number(item.accountId.slice(5))]));
  });

  it('serves disconnections by reason, by network, per day and per week', () => {
    const q = new OutageQueries(t.db);
    const since = (plan.today - 89) * DAY;
    const outages = all().flatMap((i) =>
      plan
        .outages(i)
        .filter((o) => o.start >= since)
        .map((o) => ({ ...o, provider: plan.provider(i) })),
    );
    const daily = q.disconnections({ since }, 'day', NOW);
    expect(daily.total).toBe(outages.length);
    const byReason = new Map<string, number>();
    for (const o of outages) byReason.set(o.reason, (byReason.get(o.reason) ?? 0) + 1);
    expect(new Map(daily.byReason.map((r) => [r.reason as string, r.count]))).toEqual(byReason);
    expect(daily.byReason.map((r) => r.count)).toEqual([...daily.byReason.map((r) => r.count)].sort((a, b) => b - a));
    expect(daily.byProvider).toEqual(
      (['facebook', 'instagram', 'twitter'] as const).map((p) => ({ provider: p, count: outages.filter((o) => o.provider === p).length })),
    );
    expect(daily.overTime).toHaveLength(90);
    daily.overTime.forEach((b) => expect(b.count).toBe(outages.filter((o) => o.start >= b.start && o.start < b.start + DAY).length));
    const weekly = q.disconnections({ since }, 'week', NOW);
    expect(weekly.overTime.reduce((sum, b) => sum + b.count, 0)).toBe(outages.length);
    expect(weekly.overTime.every((b) => new Date(b.start).getUTCDay() === 1)).toBe(true);
  });
});
