/**
 * The history service the rest of the core uses: record events, query timelines, uptime and outages, run retention
 * and export. It holds no state beyond prepared statements; every figure is read from the database.
 */
import type { Database } from 'better-sqlite3';
import type { Writable } from 'node:stream';
import type { HistoryEventInput } from '../../../shared/domain/history-event';
import type { Clock } from '../kernel/clock';
import { HistoryWriter } from './history.writer';
import { TimelineQueries } from './timeline.queries';
import { UptimeQueries } from './uptime/uptime.queries';
import { OutageQueries } from './outages/outages.queries';
import { runRetention, type RetentionResult } from './retention';
import { exportEvents } from './export/events.export';
import { exportUptime } from './export/uptime.export';
import type { ExportFormat } from './export/export-format';
import type { HistoryFilter } from './history-filter';
import { HOUR_MS } from './utc-day';

/** Default days of raw checks kept before they are only in daily rollups (the retention setting's default). */
export const DEFAULT_RETENTION_DAYS = 30;
/** Default longest time one check counts as observation: twice the default 30-minute check interval. */
export const DEFAULT_OBSERVATION_HORIZON_MS = HOUR_MS;

/** A check counts as observation until the next one, up to twice the check interval. */
export function observationHorizonMs(checkIntervalMinutes: number): number {
  return 2 * checkIntervalMinutes * 60_000;
}

export interface HistoryServiceOptions {
  readonly clock: Clock;
  /** Set it to about twice the check interval: a longer gap between checks counts as unobserved. */
  readonly horizonMs?: number;
  /** Read at each retention run, so a changed setting applies without a restart. */
  readonly retentionDays?: () => number;
  /**
   * Opens a connection for an export and closes it after. Exports iterate rows, which keeps a connection busy, so
   * the app passes a second (read-only) connection here; without it exports use `db` (fine for the CLI).
   */
  readonly openExportConnection?: () => Database;
}

/** Recording, queries, retention and export over one history database. */
export class HistoryService {
  readonly writer: HistoryWriter;
  readonly timeline: TimelineQueries;
  readonly uptime: UptimeQueries;
  readonly outages: OutageQueries;
  private readonly horizonMs: number;

  constructor(
    private readonly db: Database,
    private readonly options: HistoryServiceOptions,
  ) {
    this.horizonMs = options.horizonMs ?? DEFAULT_OBSERVATION_HORIZON_MS;
    this.writer = new HistoryWriter(db);
    this.timeline = new TimelineQueries(db);
    this.uptime = new UptimeQueries(db, this.horizonMs);
    this.outages = new OutageQueries(db);
  }

  /** Records one event; returns its id once committed. */
  record(event: HistoryEventInput): number {
    return this.writer.record(event);
  }

  /** Records events in one transaction; returns their ids. */
  recordMany(events: readonly HistoryEventInput[]): number[] {
    return this.writer.recordMany(events);
  }

  /** Rolls up finished days and prunes raw checks older than the retention setting. Run it daily and at start. */
  runRetention(): RetentionResult {
    const keepDays = this.options.retentionDays?.() ?? DEFAULT_RETENTION_DAYS;
    return runRetention(this.db, { now: this.options.clock.now(), keepDays, horizonMs: this.horizonMs });
  }

  /** Streams the events the filter selects into `out`; resolves to the count. */
  exportEvents(filter: HistoryFilter, format: ExportFormat, out: Writable): Promise<number> {
    return this.withExportConnection((db) => exportEvents(db, filter, format, out));
  }

  /** Streams daily uptime rows for the filter into `out`; resolves to the count. */
  exportUptime(filter: HistoryFilter, format: ExportFormat, out: Writable): Promise<number> {
    return this.withExportConnection((db) => exportUptime(db, filter, format, out, this.options.clock.now(), this.horizonMs));
  }

  private async withExportConnection<T>(work: (db: Database) => Promise<T>): Promise<T> {
    const own = this.options.openExportConnection?.();
    try {
      return await work(own ?? this.db);
    } finally {
      own?.close();
    }
  }
}
