/** The filter every history query and export accepts, and the accounts it selects. */
import type { Database } from 'better-sqlite3';
import type { HistoryEventKind } from '../../../shared/domain/history-event';
import type { ProviderId } from '../../../shared/domain/provider-id';
import { decodeCursor, pageSize, toPage, type Page, type PageRequest } from './paging';

/** Narrows history to one account, one network, some kinds, and a time range [since, until) in epoch ms. */
export interface HistoryFilter {
  readonly accountId?: string;
  readonly provider?: ProviderId;
  readonly kinds?: readonly HistoryEventKind[];
  readonly since?: number;
  readonly until?: number;
}

/** An account that has history. */
export interface HistorySubject {
  readonly key: number;
  readonly accountId: string;
  readonly grantKey: number;
  readonly grantId: string;
  readonly provider: ProviderId;
}

interface SubjectRow {
  key: number;
  account_id: string;
  grant_key: number;
  grant_id: string;
  provider: string;
}

const SUBJECTS = `SELECT a.key, a.account_id, a.grant_key, g.grant_id, a.provider
  FROM history_accounts a JOIN history_grants g ON g.key = a.grant_key
  WHERE (@accountId IS NULL OR a.account_id = @accountId) AND (@provider IS NULL OR a.provider = @provider)`;

function toSubject(row: SubjectRow): HistorySubject {
  return { key: row.key, accountId: row.account_id, grantKey: row.grant_key, grantId: row.grant_id, provider: row.provider as ProviderId };
}

/** Every account the filter selects, ordered by account id. */
export function selectSubjects(db: Database, filter: HistoryFilter): HistorySubject[] {
  const rows = db.prepare(`${SUBJECTS} ORDER BY a.account_id`).all({ accountId: filter.accountId ?? null, provider: filter.provider ?? null }) as SubjectRow[];
  return rows.map(toSubject);
}

/** One page of the accounts the filter selects, ordered by account id (keyset: the cursor is the last id). */
export function pageSubjects(db: Database, filter: HistoryFilter, page: PageRequest = {}): Page<HistorySubject> {
  const limit = pageSize(page.limit);
  const after = page.cursor ? decodeCursor(page.cursor, ['string'] as const)[0] : null;
  const rows = db
    .prepare(`${SUBJECTS} AND (@after IS NULL OR a.account_id > @after) ORDER BY a.account_id LIMIT @limit`)
    .all({ accountId: filter.accountId ?? null, provider: filter.provider ?? null, after, limit: limit + 1 }) as SubjectRow[];
  return toPage(rows, limit, toSubject, (row) => [row.account_id]);
}
