/**
 * Grants and accounts in the history database: what the dashboard lists, and what the validation engine reads
 * and writes per grant and account (health, problem details, warnings given). No tokens live here: they are in
 * the SecretStore. Statements are prepared once and reused.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { AccountView, ProblemDetails } from '../../../shared/domain/account-view';
import type { AccountId, GrantId } from '../../../shared/domain/ids';
import type { ProviderId } from '../../../shared/domain/provider-id';
import type { ReasonId } from '../../../shared/domain/reason-id';
import type { ScheduledGrant } from './scheduled-grant';
import type { ExpiryThresholdId } from './expiry-warnings';
import type { AccountHealth, KnownStatus } from './status-machine';
import { knownStatusOf, parseProblem, parseStringList, type AccountRow } from './account-row';
import { newAccountsSummary, OfferedAccountSchema, type GrantView, type OfferedAccount } from '../../../shared/domain/grant-view';

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

/** An account as the validation engine sees it. */
export interface TrackedAccount {
  readonly id: AccountId;
  readonly grantId: GrantId;
  readonly provider: ProviderId;
  readonly networkAccountId: string;
  readonly parentNetworkId: string | null;
  readonly name: string;
  readonly health: AccountHealth;
  readonly warned: ReadonlySet<ExpiryThresholdId>;
}

export interface GrantExpiryUpdate {
  readonly access: number | null;
  readonly refresh: number | null;
  readonly dataAccess: number | null;
}

interface GrantOffersRow {
  id: string;
  provider: string;
  name: string;
  new_accounts: string;
  login_expired_at: number | null;
}

/** Reads the stored offers; an entry that doesn't fit the schema is dropped, not the whole list. */
function parseOffers(json: string): OfferedAccount[] {
  return parseJsonArray(json).flatMap((v) => {
    const parsed = OfferedAccountSchema.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}

function parseJsonArray(json: string): unknown[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

interface GrantRow {
  id: string;
  provider: string;
  network_user_id: string;
  name: string;
  scopes: string;
  access_expires_at: number | null;
  refresh_expires_at: number | null;
  data_access_expires_at: number | null;
}

const ACCOUNT_COLUMNS =
  'id, grant_id, provider, network_account_id, parent_network_id, name, handle, status, reason, status_since, last_checked_at, expires_at, last_known_status, unverified_since, problem, warned_thresholds, proven_alive_at';
/** The view's columns, with the name of the person whose login connected the account and the login's next check. */
const VIEW_SELECT = `SELECT ${ACCOUNT_COLUMNS.split(', ')
  .map((c) => `a.${c}`)
  .join(', ')}, g.name AS grant_name, g.next_check_at AS next_check_at FROM accounts a JOIN grants g ON g.id = a.grant_id`;
const GRANT_COLUMNS = 'id, provider, network_user_id, name, scopes, access_expires_at, refresh_expires_at, data_access_expires_at';

/** Maps a row to the view the renderer sees. The status and reason columns only ever hold values the core wrote. */
export function toView(row: AccountRow & { grant_name: string; next_check_at: number | null }): AccountView {
  return {
    id: row.id as AccountId,
    grantId: row.grant_id as GrantId,
    provider: row.provider as ProviderId,
    name: row.name,
    handle: row.handle,
    connectedBy: row.grant_name,
    status: row.status as AccountView['status'],
    reason: row.reason as ReasonId | null,
    statusSince: row.status_since,
    lastCheckedAt: row.last_checked_at,
    expiresAt: row.expires_at,
    lastKnownStatus: knownStatusOf(row),
    unverifiedSince: row.unverified_since,
    problem: parseProblem(row.problem),
    provenAliveAt: row.proven_alive_at,
    nextCheckAt: row.next_check_at,
  };
}

type ViewRow = AccountRow & { grant_name: string; next_check_at: number | null };

function toTracked(row: AccountRow): TrackedAccount {
  return {
    id: row.id as AccountId,
    grantId: row.grant_id as GrantId,
    provider: row.provider as ProviderId,
    networkAccountId: row.network_account_id,
    parentNetworkId: row.parent_network_id,
    name: row.name,
    health: {
      status: row.status as AccountHealth['status'],
      reason: row.reason as ReasonId | null,
      statusSince: row.status_since,
      lastKnownStatus: knownStatusOf(row) as KnownStatus,
      unverifiedSince: row.unverified_since,
      expiresAt: row.expires_at,
    },
    warned: new Set(parseStringList(row.warned_thresholds) as ExpiryThresholdId[]),
  };
}

function toGrant(row: GrantRow): GrantRecord {
  return {
    id: row.id as GrantId,
    provider: row.provider as ProviderId,
    networkUserId: row.network_user_id,
    name: row.name,
    scopes: parseStringList(row.scopes),
    accessExpiresAt: row.access_expires_at,
    refreshExpiresAt: row.refresh_expires_at,
    dataAccessExpiresAt: row.data_access_expires_at,
  };
}

export class AccountsRepository {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Database) {}

  /** A statement prepared on first use and reused after. */
  private sql(text: string): Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  /** Inserts or updates a grant (by provider and network user). */
  upsertGrant(grant: GrantRecord, now: number): void {
    this.sql(
      `INSERT INTO grants (id, provider, network_user_id, name, scopes, access_expires_at, refresh_expires_at, data_access_expires_at, created_at, updated_at)
       VALUES (@id, @provider, @networkUserId, @name, @scopes, @accessExpiresAt, @refreshExpiresAt, @dataAccessExpiresAt, @now, @now)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, scopes = excluded.scopes,
         access_expires_at = excluded.access_expires_at, refresh_expires_at = excluded.refresh_expires_at,
         data_access_expires_at = excluded.data_access_expires_at, updated_at = excluded.updated_at`,
    ).run({ ...grant, scopes: JSON.stringify(grant.scopes), now });
  }

  /** Inserts an account as connected, or refreshes its name, handle and expiry if it exists. */
  upsertAccount(account: NewAccount, now: number): void {
    this.sql(
      `INSERT INTO accounts (id, grant_id, provider, network_account_id, name, handle, status, last_known_status, status_since, expires_at, parent_network_id, created_at)
       VALUES (@id, @grantId, @provider, @networkAccountId, @name, @handle, 'connected', 'connected', @now, @expiresAt, @parentNetworkId, @now)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, handle = excluded.handle, expires_at = excluded.expires_at,
         parent_network_id = excluded.parent_network_id`,
    ).run({ ...account, parentNetworkId: account.parentNetworkId ?? null, now });
  }

  /** Every account, ordered by network then name. */
  list(): AccountView[] {
    return (this.sql(`${VIEW_SELECT} ORDER BY a.provider, a.name COLLATE NOCASE, a.id`).all() as ViewRow[]).map(toView);
  }

  /** The views of one grant's accounts: what a check of that grant may have changed. */
  viewsOfGrant(grantId: GrantId): AccountView[] {
    return (this.sql(`${VIEW_SELECT} WHERE a.grant_id = ? ORDER BY a.id`).all(grantId) as ViewRow[]).map(toView);
  }

  /** Every grant with its network and number of accounts, for the scheduler. */
  grantsForScheduling(): ScheduledGrant[] {
    const rows = this.sql(
      `SELECT g.id, g.provider, COUNT(a.id) AS n FROM grants g LEFT JOIN accounts a ON a.grant_id = g.id GROUP BY g.id ORDER BY g.id`,
    ).all() as Array<{
      id: string;
      provider: string;
      n: number;
    }>;
    return rows.map((r) => ({ id: r.id as GrantId, network: r.provider as ProviderId, accountCount: r.n }));
  }

  /** One grant, or null. */
  grant(id: GrantId): GrantRecord | null {
    const row = this.sql(`SELECT ${GRANT_COLUMNS} FROM grants WHERE id = ?`).get(id) as GrantRow | undefined;
    return row ? toGrant(row) : null;
  }

  /** The accounts of one grant with their health. */
  accountsOfGrant(grantId: GrantId): TrackedAccount[] {
    return (this.sql(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE grant_id = ? ORDER BY id`).all(grantId) as AccountRow[]).map(toTracked);
  }

  /** The grant an account belongs to, or null. */
  grantOfAccount(accountId: AccountId): GrantId | null {
    const row = this.sql(`SELECT grant_id FROM accounts WHERE id = ?`).get(accountId) as { grant_id: string } | undefined;
    return row ? (row.grant_id as GrantId) : null;
  }

  /** Stores an account's health after a check; `keepProblem` leaves the stored problem details as they are. */
  saveHealth(
    accountId: AccountId,
    health: AccountHealth,
    problem: ProblemDetails | null,
    warned: ReadonlySet<ExpiryThresholdId>,
    checkedAt: number,
    keepProblem = false,
  ): void {
    this.sql(
      `UPDATE accounts SET status = @status, reason = @reason, status_since = @statusSince, last_known_status = @lastKnownStatus,
         unverified_since = @unverifiedSince, expires_at = @expiresAt, warned_thresholds = @warned, last_checked_at = @checkedAt,
         problem = CASE WHEN @keep = 1 THEN problem ELSE @problem END
       WHERE id = @id`,
    ).run({
      id: accountId,
      ...health,
      problem: problem ? JSON.stringify(problem) : null,
      warned: JSON.stringify([...warned]),
      checkedAt,
      keep: keepProblem ? 1 : 0,
    });
  }

  /** The required scopes the grant lacked at its last check. */
  missingScopes(grantId: GrantId): string[] {
    const row = this.sql(`SELECT missing_scopes FROM grants WHERE id = ?`).get(grantId) as { missing_scopes: string } | undefined;
    return row ? parseStringList(row.missing_scopes) : [];
  }

  /** Remembers the required scopes the grant lacks now. */
  saveMissingScopes(grantId: GrantId, missing: readonly string[]): void {
    this.sql(`UPDATE grants SET missing_scopes = ? WHERE id = ?`).run(JSON.stringify(missing), grantId);
  }

  /**
   * What a grant's last check offered beyond its tracked accounts: newly listed Pages and Instagram accounts (so none
   * is silently dropped) and whether the login's own token expired. `newAccounts` null keeps the last list.
   */
  saveGrantOffers(grantId: GrantId, newAccounts: readonly OfferedAccount[] | null, loginExpiredAt: number | null): void {
    this.sql(`UPDATE grants SET new_accounts = COALESCE(@offers, new_accounts), login_expired_at = @expired WHERE id = @id`).run({
      id: grantId,
      offers: newAccounts ? JSON.stringify(newAccounts) : null,
      expired: loginExpiredAt,
    });
  }

  /** Every login, as the renderer sees it. */
  grantViews(): GrantView[] {
    const rows = this.sql(`SELECT id, provider, name, new_accounts, login_expired_at FROM grants ORDER BY id`).all() as GrantOffersRow[];
    return rows.map((r) => {
      const offered = parseOffers(r.new_accounts);
      return {
        grantId: r.id as GrantId,
        provider: r.provider as ProviderId,
        name: r.name,
        loginExpired: r.login_expired_at !== null,
        newAccounts: offered,
        newAccountsSummary: newAccountsSummary(r.name, offered),
      };
    });
  }

  /** Removes a grant and its accounts (a disconnect by the user). History keeps its own keys, so nothing of it goes. */
  removeGrant(grantId: GrantId): number {
    return this.db.transaction(() => {
      const removed = this.sql(`DELETE FROM accounts WHERE grant_id = ?`).run(grantId).changes;
      this.sql(`DELETE FROM grants WHERE id = ?`).run(grantId);
      return removed;
    })();
  }

  /** The check (or a token refresh) at `at` showed these accounts' connections working. */
  markProvenAlive(accountIds: readonly AccountId[], at: number): void {
    for (const id of accountIds) this.sql(`UPDATE accounts SET proven_alive_at = MAX(COALESCE(proven_alive_at, 0), ?) WHERE id = ?`).run(at, id);
  }

  /** A refresh of the login's tokens worked at `at`: its accounts whose connection is known good are proven alive. */
  markGrantProvenAlive(grantId: GrantId, at: number): void {
    this.sql(`UPDATE accounts SET proven_alive_at = MAX(COALESCE(proven_alive_at, 0), ?) WHERE grant_id = ? AND status IN ('connected', 'expiring')`).run(
      at,
      grantId,
    );
  }

  /** When the scheduler plans the login's next check (null: none planned); jitter's fractions of a ms are rounded. */
  setNextCheckAt(grantId: GrantId, at: number | null): void {
    this.sql(`UPDATE grants SET next_check_at = ? WHERE id = ?`).run(at === null ? null : Math.round(at), grantId);
  }

  /** The X user ids of every X account (the X planner's accounts). */
  xUserIds(): string[] {
    return (this.sql(`SELECT network_account_id FROM accounts WHERE provider = 'twitter' ORDER BY id`).all() as Array<{ network_account_id: string }>).map(
      (r) => r.network_account_id,
    );
  }

  /** Records that a grant was checked, with the expiries the network reported. */
  touchGrant(grantId: GrantId, checkedAt: number, expiries: GrantExpiryUpdate, scopes: readonly string[] | null): void {
    this.sql(
      `UPDATE grants SET last_checked_at = @checkedAt, access_expires_at = @access, refresh_expires_at = @refresh,
         data_access_expires_at = @dataAccess, scopes = COALESCE(@scopes, scopes), updated_at = @checkedAt WHERE id = @id`,
    ).run({ id: grantId, checkedAt, ...expiries, scopes: scopes ? JSON.stringify(scopes) : null });
  }
}
