/**
 * The compact keys events use for accounts and grants. A key is created on an account's first event, from the
 * accounts/grants tables, and never removed, so history outlives a removed connection.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { AccountId, GrantId } from '../../../shared/domain/ids';
import type { ProviderId } from '../../../shared/domain/provider-id';

/** The key of an account in history, with its grant's key and its network. */
export interface AccountKey {
  readonly key: number;
  readonly grantKey: number;
  readonly provider: ProviderId;
}

/** The key of a grant in history, with its network. */
export interface GrantKey {
  readonly key: number;
  readonly provider: ProviderId;
}

/** Thrown when an event names an account or grant Tether never stored: a bug in the caller, not user input. */
export class UnknownSubjectError extends Error {
  constructor(what: 'account' | 'grant', id: string) {
    super(`History can't record an event for unknown ${what} "${id}": add the ${what} first.`);
    this.name = 'UnknownSubjectError';
  }
}

interface KeyRow {
  key: number;
  grant_key: number;
  provider: string;
}

/**
 * Resolves (and on first use registers) the keys of accounts and grants. Caches a key only when told it will be
 * committed with the write that looked it up (`remember`); a key seen inside a caller's open transaction might
 * still be rolled back, so it is looked up again next time.
 */
export class HistoryKeys {
  private readonly accounts = new Map<string, AccountKey>();
  private readonly grants = new Map<string, GrantKey>();
  private readonly findAccount: Statement<[string], KeyRow>;
  private readonly findGrant: Statement<[string], KeyRow>;
  private readonly sourceAccount: Statement<[string], { grant_id: string; provider: string }>;
  private readonly sourceGrant: Statement<[string], { provider: string }>;
  private readonly insertAccount: Statement<[string, number, string]>;
  private readonly insertGrant: Statement<[string, string]>;

  constructor(db: Database) {
    this.findAccount = db.prepare('SELECT key, grant_key, provider FROM history_accounts WHERE account_id = ?');
    this.findGrant = db.prepare('SELECT key, key AS grant_key, provider FROM history_grants WHERE grant_id = ?');
    this.sourceAccount = db.prepare('SELECT grant_id, provider FROM accounts WHERE id = ?');
    this.sourceGrant = db.prepare('SELECT provider FROM grants WHERE id = ?');
    this.insertAccount = db.prepare('INSERT INTO history_accounts (account_id, grant_key, provider) VALUES (?, ?, ?)');
    this.insertGrant = db.prepare('INSERT INTO history_grants (grant_id, provider) VALUES (?, ?)');
  }

  /** The key of an account, registering it (and its grant) on first use. Call inside the writing transaction. */
  account(accountId: AccountId, remember = true): AccountKey {
    const cached = this.accounts.get(accountId);
    if (cached) return cached;
    const row = this.findAccount.get(accountId);
    let found: AccountKey;
    if (row) {
      found = { key: row.key, grantKey: row.grant_key, provider: row.provider as ProviderId };
    } else {
      const source = this.sourceAccount.get(accountId);
      if (!source) throw new UnknownSubjectError('account', accountId);
      const grant = this.grant(source.grant_id as GrantId, remember);
      const key = Number(this.insertAccount.run(accountId, grant.key, source.provider).lastInsertRowid);
      found = { key, grantKey: grant.key, provider: source.provider as ProviderId };
    }
    if (remember) this.accounts.set(accountId, found);
    return found;
  }

  /** The key of a grant, registering it on first use. */
  grant(grantId: GrantId, remember = true): GrantKey {
    const cached = this.grants.get(grantId);
    if (cached) return cached;
    const row = this.findGrant.get(grantId);
    let found: GrantKey;
    if (row) {
      found = { key: row.key, provider: row.provider as ProviderId };
    } else {
      const source = this.sourceGrant.get(grantId);
      if (!source) throw new UnknownSubjectError('grant', grantId);
      found = { key: Number(this.insertGrant.run(grantId, source.provider).lastInsertRowid), provider: source.provider as ProviderId };
    }
    if (remember) this.grants.set(grantId, found);
    return found;
  }

  /** Forgets cached keys: after a rolled-back transaction, keys it created no longer exist. */
  forget(): void {
    this.accounts.clear();
    this.grants.clear();
  }
}
