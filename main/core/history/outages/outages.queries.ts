/**
 * Time to reconnect (mean, median) and disconnections (by reason, network, day or week), computed from the status
 * changes, which history keeps forever. An outage belongs to the range [since, until) in which it started.
 */
import type { Database } from 'better-sqlite3';
import type { ProviderId } from '../../../../shared/domain/provider-id';
import type { ReasonId } from '../../../../shared/domain/reason-id';
import { pageSubjects, selectSubjects, type HistoryFilter, type HistorySubject } from '../history-filter';
import type { Page, PageRequest } from '../paging';
import { dayOf, dayStart, weekOf } from '../utc-day';
import { findOutages, reconnectStats, type Outage, type ReconnectStats, type StatusChangeRow } from './outages';

export interface ReconnectTimes {
  readonly overall: ReconnectStats;
  readonly byProvider: { readonly provider: ProviderId; readonly stats: ReconnectStats }[];
}

export interface AccountReconnectTimes {
  readonly accountId: string;
  readonly provider: ProviderId;
  readonly stats: ReconnectStats;
}

export type BucketSize = 'day' | 'week';

export interface Disconnections {
  readonly total: number;
  /** Most frequent first; a null reason means the change carried none. */
  readonly byReason: { readonly reason: ReasonId | null; readonly count: number }[];
  readonly byProvider: { readonly provider: ProviderId; readonly count: number }[];
  /** Every bucket of the range in time order, empty ones included. `start` is epoch ms (UTC midnight; Mondays for weeks). */
  readonly overTime: { readonly start: number; readonly count: number }[];
}

/** Outage queries over the status history. */
export class OutageQueries {
  constructor(private readonly db: Database) {}

  /** Mean and median time to reconnect, overall and per network, for outages that started in the range. */
  reconnectTimes(filter: HistoryFilter): ReconnectTimes {
    const subjects = selectSubjects(this.db, filter);
    const outages = this.outages(subjects, filter);
    const provider = new Map(subjects.map((s) => [s.key, s.provider]));
    const perProvider = new Map<ProviderId, Outage[]>();
    for (const o of outages) {
      const p = provider.get(o.accountKey) as ProviderId;
      perProvider.set(p, [...(perProvider.get(p) ?? []), o]);
    }
    return {
      overall: reconnectStats(outages),
      byProvider: [...perProvider.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([p, list]) => ({ provider: p, stats: reconnectStats(list) })),
    };
  }

  /** Time to reconnect per account, for one page of the accounts the filter selects. */
  reconnectTimesByAccount(filter: HistoryFilter, page?: PageRequest): Page<AccountReconnectTimes> {
    const subjects = pageSubjects(this.db, filter, page);
    const outages = this.outages(subjects.items, filter);
    return {
      items: subjects.items.map((s) => ({
        accountId: s.accountId,
        provider: s.provider,
        stats: reconnectStats(outages.filter((o) => o.accountKey === s.key)),
      })),
      nextCursor: subjects.nextCursor,
    };
  }

  /** How many disconnections started in the range, by reason, by network and per day or week. */
  disconnections(filter: HistoryFilter, bucket: BucketSize, now: number): Disconnections {
    const subjects = selectSubjects(this.db, filter);
    const outages = this.outages(subjects, filter);
    const provider = new Map(subjects.map((s) => [s.key, s.provider]));
    const byReason = new Map<ReasonId | null, number>();
    const byProvider = new Map<ProviderId, number>();
    const byBucket = new Map<number, number>();
    const bucketOf = (at: number): number => (bucket === 'day' ? dayOf(at) : weekOf(dayOf(at)));
    for (const o of outages) {
      byReason.set(o.reason, (byReason.get(o.reason) ?? 0) + 1);
      const p = provider.get(o.accountKey) as ProviderId;
      byProvider.set(p, (byProvider.get(p) ?? 0) + 1);
      const b = bucketOf(o.startedAt);
      byBucket.set(b, (byBucket.get(b) ?? 0) + 1);
    }
    const overTime: Disconnections['overTime'] = [];
    if (filter.since !== undefined || byBucket.size > 0) {
      const step = bucket === 'day' ? 1 : 7;
      const last = bucketOf((filter.until ?? now) - 1);
      for (let b = filter.since !== undefined ? bucketOf(filter.since) : Math.min(...byBucket.keys()); b <= last; b += step) {
        overTime.push({ start: dayStart(b), count: byBucket.get(b) ?? 0 });
      }
    }
    return {
      total: outages.length,
      byReason: [...byReason.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).map(([reason, count]) => ({ reason, count })),
      byProvider: [...byProvider.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([p, count]) => ({ provider: p, count })),
      overTime,
    };
  }

  /** Every outage that started in the range, with its account's network (for the History screen's charts). */
  startedIn(filter: HistoryFilter): Array<Outage & { readonly provider: ProviderId; readonly accountId: string }> {
    const subjects = selectSubjects(this.db, filter);
    const byKey = new Map(subjects.map((s) => [s.key, s]));
    return this.outages(subjects, filter).map((o) => {
      const subject = byKey.get(o.accountKey);
      return { ...o, provider: subject?.provider ?? 'facebook', accountId: subject?.accountId ?? '' };
    });
  }

  /**
   * Outages of the given accounts that started in [since, until). Reads the status changes from `since` on, plus
   * each account's last change before it (which says whether the account was already down), not the whole history.
   */
  private outages(subjects: readonly HistorySubject[], filter: HistoryFilter): Outage[] {
    if (subjects.length === 0) return [];
    const changes = `SELECT account_key, at, id, from_status, to_status, reason FROM events
      WHERE kind = 'status_changed' AND kind <> 'check' AND account_key IN (SELECT value FROM json_each(@keys))`;
    const sql =
      filter.since === undefined
        ? `${changes} ORDER BY account_key, at, id`
        : `${changes} AND at >= @since
           UNION ALL
           SELECT e.account_key, e.at, e.id, e.from_status, e.to_status, e.reason FROM json_each(@keys) k
           JOIN events e ON e.id = (SELECT id FROM events WHERE account_key = k.value AND kind = 'status_changed'
             AND kind <> 'check' AND at < @since ORDER BY at DESC, id DESC LIMIT 1)
           ORDER BY account_key, at, id`;
    const rows = this.db
      .prepare(sql)
      .iterate({ keys: JSON.stringify(subjects.map((s) => s.key)), since: filter.since ?? null }) as IterableIterator<StatusChangeRow>;
    const since = filter.since ?? Number.NEGATIVE_INFINITY;
    const until = filter.until ?? Number.POSITIVE_INFINITY;
    return findOutages(rows).filter((o) => o.startedAt >= since && o.startedAt < until);
  }
}
