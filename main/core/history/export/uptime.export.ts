/**
 * Exports daily uptime per account (one row per account per UTC day with observations) for any filter, as CSV or
 * JSON. Days up to the rollup mark come from daily_rollups; later days are totalled from raw checks, the last one
 * up to `now` (so today's row is partial). Same connection caveat as events.export.ts.
 */
import type { Database } from 'better-sqlite3';
import type { Writable } from 'node:stream';
import type { ProviderId } from '../../../../shared/domain/provider-id';
import { selectSubjects, type HistoryFilter } from '../history-filter';
import { rolledThroughDay } from '../rollup-state';
import { AccountDays } from '../uptime/account-days';
import type { SpanTotals } from '../uptime/span-rollup';
import { dayOf, isoDate } from '../utc-day';
import { streamExport, type ExportFormat, type ExportShape } from './export-format';

/** One account's day. `source` says whether it came from a rollup or was totalled from raw checks. */
export interface UptimeDay {
  readonly date: string;
  readonly accountId: string;
  readonly provider: ProviderId;
  readonly observedMs: number;
  readonly upMs: number;
  /** upMs / observedMs, null when nothing was observed. */
  readonly uptime: number | null;
  readonly checksOk: number;
  readonly checksTransient: number;
  readonly checksPermanent: number;
  /** Mean latency of the day's checks, null without checks. */
  readonly latencyAvgMs: number | null;
  readonly latencyMaxMs: number | null;
  readonly source: 'rollup' | 'raw';
}

export const UPTIME_EXPORT_SHAPE: ExportShape<UptimeDay> = {
  header: [
    'date',
    'account_id',
    'provider',
    'observed_ms',
    'up_ms',
    'uptime',
    'checks_ok',
    'checks_transient',
    'checks_permanent',
    'latency_avg_ms',
    'latency_max_ms',
    'source',
  ],
  csv: (d) => [
    d.date,
    d.accountId,
    d.provider,
    d.observedMs,
    d.upMs,
    d.uptime === null ? null : Number(d.uptime.toFixed(6)),
    d.checksOk,
    d.checksTransient,
    d.checksPermanent,
    d.latencyAvgMs === null ? null : Math.round(d.latencyAvgMs),
    d.latencyMaxMs,
    d.source,
  ],
  json: (d) => d,
};

interface RollupRow {
  day: number;
  checks_ok: number;
  checks_transient: number;
  checks_permanent: number;
  latency_sum_ms: number;
  latency_max_ms: number;
  observed_ms: number;
  up_ms: number;
}

function toDay(accountId: string, provider: ProviderId, day: number, t: SpanTotals, source: UptimeDay['source']): UptimeDay {
  const checks = t.checksOk + t.checksTransient + t.checksPermanent;
  return {
    date: isoDate(day),
    accountId,
    provider,
    observedMs: t.observedMs,
    upMs: t.upMs,
    uptime: t.observedMs > 0 ? t.upMs / t.observedMs : null,
    checksOk: t.checksOk,
    checksTransient: t.checksTransient,
    checksPermanent: t.checksPermanent,
    latencyAvgMs: checks > 0 ? t.latencySumMs / checks : null,
    latencyMaxMs: checks > 0 ? t.latencyMaxMs : null,
    source,
  };
}

/** Every account-day the filter selects, by account then day, read lazily. `filter.kinds` does not apply. */
export function* iterateUptimeDays(db: Database, filter: HistoryFilter, now: number, horizonMs: number): Generator<UptimeDay> {
  const until = Math.min(filter.until ?? now, now);
  if (filter.since !== undefined && filter.since >= until) return;
  const firstDay = filter.since !== undefined ? dayOf(filter.since) : Number.MIN_SAFE_INTEGER;
  const lastDay = dayOf(until - 1);
  const mark = rolledThroughDay(db) ?? Number.MIN_SAFE_INTEGER;
  const rollups = db.prepare(
    `SELECT day, checks_ok, checks_transient, checks_permanent, latency_sum_ms, latency_max_ms, observed_ms, up_ms
     FROM daily_rollups WHERE account_key = ? AND day >= ? AND day <= ? ORDER BY day`,
  );
  const firstEvent = db.prepare('SELECT at FROM events WHERE account_key = ? ORDER BY at LIMIT 1');
  const accountDays = new AccountDays(db);
  for (const s of selectSubjects(db, filter)) {
    for (const r of rollups.iterate(s.key, firstDay, Math.min(lastDay, mark)) as IterableIterator<RollupRow>) {
      const totals: SpanTotals = {
        checksOk: r.checks_ok,
        checksTransient: r.checks_transient,
        checksPermanent: r.checks_permanent,
        latencySumMs: r.latency_sum_ms,
        latencyMaxMs: r.latency_max_ms,
        observedMs: r.observed_ms,
        upMs: r.up_ms,
      };
      yield toDay(s.accountId, s.provider, r.day, totals, 'rollup');
    }
    const first = (firstEvent.get(s.key) as { at: number } | undefined)?.at;
    if (first === undefined) continue;
    const liveFrom = Math.max(firstDay, mark + 1, dayOf(first));
    if (liveFrom > lastDay) continue;
    for (const { day, totals } of accountDays.totals(s.key, liveFrom, until, horizonMs)) {
      yield toDay(s.accountId, s.provider, day, totals, 'raw');
    }
  }
}

/** Streams daily uptime rows into `out`. Resolves to the number of rows written. */
export function exportUptime(db: Database, filter: HistoryFilter, format: ExportFormat, out: Writable, now: number, horizonMs: number): Promise<number> {
  return streamExport(iterateUptimeDays(db, filter, now, horizonMs), UPTIME_EXPORT_SHAPE, format, out);
}
