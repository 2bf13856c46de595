/** What the validation engine reads and writes per grant and account: health, problem details, warnings given. */
import type { Database } from 'better-sqlite3';
import type { ProblemDetails } from '../../../shared/domain/account-view';
import type { AccountId, GrantId } from '../../../shared/domain/ids';
import type { ProviderId } from '../../../shared/domain/provider-id';
import type { ReasonId } from '../../../shared/domain/reason-id';
import type { ScheduledGrant } from './scheduled-grant';
import type { ExpiryThresholdId } from './expiry-warnings';
import type { AccountHealth, KnownStatus } from './status-machine';
import type { GrantRecord } from './accounts.repository';

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

interface TrackedRow {
  id: string;
  grant_id: string;
  provider: string;
  network_account_id: string;
  parent_network_id: string | null;
  name: string;
  status: string;
  reason: string | null;
  status_since: number;
  last_known_status: string | null;
  unverified_since: number | null;
  expires_at: number | null;
  warned_thresholds: string;
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

function parseList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function toTracked(row: TrackedRow): TrackedAccount {
  const status = row.status as AccountHealth['status'];
  return {
    id: row.id as AccountId,
    grantId: row.grant_id as GrantId,
    provider: row.provider as ProviderId,
    networkAccountId: row.network_account_id,
    parentNetworkId: row.parent_network_id,
    name: row.name,
    health: {
      status,
      reason: row.reason as ReasonId | null,
      statusSince: row.status_since,
      lastKnownStatus: (row.last_known_status ?? (status === 'unverified' ? 'connected' : status)) as KnownStatus,
      unverifiedSince: row.unverified_since,
      expiresAt: row.expires_at,
    },
    warned: new Set(parseList(row.warned_thresholds) as ExpiryThresholdId[]),
  };
}

const TRACKED_COLUMNS =
  'id, grant_id, provider, network_account_id, parent_network_id, name, status, reason, status_since, last_known_status, unverified_since, expires_at, warned_thresholds';

export class AccountHealthRepository {
  constructor(private readonly db: Database) {}

  /** Every grant with its network and number of accounts, for the scheduler. */
  grantsForScheduling(): ScheduledGrant[] {
    const rows = this.db
      .prepare(`SELECT g.id, g.provider, COUNT(a.id) AS n FROM grants g LEFT JOIN accounts a ON a.grant_id = g.id GROUP BY g.id ORDER BY g.id`)
      .all() as Array<{ id: string; provider: string; n: number }>;
    return rows.map((r) => ({ id: r.id as GrantId, network: r.provider as ProviderId, accountCount: r.n }));
  }

  /** One grant, or null. */
  grant(id: GrantId): GrantRecord | null {
    const row = this.db.prepare(`SELECT id, provider, network_user_id, name, scopes, access_expires_at, refresh_expires_at, data_access_expires_at FROM grants WHERE id = ?`).get(id) as GrantRow | undefined;
    if (!row) return null;
    return {
      id: row.id as GrantId,
      provider: row.provider as ProviderId,
      networkUserId: row.network_user_id,
      name: row.name,
      scopes: parseList(row.scopes),
      accessExpiresAt: row.access_expires_at,
      refreshExpiresAt: row.refresh_expires_at,
      dataAccessExpiresAt: row.data_access_expires_at,
    };
  }

  /** The accounts of one grant with their health. */
  accountsOfGrant(grantId: GrantId): TrackedAccount[] {
    return (this.db.prepare(`SELECT ${TRACKED_COLUMNS} FROM accounts WHERE grant_id = ? ORDER BY id`).all(grantId) as TrackedRow[]).map(toTracked);
  }

  /** The grant an account belongs to, or null. */
  grantOfAccount(accountId: AccountId): GrantId | null {
    const row = this.db.prepare(`SELECT grant_id FROM accounts WHERE id = ?`).get(accountId) as { grant_id: string } | undefined;
    return row ? (row.grant_id as GrantId) : null;
  }

  /** Stores an account's health after a check; `keepProblem` leaves the stored problem details as they are. */
  saveHealth(accountId: AccountId, health: AccountHealth, problem: ProblemDetails | null, warned: ReadonlySet<ExpiryThresholdId>, checkedAt: number, keepProblem = false): void {
    this.db
      .prepare(
        `UPDATE accounts SET status = @status, reason = @reason, status_since = @statusSince, last_known_status = @lastKnownStatus,
           unverified_since = @unverifiedSince, expires_at = @expiresAt, warned_thresholds = @warned, last_checked_at = @checkedAt,
           problem = CASE WHEN @keep = 1 THEN problem ELSE @problem END
         WHERE id = @id`,
      )
      .run({
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
    const row = this.db.prepare(`SELECT missing_scopes FROM grants WHERE id = ?`).get(grantId) as { missing_scopes: string } | undefined;
    return row ? parseList(row.missing_scopes) : [];
  }

  /** Remembers the required scopes the grant lacks now. */
  saveMissingScopes(grantId: GrantId, missing: readonly string[]): void {
    this.db.prepare(`UPDATE grants SET missing_scopes = ? WHERE id = ?`).run(JSON.stringify(missing), grantId);
  }

  /** Records that a grant was checked, with the expiries the network reported. */
  touchGrant(grantId: GrantId, checkedAt: number, expiries: { access: number | null; refresh: number | null; dataAccess: number | null }, scopes: readonly string[] | null): void {
    this.db
      .prepare(
        `UPDATE grants SET last_checked_at = @checkedAt, access_expires_at = @access, refresh_expires_at = @refresh,
           data_access_expires_at = @dataAccess, scopes = COALESCE(@scopes, scopes), updated_at = @checkedAt WHERE id = @id`,
      )
      .run({ id: grantId, checkedAt, ...expiries, scopes: scopes ? JSON.stringify(scopes) : null });
  }
}
