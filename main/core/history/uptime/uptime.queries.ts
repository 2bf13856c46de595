/**
 * Uptime over the last N UTC days (today included, up to now), per account, per network and overall.
 * Days up to the rollup mark come from daily_rollups (their raw checks may be pruned); later days are totalled
 * from raw checks on the fly. Overall figures weigh each account by its observed time: sum(up) / sum(observed).
 */
import type { Database } from 'better-sqlite3';
import type { ProviderId } from '../../../../shared/domain/provider-id';
import { pageSubjects, selectSubjects, type HistoryFilter, type HistorySubject } from '../history-filter';
import type { Page, PageRequest } from '../paging';
import { rolledThroughDay } from '../rollup-state';
import { dayOf } from '../utc-day';
import { AccountDays } from './account-days';

/** Uptime over one window of whole UTC days ending now. `uptime` is null when nothing was observed. */
export interface UptimeWindow {
  readonly days: number;
  readonly observedMs: number;
  readonly upMs: number;
  readonly uptime: number | null;
}

export interface AccountUptime {
  readonly accountId: string;
  readonly provider: ProviderId;
  readonly windows: UptimeWindow[];
}

export interface UptimeSummary {
  readonly overall: UptimeWindow[];
  readonly byProvider: { readonly provider: ProviderId; readonly windows: UptimeWindow[] }[];
}

export const DEFAULT_UPTIME_WINDOWS = [7, 30, 90] as const;

interface Sums {
  observed: number[];
  up: number[];
}

function checkWindows(windows: readonly number[]): void {
  if (windows.length === 0 || windows.some((w) => !Number.isInteger(w) || w < 1 || w > 3660)) {
    throw new RangeError(`uptime windows must be whole numbers of days from 1 to 3660, not [${windows.join(', ')}]`);
  }
}

function toWindows(windows: readonly number[], sums: Sums): UptimeWindow[] {
  return windows.map((days, i) => {
    const observedMs = sums.observed[i] ?? 0;
    const upMs = sums.up[i] ?? 0;
    return { days, observedMs, upMs, uptime: observedMs > 0 ? upMs / observedMs : null };
  });
}

/** Uptime queries over rollups and raw checks. */
export class UptimeQueries {
  private readonly accountDays: AccountDays;

  constructor(
    private readonly db: Database,
    private readonly horizonMs: number,
  ) {
    this.accountDays = new AccountDays(db);
  }

  /** Per-account uptime for one page of the accounts the filter selects. */
  byAccount(filter: HistoryFilter, now: number, windows: readonly number[] = DEFAULT_UPTIME_WINDOWS, page?: PageRequest): Page<AccountUptime> {
    checkWindows(windows);
    const subjects = pageSubjects(this.db, filter, page);
    const sums = this.sums(subjects.items, now, windows);
    return {
      items: subjects.items.map((s) => ({
        accountId: s.accountId,
        provider: s.provider,
        windows: toWindows(windows, sums.get(s.key) ?? { observed: [], up: [] }),
      })),
      nextCursor: subjects.nextCursor,
    };
  }

  /** Uptime of every account the filter selects, together and per network. */
  summary(filter: HistoryFilter, now: number, windows: readonly number[] = DEFAULT_UPTIME_WINDOWS): UptimeSummary {
    checkWindows(windows);
    const subjects = selectSubjects(this.db, filter);
    const sums = this.sums(subjects, now, windows);
    const overall: Sums = { observed: windows.map(() => 0), up: windows.map(() => 0) };
    const perProvider = new Map<ProviderId, Sums>();
    for (const s of subjects) {
      const one = sums.get(s.key);
      if (!one) continue;
      const bucket = perProvider.get(s.provider) ?? { observed: windows.map(() => 0), up: windows.map(() => 0) };
      perProvider.set(s.provider, bucket);
      windows.forEach((_, i) => {
        for (const target of [overall, bucket]) {
          target.observed[i] = (target.observed[i] ?? 0) + (one.observed[i] ?? 0);
          target.up[i] = (target.up[i] ?? 0) + (one.up[i] ?? 0);
        }
      });
    }
    const byProvider = [...perProvider.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([provider, s]) => ({ provider, windows: toWindows(windows, s) }));
    return { overall: toWindows(windows, overall), byProvider };
  }

  /** Observed and up ms per window for each account: rollups up to the mark, raw checks after it. */
  private sums(subjects: readonly HistorySubject[], now: number, windows: readonly number[]): Map<number, Sums> {
    const today = dayOf(now);
    const firstDay = today - Math.max(...windows) + 1;
    const starts = windows.map((w) => today - w + 1);
    const rolledEnd = Math.min(rolledThroughDay(this.db) ?? firstDay - 1, today - 1);
    const out = new Map<number, Sums>();
    if (subjects.length === 0) return out;
    const filters = starts.map((_, i) => `SUM(observed_ms) FILTER (WHERE day >= @s${i}) AS o${i}, SUM(up_ms) FILTER (WHERE day >= @s${i}) AS u${i}`);
    const params: Record<string, number | string> = { keys: JSON.stringify(subjects.map((s) => s.key)), from: firstDay, to: rolledEnd };
    starts.forEach((start, i) => (params[`s${i}`] = start));
    const rows = this.db
      .prepare(
        `SELECT account_key, ${filters.join(', ')} FROM daily_rollups
         WHERE account_key IN (SELECT value FROM json_each(@keys)) AND day >= @from AND day <= @to GROUP BY account_key`,
      )
      .all(params) as Record<string, number | null>[];
    for (const row of rows) {
      out.set(row.account_key as number, {
        observed: starts.map((_, i) => row[`o${i}`] ?? 0),
        up: starts.map((_, i) => row[`u${i}`] ?? 0),
      });
    }
    const liveFrom = Math.max(rolledEnd + 1, firstDay);
    for (const s of subjects) {
      const sums = out.get(s.key) ?? { observed: starts.map(() => 0), up: starts.map(() => 0) };
      for (const { day, totals } of this.accountDays.totals(s.key, liveFrom, now, this.horizonMs)) {
        starts.forEach((start, i) => {
          if (day < start) return;
          sums.observed[i] = (sums.observed[i] ?? 0) + totals.observedMs;
          sums.up[i] = (sums.up[i] ?? 0) + totals.upMs;
        });
      }
      out.set(s.key, sums);
    }
    return out;
  }
}
