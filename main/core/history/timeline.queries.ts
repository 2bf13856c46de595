/**
 * The timeline of one account (newest first, keyset-paged, filterable by kind and time) and the latest status of
 * every account. An account's timeline holds its own events and the grant-level events of its grant.
 */
import type { Database } from 'better-sqlite3';
import type { CheckOutcome, HistoryEvent, RecordedStatus } from '../../../shared/domain/history-event';
import type { ProviderId } from '../../../shared/domain/provider-id';
import type { ReasonId } from '../../../shared/domain/reason-id';
import { EVENT_COLUMNS, EVENT_JOINS, fromRow, type EventRow } from './event-row';
import { pageSubjects, type HistoryFilter } from './history-filter';
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from './paging';
import { effectiveStatus, statusBefore, type EffectiveStatus } from './status-timeline';

/** An account's status as history last recorded it. */
export interface LatestStatus {
  readonly accountId: string;
  readonly grantId: string;
  readonly provider: ProviderId;
  /** The stored status; `connected` when no change was ever recorded (accounts start connected). */
  readonly status: RecordedStatus;
  /** The status for uptime and outages: `unverified` resolved to the status it interrupted. */
  readonly effectiveStatus: EffectiveStatus;
  readonly reason: ReasonId | null;
  /** Epoch ms of the last status change, null when none was recorded. */
  readonly since: number | null;
  readonly lastCheck: { readonly at: number; readonly outcome: CheckOutcome } | null;
}

/** Thrown when a timeline is asked for an account history has never seen. */
export class UnknownAccountError extends Error {
  constructor(accountId: string) {
    super(`History has no account "${accountId}".`);
    this.name = 'UnknownAccountError';
  }
}

/** Timeline and latest-status queries. */
export class TimelineQueries {
  constructor(private readonly db: Database) {}

  /** One page of an account's events, newest first. `filter.kinds` narrows to some kinds. */
  timeline(accountId: string, filter: Omit<HistoryFilter, 'accountId' | 'provider'> = {}, page: PageRequest = {}): Page<HistoryEvent> {
    const limit = pageSize(page.limit);
    const subject = this.db.prepare('SELECT key, grant_key FROM history_accounts WHERE account_id = ?').get(accountId) as
      { key: number; grant_key: number } | undefined;
    if (!subject) throw new UnknownAccountError(accountId);
    const [beforeAt, beforeId] = page.cursor ? decodeCursor(page.cursor, ['number', 'number'] as const) : [null, null];
    const kinds = filter.kinds && filter.kinds.length > 0 ? filter.kinds : null;
    // Only the conditions that apply, so the time bounds and the cursor become ranges of the (account, time) index.
    const conditions = [
      kinds ? 'e.kind IN (SELECT value FROM json_each(@kinds))' : '',
      // Without checks, say so literally: it lets SQLite use the small partial index of non-check events.
      kinds && !kinds.includes('check') ? "e.kind <> 'check'" : '',
      filter.since !== undefined ? 'e.at >= @since' : '',
      filter.until !== undefined ? 'e.at < @until' : '',
      beforeAt !== null ? 'e.at <= @beforeAt AND (e.at < @beforeAt OR e.id < @beforeId)' : '',
    ].filter((c) => c !== '');
    const where = conditions.length > 0 ? `AND ${conditions.join(' AND ')}` : '';
    const rows = this.db
      .prepare(
        `SELECT * FROM (SELECT ${EVENT_COLUMNS} FROM events e ${EVENT_JOINS}
            WHERE e.account_key = @account ${where} ORDER BY e.at DESC, e.id DESC LIMIT @limit)
         UNION ALL
         SELECT * FROM (SELECT ${EVENT_COLUMNS} FROM events e ${EVENT_JOINS}
            WHERE e.grant_key = @grant AND e.account_key IS NULL ${where} ORDER BY e.at DESC, e.id DESC LIMIT @limit)
         ORDER BY at DESC, id DESC LIMIT @limit`,
      )
      .all({
        account: subject.key,
        grant: subject.grant_key,
        kinds: kinds ? JSON.stringify(kinds) : null,
        since: filter.since ?? null,
        until: filter.until ?? null,
        beforeAt,
        beforeId,
        limit: limit + 1,
      }) as EventRow[];
    return toPage(rows, limit, fromRow, (row) => [row.at, row.id]);
  }

  /** The latest recorded status of one page of the accounts the filter selects (by account id). */
  latestStatuses(filter: HistoryFilter = {}, page: PageRequest = {}): Page<LatestStatus> {
    const subjects = pageSubjects(this.db, filter, page);
    const lastChange = this.db.prepare(
      `SELECT at, from_status, to_status, reason FROM events
       WHERE account_key = ? AND kind = 'status_changed' AND kind <> 'check' ORDER BY at DESC, id DESC LIMIT 1`,
    );
    const lastCheck = this.db.prepare(`SELECT at, outcome FROM events WHERE account_key = ? AND kind = 'check' ORDER BY at DESC LIMIT 1`);
    const items = subjects.items.map((s): LatestStatus => {
      const change = lastChange.get(s.key) as { at: number; from_status: RecordedStatus; to_status: RecordedStatus; reason: string | null } | undefined;
      const check = lastCheck.get(s.key) as { at: number; outcome: CheckOutcome } | undefined;
      const base = { accountId: s.accountId, grantId: s.grantId, provider: s.provider, lastCheck: check ?? null };
      if (!change) {
        const status = statusBefore(null);
        return { ...base, status, effectiveStatus: status, reason: null, since: null };
      }
      return {
        ...base,
        status: change.to_status,
        effectiveStatus: effectiveStatus(change.from_status, change.to_status),
        reason: change.reason as ReasonId | null,
        since: change.at,
      };
    });
    return { items, nextCursor: subjects.nextCursor };
  }
}
