/**
 * Exports history events for any filter (account, network, kinds, time range), oldest first, as CSV or JSON.
 * Rows are read with `Statement.iterate()`, which keeps the connection busy until the export ends: in the app, run
 * exports on a connection of their own (WAL lets it read a consistent snapshot while the writer goes on).
 */
import type { Database } from 'better-sqlite3';
import type { Writable } from 'node:stream';
import type { HistoryEvent } from '../../../../shared/domain/history-event';
import { EVENT_COLUMNS, EVENT_JOINS, PAYLOAD_COLUMNS, fromRow, type EventRow } from '../event-row';
import type { HistoryFilter } from '../history-filter';
import type { CsvValue } from './csv';
import { isoTime, streamExport, type ExportFormat, type ExportShape } from './export-format';

type PayloadCells = [
  outcome: string | null,
  latencyMs: number | null,
  reason: string | null,
  from: string | null,
  to: string | null,
  code: CsvValue,
  subcode: CsvValue,
  message: string | null,
  traceId: string | null,
  threshold: string | null,
  expiresAt: string | null,
  missingScopes: string | null,
  declinedScopes: string | null,
];
const NONE: PayloadCells = [null, null, null, null, null, null, null, null, null, null, null, null, null];

/** The kind-specific CSV cells of an event, in PAYLOAD_COLUMNS order; columns a kind does not use stay empty. */
function payloadCells(e: HistoryEvent): PayloadCells {
  switch (e.kind) {
    case 'check':
      return [e.outcome, e.latencyMs, e.reason, null, null, null, null, null, null, null, null, null, null];
    case 'status_changed':
      return [null, null, e.reason, e.from, e.to, e.providerCode, e.providerSubcode, e.message, e.traceId, null, null, null, null];
    case 'token_refreshed':
      return [null, null, null, null, null, null, null, null, null, null, isoTime(e.expiresAt), null, null];
    case 'reconnected':
    case 'disconnected_by_user':
      return NONE;
    case 'expiry_warning':
      return [null, null, null, null, null, null, null, null, null, e.threshold, isoTime(e.expiresAt), null, null];
    case 'permission_drift':
      return [null, null, null, null, null, null, null, null, null, null, null, e.missingScopes.join(' '), e.declinedScopes.join(' ')];
    default:
      throw new Error(`Unhandled history event: ${JSON.stringify(e satisfies never)}`);
  }
}

/** The CSV columns of an event export (scope lists space-separated), and its JSON form (the HistoryEvent itself). */
export const EVENT_EXPORT_SHAPE: ExportShape<HistoryEvent> = {
  header: ['id', 'at', 'kind', 'account_id', 'grant_id', 'provider', ...PAYLOAD_COLUMNS],
  csv: (e) => [e.id, isoTime(e.at), e.kind, e.accountId, e.grantId, e.provider, ...payloadCells(e)],
  json: (e) => e,
};

/** Builds the query for a filter: only the conditions that apply, oldest first. */
function eventQuery(db: Database, filter: HistoryFilter): { sql: string; params: Record<string, unknown> } {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.accountId !== undefined) {
    const subject = db.prepare('SELECT key, grant_key FROM history_accounts WHERE account_id = ?').get(filter.accountId) as
      { key: number; grant_key: number } | undefined;
    // An account history never saw has no events; keep the query valid and empty.
    params.account = subject?.key ?? -1;
    params.grant = subject?.grant_key ?? -1;
    conditions.push('(e.account_key = @account OR (e.grant_key = @grant AND e.account_key IS NULL))');
  }
  if (filter.provider !== undefined) {
    params.provider = filter.provider;
    conditions.push('hg.provider = @provider');
  }
  if (filter.kinds !== undefined && filter.kinds.length > 0) {
    params.kinds = JSON.stringify(filter.kinds);
    conditions.push('e.kind IN (SELECT value FROM json_each(@kinds))');
  }
  if (filter.since !== undefined) {
    params.since = filter.since;
    conditions.push('e.at >= @since');
  }
  if (filter.until !== undefined) {
    params.until = filter.until;
    conditions.push('e.at < @until');
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  return { sql: `SELECT ${EVENT_COLUMNS} FROM events e ${EVENT_JOINS} ${where} ORDER BY e.at, e.id`, params };
}

/** Every event the filter selects, oldest first, read lazily. */
export function* iterateEvents(db: Database, filter: HistoryFilter): Generator<HistoryEvent> {
  const { sql, params } = eventQuery(db, filter);
  for (const row of db.prepare(sql).iterate(params) as IterableIterator<EventRow>) yield fromRow(row);
}

/** Streams the events the filter selects into `out`. Resolves to the number of events written. */
export function exportEvents(db: Database, filter: HistoryFilter, format: ExportFormat, out: Writable): Promise<number> {
  return streamExport(iterateEvents(db, filter), EVENT_EXPORT_SHAPE, format, out);
}
