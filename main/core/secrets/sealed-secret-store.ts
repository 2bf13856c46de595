/**
 * The SecretStore Tether uses for tokens and app secrets: each value sealed with AES-256-GCM under the one data
 * key and kept in the database, so the keychain holds a single item and a sweep reads every token with one query
 * instead of one keychain search per item. The key is read from the keychain once per process (created there,
 * under a cross-process lease, when it has none). A value sealed under another key, or changed on disk, is
 * reported as unreadable and kept: never decrypted to garbage, never dropped.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { GrantId } from '../../../shared/domain/ids';
import type { Logger } from '../logging/create-logger';
import { registerSecret } from '../logging/redact';
import { decodeDataKey, encodeDataKey, newDataKey, type DataKey } from './data-key';
import { open, seal, sealContext } from './sealed-box';
import { accountOf, assertStorableValue, grantOf, keyOfAccount } from './secret-keys';
import { SecretStoreState } from './secret-store-state';
import { SecretStoreError, type SecretKey, type SecretListing, type SecretStore, type SecretStoreHealth } from './secret-store';

const DATA_KEY: SecretKey = { kind: 'data_key' };

/** What an unreadable item is, in words (never its account name, which holds ids). */
const WHAT: Readonly<Record<SecretKey['kind'], string>> = {
  grant_tokens: "this login's saved tokens",
  grant_tokens_next: "this login's saved tokens",
  page_token: "this login's saved Page tokens",
  app_secret: 'the saved app secret',
  data_key: 'the data key',
  alert_webhook: 'the team channel’s webhook address',
};

interface SealedRow {
  readonly account: string;
  readonly grant_id: string | null;
  readonly key_id: string;
  readonly nonce: Buffer;
  readonly sealed: Buffer;
}

export interface SealedSecretStoreOptions {
  readonly db: Database;
  /** Where the data key lives: the OS keychain, Electron safeStorage, or memory (demo mode). */
  readonly keychain: SecretStore;
  readonly log?: Logger;
  readonly now?: () => number;
}

/** What the database holds that the current key can't open: sealed under another key (lost or replaced). */
export interface SealedElsewhere {
  /** Logins with anything sealed under another key. */
  readonly grants: number;
  /** App secrets (the Meta App Secret) sealed under another key. */
  readonly appSecrets: number;
}

export class SealedSecretStore implements SecretStore {
  readonly backend: SecretStore['backend'];
  readonly state: SecretStoreState;
  private readonly keychain: SecretStore;
  private readonly log: Logger | undefined;
  private readonly now: () => number;
  private key: DataKey | null = null;
  private unlocking: Promise<DataKey> | null = null;
  /** The keychain's key item exists but is damaged: nothing can be sealed or opened until someone looks. */
  private damagedKey: SecretStoreError | null = null;
  private readonly selectOne: Statement<[string], SealedRow>;
  private readonly selectAll: Statement<[], SealedRow>;
  private readonly upsert: Statement<[string, string | null, string, Buffer, Buffer, number]>;
  private readonly deleteOne: Statement<[string]>;
  private readonly accountsOfGrant: Statement<[string], { account: string }>;
  private readonly countElsewhere: Statement<[string], { grants: number; appSecrets: number | null }>;

  constructor(options: SealedSecretStoreOptions) {
    const { db } = options;
    this.keychain = options.keychain;
    this.backend = options.keychain.backend;
    this.log = options.log;
    this.now = options.now ?? Date.now;
    this.state = new SecretStoreState(db, this.now);
    this.selectOne = db.prepare('SELECT account, grant_id, key_id, nonce, sealed FROM sealed_secrets WHERE account = ?');
    this.selectAll = db.prepare('SELECT account, grant_id, key_id, nonce, sealed FROM sealed_secrets');
    this.upsert = db.prepare(
      `INSERT INTO sealed_secrets (account, grant_id, key_id, nonce, sealed, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (account) DO UPDATE SET grant_id = excluded.grant_id, key_id = excluded.key_id, nonce = excluded.nonce,
       sealed = excluded.sealed, updated_at = excluded.updated_at`,
    );
    this.deleteOne = db.prepare('DELETE FROM sealed_secrets WHERE account = ?');
    this.accountsOfGrant = db.prepare('SELECT account FROM sealed_secrets WHERE grant_id = ? ORDER BY account');
    this.countElsewhere = db.prepare('SELECT COUNT(DISTINCT grant_id) AS grants, SUM(grant_id IS NULL) AS appSecrets FROM sealed_secrets WHERE key_id <> ?');
  }

  /**
   * The data key, read from the keychain once; created there when it has none. Rejects with the keychain's own
   * error (locked, unavailable) and tries again at the next call, so unlocking the keychain is enough.
   */
  unlock(): Promise<DataKey> {
    if (this.key) return Promise.resolve(this.key);
    this.unlocking ??= this.readOrCreateKey()
      .then((key) => {
        this.key = key;
        this.damagedKey = null;
        return key;
      })
      .catch((error: unknown) => {
        if (error instanceof SecretStoreError && error.kind === 'unreadable') this.damagedKey = error;
        throw error;
      })
      .finally(() => {
        this.unlocking = null;
      });
    return this.unlocking;
  }

  async get(key: SecretKey): Promise<string | null> {
    const account = accountOf(key);
    const row = this.selectOne.get(account);
    if (!row) return null;
    const value = this.openRow(await this.unlock(), row);
    if (value === null) throw this.unreadable(key, row, await this.unlock());
    return value;
  }

  async set(key: SecretKey, value: string): Promise<void> {
    const account = accountOf(key);
    if (key.kind === 'data_key') throw new SecretStoreError('invalid', 'The data key lives in the keychain, never in the database');
    assertStorableValue(value);
    registerSecret(value);
    const dataKey = await this.unlock();
    const grantId = grantOf(key);
    const box = seal(dataKey.bytes, value, sealContext(grantId, account));
    this.upsert.run(account, grantId, dataKey.id, box.nonce, box.sealed, this.now());
  }

  /** Whether a value is sealed under this key (readable or not). */
  has(key: SecretKey): boolean {
    return this.selectOne.get(accountOf(key)) !== undefined;
  }

  async delete(key: SecretKey): Promise<boolean> {
    return this.deleteOne.run(accountOf(key)).changes > 0;
  }

  async listByGrant(grantId: GrantId): Promise<readonly SecretKey[]> {
    return this.accountsOfGrant
      .all(grantId)
      .map((row) => keyOfAccount(row.account))
      .filter((key): key is SecretKey => key !== null);
  }

  /** Every sealed value in one query; those the key can't open are listed as unreadable, not dropped. */
  async readAll(): Promise<SecretListing> {
    const dataKey = await this.unlock();
    const items: Array<{ key: SecretKey; value: string }> = [];
    const unreadable: SecretKey[] = [];
    for (const row of this.selectAll.iterate()) {
      const key = keyOfAccount(row.account);
      if (key === null) continue;
      const value = this.openRow(dataKey, row);
      if (value === null) unreadable.push(key);
      else items.push({ key, value });
    }
    return { items, unreadable };
  }

  async health(): Promise<SecretStoreHealth> {
    const health = await this.keychain.health();
    if (health.kind === 'ok' && this.damagedKey) return { kind: 'unavailable', reason: this.damagedKey.message };
    return health;
  }

  /** How much the database holds under a key other than the current one (after the keychain lost Tether's key). */
  sealedElsewhere(): SealedElsewhere {
    const counts = this.key ? this.countElsewhere.get(this.key.id) : undefined;
    return { grants: counts?.grants ?? 0, appSecrets: counts?.appSecrets ?? 0 };
  }

  private openRow(dataKey: DataKey, row: SealedRow): string | null {
    if (row.key_id !== dataKey.id) return null;
    const value = open(dataKey.bytes, { nonce: row.nonce, sealed: row.sealed }, sealContext(row.grant_id, row.account));
    if (value !== null) registerSecret(value);
    return value;
  }

  private unreadable(key: SecretKey, row: SealedRow, dataKey: DataKey): SecretStoreError {
    const why =
      row.key_id !== dataKey.id
        ? 'they were sealed with a key that is no longer in your keychain (the key was deleted or replaced)'
        : 'they failed their integrity check (the database was changed outside Tether)';
    return new SecretStoreError('unreadable', `Tether can't read ${WHAT[key.kind]}: ${why}. Reconnect to save them again; the old copy is kept.`);
  }

  private async readOrCreateKey(): Promise<DataKey> {
    const existing = await this.keychain.get(DATA_KEY);
    if (existing !== null) return decodeDataKey(existing);
    // One process creates it; the others, waiting on the lease, find it when they look again.
    return this.state.withLease('data-key', async () => {
      const again = await this.keychain.get(DATA_KEY);
      if (again !== null) return decodeDataKey(again);
      const created = newDataKey();
      const text = encodeDataKey(created);
      await this.keychain.set(DATA_KEY, text);
      if ((await this.keychain.get(DATA_KEY)) !== text) {
        throw new SecretStoreError('unavailable', 'The keychain did not keep the key Tether just saved in it; nothing was sealed');
      }
      this.log?.info('created the data key in the keychain', { backend: this.keychain.backend });
      return created;
    });
  }
}
