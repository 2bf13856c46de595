/**
 * The History screen's figures for one query: disconnections per day or week stacked by reason, time to reconnect,
 * and uptime with the accounts that had the least of it. Read from the status changes and the daily rollups.
 */
import type { HistoryOverview, HistoryQuery } from '../../../../shared/domain/history-overview';
import type { ProviderId } from '../../../../shared/domain/provider-id';
import type { ReasonId } from '../../../../shared/domain/reason-id';
import type { HistoryService } from '../history.service';
import type { HistoryFilter } from '../history-filter';
import { reconnectStats } from '../outages/outages';
import { DAY_MS, dayOf, dayStart, weekOf } from '../utc-day';

const LOWEST = 20;
const DAY_BUCKETS_UP_TO = 62;

/** The figures for `query` at `now`. */
export function historyOverview(history: HistoryService, query: HistoryQuery, now: number): HistoryOverview {
  const filter: HistoryFilter = {
    since: query.since,
    until: Math.min(query.until, now + 1),
    ...(query.accountId ? { accountId: query.accountId } : {}),
    ...(query.provider ? { provider: query.provider } : {}),
  };
  const outages = history.outages.startedIn(filter).filter((o) => query.reason === undefined || o.reason === query.reason);
  const bucket = (filter.until ?? now) - query.since > DAY_BUCKETS_UP_TO * DAY_MS ? 'week' : 'day';
  const bucketOf = (at: number): number => (bucket === 'day' ? dayOf(at) : weekOf(dayOf(at)));

  const byReason = new Map<string, number>();
  const buckets = new Map<number, Record<string, number>>();
  for (const o of outages) {
    const reason = o.reason ?? 'none';
    byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    const counts = buckets.get(bucketOf(o.startedAt)) ?? {};
    counts[reason] = (counts[reason] ?? 0) + 1;
    buckets.set(bucketOf(o.startedAt), counts);
  }
  const overTime: HistoryOverview['disconnections']['overTime'] = [];
  for (let b = bucketOf(query.since), last = bucketOf((filter.until ?? now) - 1); b <= last; b += bucket === 'day' ? 1 : 7) {
    const counts = Object.entries(buckets.get(b) ?? {}).map(([reason, count]) => ({ reason: reason === 'none' ? null : (reason as ReasonId), count }));
    overTime.push({ start: dayStart(b), counts });
  }

  const providers = new Map<ProviderId, typeof outages>();
  for (const o of outages) providers.set(o.provider, [...(providers.get(o.provider) ?? []), o]);

  const days = Math.max(1, Math.min(3660, dayOf(now) - dayOf(query.since) + 1));
  const summary = history.uptime.summary(filter, now, [days]);
  const lowest: HistoryOverview['uptime']['lowest'] = [];
  let cursor: string | null | undefined;
  do {
    const page = history.uptime.byAccount(filter, now, [days], { limit: 1000, ...(cursor ? { cursor } : {}) });
    for (const a of page.items) {
      const uptime = a.windows[0]?.uptime;
      if (uptime === null || uptime === undefined) continue;
      lowest.push({ accountId: a.accountId as HistoryOverview['uptime']['lowest'][number]['accountId'], provider: a.provider, uptime });
    }
    lowest.sort((x, y) => x.uptime - y.uptime);
    lowest.length = Math.min(lowest.length, LOWEST);
    cursor = page.nextCursor;
  } while (cursor);

  return {
    bucket,
    disconnections: {
      total: outages.length,
      byReason: [...byReason.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([reason, count]) => ({
          reason: reason === 'none' ? null : (reason as NonNullable<HistoryOverview['disconnections']['byReason'][number]['reason']>),
          count,
        })),
      overTime,
    },
    reconnect: {
      overall: reconnectStats(outages),
      byProvider: [...providers.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([provider, list]) => ({ provider, stats: reconnectStats(list) })),
    },
    uptime: { days, overall: summary.overall[0]?.uptime ?? null, lowest },
  };
}
