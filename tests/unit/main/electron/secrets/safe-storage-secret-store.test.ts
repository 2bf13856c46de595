// The safeStorage adapter against a real SQLite file; only `electron` is faked, with a safeStorage that really
// encrypts (AES-256-GCM under a key the test controls), so the file can be searched for plaintext.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GrantId } from '../../../../../shared/domain/ids';

const fake = vi.hoisted(() => ({
  backend: 'gnome_libsecret' as string,
  available: true,
  key: Buffer.alloc(32, 7),
  /** Keys that still decrypt but should be rotated (shouldReEncrypt). */
  oldKeys: [] as Buffer[],
}));

vi.mock('electron', () => {
  const seal = (key: Buffer, plain: string): Buffer => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from('v11'), iv, cipher.getAuthTag(), body]);
  };
  const open = (key: Buffer, sealed: Buffer): string => {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(3, 15));
    decipher.setAuthTag(sealed.subarray(15, 31));
    return Buffer.concat([decipher.update(sealed.subarray(31)), decipher.final()]).toString('utf8');
  };
  const safeStorage = {
    getSelectedStorageBackend: () => fake.backend,
    isAsyncEncryptionAvailable: async () => fake.available,
    encryptStringAsync: async (plain: string) => seal(fake.key, plain),
    decryptStringAsync: async (sealed: Buffer) => {
      try {
        return { result: open(fake.key, sealed), shouldReEncrypt: false };
      } catch {
        for (const old of fake.oldKeys) {
          try {
            return { result: open(old, sealed), shouldReEncrypt: true };
          } catch {
            // next key
          }
        }
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      }
    },
  };
  const module = { safeStorage };
  return { ...module, default: module };
});

const { SafeStorageSecretStore } = await import('../../../../../main/electron/secrets/safe-storage-secret-store');
const { chooseSecretStore } = await import('../../../../../main/core/secrets/choose-secret-store');
const { isSecretStoreError } = await import('../../../../../main/core/secrets/secret-store');
const { redactString } = await import('../../../../../main/core/logging/redact');
const { openSealedSecrets } = await import('../../../../../main/core/app/open-secrets');
const { migrate } = await import('../../../../../main/core/history/migrate');
const { MIGRATIONS } = await import('../../../../../main/core/history/migrations');

const grant = (id: string): GrantId => id as GrantId;
const GRAPH_TOKEN = 'EAAGm0PX4ZCpsBAKZCnRZBnZBZBjZCDdLoWzZA1x9mWZCYpL2qQ7ZB8vZCuZAhCgZDZD';

let dir: string;
let db: Database;

beforeEach(() => {
  fake.backend = 'gnome_libsecret';
  fake.available = true;
  fake.key = Buffer.alloc(32, 7);
  fake.oldKeys = [];
  dir = mkdtempSync(join(tmpdir(), 'tether-safe-storage-'));
  db = new BetterSqlite3(join(dir, 'tether.db'));
  db.pragma('journal_mode = WAL');
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('expected a rejection'),
    (error: unknown) => error,
  );
}

/** Every byte SQLite has on disk for this database: the main file, the WAL and the shared-memory index. */
function bytesOnDisk(): Buffer {
  return Buffer.concat(readdirSync(dir).map((name) => readFileSync(join(dir, name))));
}

describe('SafeStorageSecretStore', () => {
  it('reports the Linux backend it runs on', async () => {
    const store = new SafeStorageSecretStore({ db, platform: 'linux' });
    await expect(store.health()).resolves.toEqual({ kind: 'ok', backend: 'safe-storage', detail: 'gnome_libsecret' });
    fake.backend = 'kwallet6';
    expect(store.osBackend()).toBe('kwallet6');
  });

  it('round-trips, and nothing readable reaches the database file or its WAL', async () => {
    const store = new SafeStorageSecretStore({ db, platform: 'linux' });
    await store.set({ kind: 'grant_tokens', grantId: grant('fb-1') }, GRAPH_TOKEN);
    await store.set({ kind: 'app_secret', app: 'meta' }, 'meta secret ✓ ünïcode');
    await expect(store.get({ kind: 'grant_tokens', grantId: grant('fb-1') })).resolves.toBe(GRAPH_TOKEN);
    await expect(store.get({ kind: 'app_secret', app: 'meta' })).resolves.toBe('meta secret ✓ ünïcode');
    const disk = bytesOnDisk();
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['tether.db', 'tether.db-wal']));
    expect(disk.includes(Buffer.from(GRAPH_TOKEN))).toBe(false);
    expect(disk.includes(Buffer.from(GRAPH_TOKEN, 'utf16le'))).toBe(false);
    expect(disk.includes(Buffer.from('meta secret'))).toBe(false);
    // The account names are there (they are not secret), so the search above did look at the right bytes.
    expect(disk.includes(Buffer.from('grant:fb-1:tokens'))).toBe(true);
  });

  it('overwrites, deletes, and lists by grant without mixing grants', async () => {
    const store = new SafeStorageSecretStore({ db, platform: 'linux' });
    await store.set({ kind: 'grant_tokens', grantId: grant('a') }, 'tokens-a-1');
    await store.set({ kind: 'grant_tokens', grantId: grant('a') }, 'tokens-a-2');
    await store.set({ kind: 'page_token', grantId: grant('a'), pageId: '101' }, 'page-101');
    await store.set({ kind: 'grant_tokens', grantId: grant('a:b') }, 'tokens-ab');
    await store.set({ kind: 'app_secret', app: 'meta' }, 'app-secret');
    await expect(store.get({ kind: 'grant_tokens', grantId: grant('a') })).resolves.toBe('tokens-a-2');
    await expect(store.listByGrant(grant('a'))).resolves.toEqual([
      { kind: 'page_token', grantId: 'a', pageId: '101' },
      { kind: 'grant_tokens', grantId: 'a' },
    ]);
    await expect(store.listByGrant(grant('a:b'))).resolves.toEqual([{ kind: 'grant_tokens', grantId: 'a:b' }]);
    await expect(store.delete({ kind: 'page_token', grantId: grant('a'), pageId: '101' })).resolves.toBe(true);
    await expect(store.delete({ kind: 'page_token', grantId: grant('a'), pageId: '101' })).resolves.toBe(false);
    await expect(store.get({ kind: 'page_token', grantId: grant('a'), pageId: '101' })).resolves.toBeNull();
    expect(db.prepare('SELECT count(*) AS n FROM secret_blobs').get()).toEqual({ n: 3 });
  });

  it('refuses basic_text: health says insecure, nothing is read or written', async () => {
    const store = new SafeStorageSecretStore({ db, platform: 'linux' });
    await store.set({ kind: 'grant_tokens', grantId: grant('g') }, 'stored-before');
    fake.backend = 'basic_text';
    await expect(store.health()).resolves.toEqual({ kind: 'insecure', backend: 'basic_text' });
    const setError = await rejection(store.set({ kind: 'grant_tokens', grantId: grant('h') }, 'must-not-be-stored'));
    expect(isSecretStoreError(setError, 'insecure')).toBe(true);
    expect((setError as Error).message).toMatch(/basic_text/);
    expect(isSecretStoreError(await rejection(store.get({ kind: 'grant_tokens', grantId: grant('g') })), 'insecure')).toBe(true);
    expect(db.prepare('SELECT account FROM secret_blobs').all()).toEqual([{ account: 'grant:g:tokens' }]);
  });

  it('is unavailable before the app is ready or when encryption is off, and says so', async () => {
    const store = new SafeStorageSecretStore({ db, platform: 'linux' });
    fake.backend = 'unknown';
    await expect(store.health()).resolves.toMatchObject({ kind: 'unavailable', reason: expect.stringMatching(/before the app was ready/) });
    fake.backend = 'gnome_libsecret';
    fake.available = false;
    await expect(store.health()).resolves.toMatchObject({ kind: 'unavailable', reason: expect.stringMatching(/not available/) });
    expect(isSecretStoreError(await rejection(store.set({ kind: 'app_secret', app: 'meta' }, 'value-1')), 'unavailable')).toBe(true);
  });

  it('keeps a value it can no longer decrypt, and reads it again once the key is back', async () => {
    const store = new SafeStorageSecretStore({ db, platform: 'linux' });
    await store.set({ kind: 'grant_tokens', grantId: grant('g') }, 'value-under-key-1');
    const original = fake.key;
    fake.key = Buffer.alloc(32, 9);
    const error = await rejection(store.get({ kind: 'grant_tokens', grantId: grant('g') }));
    expect(isSecretStoreError(error, 'unreadable')).toBe(true);
    expect(db.prepare('SELECT count(*) AS n FROM secret_blobs').get()).toEqual({ n: 1 });
    fake.key = original;
    await expect(store.get({ kind: 'grant_tokens', grantId: grant('g') })).resolves.toBe('value-under-key-1');
  });

  it('re-encrypts when safeStorage asks to (a rotated key)', async () => {
    const store = new SafeStorageSecretStore({ db, platform: 'linux', now: () => 1000 });
    await store.set({ kind: 'grant_tokens', grantId: grant('g') }, 'rotating-value');
    const before = db.prepare('SELECT ciphertext FROM secret_blobs').get() as { ciphertext: Buffer };
    fake.oldKeys = [fake.key];
    fake.key = Buffer.alloc(32, 11);
    await expect(store.get({ kind: 'grant_tokens', grantId: grant('g') })).resolves.toBe('rotating-value');
    const after = db.prepare('SELECT ciphertext FROM secret_blobs').get() as { ciphertext: Buffer };
    expect(after.ciphertext.equals(before.ciphertext)).toBe(false);
    fake.oldKeys = [];
    await expect(store.get({ kind: 'grant_tokens', grantId: grant('g') })).resolves.toBe('rotating-value');
  });

  it('ignores the Linux backend on other platforms', async () => {
    fake.backend = 'basic_text';
    const store = new SafeStorageSecretStore({ db, platform: 'darwin' });
    await expect(store.health()).resolves.toEqual({ kind: 'ok', backend: 'safe-storage', detail: 'darwin' });
  });

  it('owns a STRICT table and can be opened twice on one database', async () => {
    const first = new SafeStorageSecretStore({ db, platform: 'linux' });
    await first.set({ kind: 'app_secret', app: 'meta' }, 'kept-across-instances');
    const second = new SafeStorageSecretStore({ db, platform: 'linux' });
    await expect(second.get({ kind: 'app_secret', app: 'meta' })).resolves.toBe('kept-across-instances');
    const ddl = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'secret_blobs'").get() as { sql: string };
    expect(ddl.sql).toMatch(/\)\s*STRICT$/);
    expect(() => db.prepare("INSERT INTO secret_blobs VALUES ('x', NULL, 'not a blob', 'b', 1)").run()).toThrow(/cannot store TEXT value in BLOB column/);
  });

  it('makes values it handled unloggable', async () => {
    const store = new SafeStorageSecretStore({ db, platform: 'linux' });
    await store.set({ kind: 'app_secret', app: 'meta' }, 'an ordinary looking secret');
    expect(redactString('oops: an ordinary looking secret')).toBe('oops: [redacted]');
  });

  it('is what the chooser hands out when the keychain is unavailable', async () => {
    const fallback = new SafeStorageSecretStore({ db, platform: 'linux' });
    const choice = await chooseSecretStore({ loadFailure: 'keytar could not load' }, async () => ({ store: fallback, health: await fallback.health() }));
    expect(choice).toMatchObject({ source: 'fallback', health: { kind: 'ok', backend: 'safe-storage', detail: 'gnome_libsecret' } });
    await choice.store.set({ kind: 'grant_tokens', grantId: grant('g') }, 'through-the-choice');
    await expect(fallback.get({ kind: 'grant_tokens', grantId: grant('g') })).resolves.toBe('through-the-choice');
  });
});

describe('SafeStorageSecretStore as the keychain of the sealed store', () => {
  beforeEach(() => migrate(db, MIGRATIONS));

  async function open(isKnownGrant: (id: GrantId) => boolean = () => true) {
    const keychain = new SafeStorageSecretStore({ db, platform: 'linux' });
    return openSealedSecrets({ db, keychain: { store: keychain, health: await keychain.health() }, isKnownGrant });
  }

  it('holds only the wrapped data key; tokens are sealed in the database', async () => {
    const { store, health } = await open();
    expect(health).toMatchObject({ kind: 'ok', backend: 'safe-storage' });
    await store.set({ kind: 'grant_tokens', grantId: grant('fb-1') }, GRAPH_TOKEN);
    await expect((await open()).store.get({ kind: 'grant_tokens', grantId: grant('fb-1') })).resolves.toBe(GRAPH_TOKEN);
    expect(db.prepare('SELECT account FROM secret_blobs').all()).toEqual([{ account: 'data-key' }]);
    expect(db.prepare('SELECT account FROM sealed_secrets').all()).toEqual([{ account: 'grant:fb-1:tokens' }]);
    expect(bytesOnDisk().includes(Buffer.from(GRAPH_TOKEN))).toBe(false);
  });

  it('moves what the earlier design kept in secret_blobs, once, and only for grants it knows', async () => {
    const earlier = new SafeStorageSecretStore({ db, platform: 'linux' });
    await earlier.set({ kind: 'grant_tokens', grantId: grant('known') }, 'known-tokens');
    await earlier.set({ kind: 'page_token', grantId: grant('known'), pageId: '7' }, 'page-7');
    await earlier.set({ kind: 'app_secret', app: 'meta' }, 'meta-secret');
    await earlier.set({ kind: 'grant_tokens', grantId: grant('stranger') }, 'not-ours');
    const { store } = await open((id) => id === grant('known'));
    await expect(store.get({ kind: 'page_token', grantId: grant('known'), pageId: '7' })).resolves.toBe('page-7');
    await expect(store.get({ kind: 'app_secret', app: 'meta' })).resolves.toBe('meta-secret');
    expect(db.prepare('SELECT account FROM secret_blobs ORDER BY account').all()).toEqual([{ account: 'data-key' }, { account: 'grant:stranger:tokens' }]);
  });

  it('says so, and replaces nothing, when safeStorage can no longer unwrap the data key; works again once it can', async () => {
    await (await open()).store.set({ kind: 'grant_tokens', grantId: grant('g') }, 'sealed-value');
    const original = fake.key;
    fake.key = Buffer.alloc(32, 9);
    const { store, health } = await open();
    expect(health).toMatchObject({ kind: 'unavailable', reason: expect.stringMatching(/could not be decrypted; it was kept/) });
    expect(isSecretStoreError(await rejection(store.get({ kind: 'grant_tokens', grantId: grant('g') })), 'unreadable')).toBe(true);
    expect(isSecretStoreError(await rejection(store.set({ kind: 'grant_tokens', grantId: grant('h') }, 'new')), 'unreadable')).toBe(true);
    expect(db.prepare('SELECT count(*) AS n FROM secret_blobs').get()).toEqual({ n: 1 });
    fake.key = original;
    await expect(store.get({ kind: 'grant_tokens', grantId: grant('g') })).resolves.toBe('sealed-value');
  });

  it('refuses basic_text for the data key too: nothing is sealed', async () => {
    fake.backend = 'basic_text';
    const { store, health } = await open();
    expect(health).toEqual({ kind: 'insecure', backend: 'basic_text' });
    expect(isSecretStoreError(await rejection(store.set({ kind: 'grant_tokens', grantId: grant('g') }, 'x-value')), 'insecure')).toBe(true);
    expect(db.prepare('SELECT count(*) AS n FROM sealed_secrets').get()).toEqual({ n: 0 });
  });
});
