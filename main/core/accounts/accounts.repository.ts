/** Reads and writes grants and accounts in the history database. No tokens live here: they are in the SecretStore. */
import type { Database } from 'better-sqlite3';
import type { AccountView, ProblemDetails } from '../../../shared/domain/account-view';
import type { AccountId, GrantId } from '../../../shared/domain/ids';
import type { ProviderId } from '../../../shared/domain/provider-id';
import type { AccountStatus } from '../../../shared/domain/account-status';
import type { ReasonId } from '../../../shared/domain/reason-id';

export interface GrantRecord {
  readonly id: GrantId;
  readonly provider: ProviderId;
  readonly networkUserId: string;
  readonly name: string;
  readonly scopes: readonly string[];
  readonly accessExpiresAt: number | null;
  readonly refreshExpiresAt: number | null;
  readonly dataAccessExpiresAt: number | null;
}

export interface NewAccount {
  readonly id: AccountId;
  readonly grantId: GrantId;
  readonly provider: ProviderId;
  readonly networkAccountId: string;
  readonly name: string;
  readonly handle: string | null;
  readonly expiresAt: number | null;
  /** For an Instagram account: the Page it is linked through. */
  readonly parentNetworkId?: string | null;
}

export interface AccountRow {
  id: string;
  grant_id: string;
  provider: string;
  name: string;
  handle: string | null;
  status: string;
  reason: string | null;
  status_since: number;
  last_checked_at: number | null;
  expires_at: number | null;
  last_known_status: string | null;
  unverified_since: number | null;
  problem: string | null;
}

/** Reads the stored problem JSON; a damaged value shows as no details rather than failing the list. */
function parseProblem(text: string | null): ProblemDetails | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<ProblemDetails>;
    return { code: value.code ?? null, subcode: value.subcode ?? null, traceId: value.traceId ?? null, detail: value.detail ?? null };
  } catch {
    return null;
  }
}

export const VIEW_COLUMNS =
  'id, grant_id, provider, name, handle, status, reason, status_since, last_checked_at, expires_at, last_known_status, unverified_since, problem';

/** Maps a row to the view the renderer sees. The status and reason columns only ever hold values the core wrote. */
export function toView(row: AccountRow): AccountView {
  return {
    id: row.id as AccountId,
    grantId: row.grant_id as GrantId,
    provider: row.provider as ProviderId,
    name: row.name,
    handle: row.handle,
    status: row.status as AccountStatus,
    reason: row.reason as ReasonId | null,
    statusSince: row.status_since,
    lastCheckedAt: row.last_checked_at,
    expiresAt: row.expires_at,
    lastKnownStatus: row.last_known_status as AccountView['lastKnownStatus'],
    unverifiedSince: row.unverified_since,
    problem: parseProblem(row.problem),
  };
}

/** Grants and accounts, backed by SQLite. */
export class AccountsRepository {
  constructor(private readonly db: Database) {}

  /** Inserts or updates a grant (by provider and network user). */
  upsertGrant(grant: GrantRecord, now: number): void {
    this.db
      .prepare(
        `INSERT INTO grants (id, provider, network_user_id, name, scopes, access_expires_at, refresh_expires_at, data_access_expires_at, created_at, updated_at)
         VALUES (@id, @provider, @networkUserId, @name, @scopes, @accessExpiresAt, @refreshExpiresAt, @dataAccessExpiresAt, @now, @now)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, scopes = excluded.scopes,
           access_expires_at = excluded.access_expires_at, refresh_expires_at = excluded.refresh_expires_at,
           data_access_expires_at = excluded.data_access_expires_at, updated_at = excluded.updated_at`,
      )
      .run({ ...grant, scopes: JSON.stringify(grant.scopes), now });
  }

  /** Inserts an account as connected, or refreshes its name, handle and expiry if it exists. */
  upsertAccount(account: NewAccount, now: number): void {
    this.db
      .prepare(
        `INSERT INTO accounts (id, grant_id, provider, network_account_id, name, handle, status, last_known_status, status_since, expires_at, parent_network_id, created_at)
         VALUES (@id, @grantId, @provider, @networkAccountId, @name, @handle, 'connected', 'connected', @now, @expiresAt, @parentNetworkId, @now)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, handle = excluded.handle, expires_at = excluded.expires_at,
           parent_network_id = excluded.parent_network_id`,
      )
      .run({ ...account, parentNetworkId: account.parentNetworkId ?? null, now });
  }

  /** Every account, ordered by network then name. */
  list(): AccountView[] {
    const rows = this.db
      .prepare(
        `SELECT ${VIEW_COLUMNS} FROM accounts ORDER BY provider, name COLLATE NOCASE, id`,
      )
      .all() as AccountRow[];
    return rows.map(toView);
  }
}
