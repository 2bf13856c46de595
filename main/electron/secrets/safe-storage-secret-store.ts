/**
 * The fallback keychain: values encrypted by Electron safeStorage (the OS key store underneath), ciphertext kept
 * in SQLite. Used only when keytar can't be; on Linux `basic_text` is refused, never used silently. Like the OS
 * keychain it holds one item, Tether's data key (the sealed store keeps the rest), plus what the earlier design
 * kept here until it is moved.
 */
import { safeStorage as electronSafeStorage } from 'electron';
import type { Database, Statement } from 'better-sqlite3';
import type { GrantId } from '../../../shared/domain/ids';
import { registerSecret } from '../../core/logging/redact';
import { accountOf, assertStorableValue, grantOf, keyOfAccount } from '../../core/secrets/secret-keys';
import { SecretStoreError, type SecretKey, type SecretListing, type SecretStore, type SecretStoreHealth } from '../../core/secrets/secret-store';

/** The part of Electron's safeStorage this store uses (the async API, as Electron recommends). */
export type SafeStorageApi = Pick<
  Electron.SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

export interface SafeStorageSecretStoreOptions {
  /** The database that keeps the ciphertext (the history database is fine: the table is this store's own). */
  readonly db: Database;
  readonly safeStorage?: SafeStorageApi;
  readonly platform?: NodeJS.Platform;
  readonly now?: () => number;
}

/** The table this store owns. Only ciphertext goes in it. */
export const SECRET_BLOBS_DDL = `
CREATE TABLE IF NOT EXISTS secret_blobs (
  account     TEXT PRIMARY KEY NOT NULL,  -- the SecretKey, as in the keychain (secret-keys.ts)
  grant_id    TEXT,                       -- the grant it belongs to; NULL for app-wide secrets
  ciphertext  BLOB NOT NULL,              -- safeStorage output; never the value itself
  os_backend  TEXT NOT NULL,              -- the OS store that made the key (gnome_libsecret, kwallet6, darwin, win32)
  updated_at  INTEGER NOT NULL            -- epoch ms
) STRICT;
CREATE INDEX IF NOT EXISTS secret_blobs_by_grant ON secret_blobs (grant_id) WHERE grant_id IS NOT NULL;
`;

interface BlobRow {
  readonly ciphertext: Buffer;
}

/** Secrets encrypted with safeStorage, stored in SQLite. */
export class SafeStorageSecretStore implements SecretStore {
  readonly backend = 'safe-storage';
  private readonly safeStorage: SafeStorageApi;
  private readonly platform: NodeJS.Platform;
  private readonly now: () => number;
  private readonly selectBlob: Statement<[string], BlobRow>;
  private readonly upsertBlob: Statement<[string, string | null, Buffer, string, number]>;
  private readonly deleteBlob: Statement<[string]>;
  private readonly selectGrantAccounts: Statement<[string], { account: string }>;
  private readonly selectAllBlobs: Statement<[], { account: string; ciphertext: Buffer }>;

  constructor(options: SafeStorageSecretStoreOptions) {
    this.safeStorage = options.safeStorage ?? electronSafeStorage;
    this.platform = options.platform ?? process.platform;
    this.now = options.now ?? Date.now;
    options.db.exec(SECRET_BLOBS_DDL);
    this.selectBlob = options.db.prepare('SELECT ciphertext FROM secret_blobs WHERE account = ?');
    this.upsertBlob = options.db.prepare(
      `INSERT INTO secret_blobs (account, grant_id, ciphertext, os_backend, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (account) DO UPDATE SET ciphertext = excluded.ciphertext, os_backend = excluded.os_backend,
       updated_at = excluded.updated_at`,
    );
    this.deleteBlob = options.db.prepare('DELETE FROM secret_blobs WHERE account = ?');
    this.selectGrantAccounts = options.db.prepare('SELECT account FROM secret_blobs WHERE grant_id = ? ORDER BY account');
    this.selectAllBlobs = options.db.prepare('SELECT account, ciphertext FROM secret_blobs ORDER BY account');
  }

  /** The OS store safeStorage uses: the Linux backend name, or the platform elsewhere. */
  osBackend(): string {
    return this.platform === 'linux' ? this.safeStorage.getSelectedStorageBackend() : this.platform;
  }

  async health(): Promise<SecretStoreHealth> {
    try {
      if (this.platform === 'linux') {
        const backend = this.safeStorage.getSelectedStorageBackend();
        // basic_text means a key hard-coded in Chromium: as good as plaintext. Shown, never used.
        if (backend === 'basic_text') return { kind: 'insecure', backend: 'basic_text' };
        if (backend === 'unknown') return { kind: 'unavailable', reason: 'Electron safeStorage is not ready (asked before the app was ready)' };
      }
      if (!(await this.safeStorage.isAsyncEncryptionAvailable())) {
        return { kind: 'unavailable', reason: 'Electron safeStorage encryption is not available on this system' };
      }
      return { kind: 'ok', backend: 'safe-storage', detail: this.osBackend() };
    } catch (error) {
      return { kind: 'unavailable', reason: `Electron safeStorage failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  async get(key: SecretKey): Promise<string | null> {
    const account = accountOf(key);
    await this.assertUsable('read a secret');
    const row = this.selectBlob.get(account);
    if (!row) return null;
    let decrypted: Awaited<ReturnType<SafeStorageApi['decryptStringAsync']>>;
    try {
      decrypted = await this.safeStorage.decryptStringAsync(row.ciphertext);
    } catch (error) {
      // Kept, not deleted: the OS key may come back (a keyring switch, a restored profile).
      throw new SecretStoreError('unreadable', `The stored secret ${account} could not be decrypted; it was kept`, { cause: error });
    }
    registerSecret(decrypted.result);
    if (decrypted.shouldReEncrypt) await this.write(account, grantOf(key), decrypted.result);
    return decrypted.result;
  }

  async set(key: SecretKey, value: string): Promise<void> {
    const account = accountOf(key);
    assertStorableValue(value);
    registerSecret(value);
    await this.assertUsable('save a secret');
    await this.write(account, grantOf(key), value);
  }

  async delete(key: SecretKey): Promise<boolean> {
    const account = accountOf(key);
    return this.deleteBlob.run(account).changes > 0;
  }

  async listByGrant(grantId: GrantId): Promise<readonly SecretKey[]> {
    return this.selectGrantAccounts
      .all(grantId)
      .map((row) => keyOfAccount(row.account))
      .filter((key): key is SecretKey => key !== null);
  }

  /** Every item, for the one-time move into the sealed store; those safeStorage can't decrypt are listed, not dropped. */
  async readAll(): Promise<SecretListing> {
    await this.assertUsable('read your connections');
    const items: Array<{ key: SecretKey; value: string }> = [];
    const unreadable: SecretKey[] = [];
    for (const row of this.selectAllBlobs.all()) {
      const key = keyOfAccount(row.account);
      if (key === null) continue;
      try {
        const decrypted = await this.safeStorage.decryptStringAsync(row.ciphertext);
        registerSecret(decrypted.result);
        items.push({ key, value: decrypted.result });
      } catch {
        unreadable.push(key);
      }
    }
    return { items, unreadable };
  }

  private async write(account: string, grantId: GrantId | null, value: string): Promise<void> {
    let ciphertext: Buffer;
    try {
      ciphertext = await this.safeStorage.encryptStringAsync(value);
    } catch (error) {
      throw new SecretStoreError('unavailable', `Electron safeStorage could not encrypt ${account}`, { cause: error });
    }
    this.upsertBlob.run(account, grantId, ciphertext, this.osBackend(), this.now());
  }

  private async assertUsable(doing: string): Promise<void> {
    const health = await this.health();
    switch (health.kind) {
      case 'ok':
        return;
      case 'insecure':
        throw new SecretStoreError('insecure', `Refusing to ${doing}: the keychain is unavailable and Electron would only use basic_text (no real encryption)`);
      case 'locked':
        throw new SecretStoreError('locked', `Could not ${doing}: the key store is locked`);
      case 'unavailable':
        throw new SecretStoreError('unavailable', `Could not ${doing}: ${health.reason}`);
    }
  }
}
