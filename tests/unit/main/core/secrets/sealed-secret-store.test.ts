/**
 * The sealed store on a real SQLite database: AES-256-GCM with a fresh nonce per write and the grant and item as
 * associated data; a wrong, replaced or lost key detected (never garbage), nothing dropped; one key among
 * processes that start together.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MemorySecretStore } from '../../../../../main/core/secrets/memory-secret-store';
import { decodeDataKey } from '../../../../../main/core/secrets/data-key';
import { SecretStoreError, type SecretKey, type SecretStore } from '../../../../../main/core/secrets/secret-store';
import { UnavailableSecretStore } from '../../../../../main/core/secrets/unavailable-secret-store';
import type { GrantId } from '../../../../../shared/domain/ids';
import { openSealedKit, sealedRows, type SealedKit } from '../../../../fixtures/secrets/sealed-kit';

const A = 'facebook:100' as GrantId;
const B = 'twitter:200' as GrantId;
const TOKENS_A: SecretKey = { kind: 'grant_tokens', grantId: A };
const TOKENS_B: SecretKey = { kind: 'grant_tokens', grantId: B };
const DATA_KEY: SecretKey = { kind: 'data_key' };
const SECRET = 'EAAGm0PX4ZCpsBAplaintext-token-value-0123456789';

let kit: SealedKit;
afterEach(() => kit.dispose());

/** A keychain whose calls each take a while, so two stores' key lookups interleave as two processes' would. */
class SlowKeychain extends MemorySecretStore {
  override async get(key: SecretKey): Promise<string | null> {
    await new Promise((resolve) => setTimeout(resolve, 15));
    return super.get(key);
  }
  override async set(key: SecretKey, value: string): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 15));
    return super.set(key, value);
  }
}

function filesOf(dir: string): Buffer[] {
  return readdirSync(dir).map((name) => readFileSync(join(dir, name)));
}

describe('SealedSecretStore: sealing', () => {
  it('round-trips values, and neither the value nor the key is in any file of the folder', async () => {
    kit = openSealedKit();
    await kit.store.set(TOKENS_A, SECRET);
    await kit.store.set({ kind: 'app_secret', app: 'meta' }, 'meta-app-secret-ünïcode');
    expect(await kit.store.get(TOKENS_A)).toBe(SECRET);
    expect(await kit.reopen().get({ kind: 'app_secret', app: 'meta' })).toBe('meta-app-secret-ünïcode');
    expect(await kit.store.get(TOKENS_B)).toBeNull();
    const key = decodeDataKey((await kit.keychain.get(DATA_KEY)) ?? '');
    for (const bytes of filesOf(kit.dir)) {
      expect(bytes.includes(Buffer.from(SECRET))).toBe(false);
      expect(bytes.includes(key.bytes)).toBe(false);
      expect(bytes.includes(Buffer.from(key.bytes.toString('base64')))).toBe(false);
    }
  });

  it('draws a fresh 96-bit nonce for every write, even of the same value', async () => {
    kit = openSealedKit();
    const seen = new Set<string>();
    for (let i = 0; i < 20; i += 1) {
      await kit.store.set(TOKENS_A, SECRET);
      const [row] = sealedRows(kit.db);
      expect(row?.nonce).toHaveLength(12);
      seen.add(`${row?.nonce.toString('hex')}/${row?.sealed.toString('hex')}`);
    }
    expect(seen.size).toBe(20);
  });

  it("refuses a value moved onto another grant's row: the grant and item are authenticated with it", async () => {
    kit = openSealedKit();
    await kit.store.set(TOKENS_A, SECRET);
    await kit.store.set(TOKENS_B, 'the tokens of B');
    const rowA = sealedRows(kit.db).find((r) => r.grant_id === A);
    kit.db.prepare('UPDATE sealed_secrets SET nonce = ?, sealed = ? WHERE grant_id = ?').run(rowA?.nonce, rowA?.sealed, B);
    await expect(kit.store.get(TOKENS_B)).rejects.toMatchObject({ kind: 'unreadable', message: expect.stringMatching(/integrity/) });
    // Nothing was dropped: the row is still there for a reconnect to replace.
    expect(kit.store.has(TOKENS_B)).toBe(true);
  });

  it('refuses to put the data key itself in the database', async () => {
    kit = openSealedKit();
    await expect(kit.store.set(DATA_KEY, 'x'.repeat(40))).rejects.toMatchObject({ kind: 'invalid' });
  });
});

describe('SealedSecretStore: a wrong, lost or damaged key', () => {
  it('detects a rotated key by the GCM tag, even when the row claims the current key', async () => {
    kit = openSealedKit();
    await kit.store.set(TOKENS_A, SECRET);
    // The keychain now holds another key (restored from elsewhere, or replaced by hand).
    const other = new MemorySecretStore();
    const otherStore = kit.reopen(other);
    await otherStore.set(TOKENS_B, 'sealed under the other key');
    const currentId = sealedRows(kit.db).find((r) => r.grant_id === B)?.key_id;
    const error = await otherStore.get(TOKENS_A).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretStoreError);
    expect(error).toMatchObject({ kind: 'unreadable', message: expect.stringMatching(/no longer in your keychain/) });
    // A row relabelled with the current key's id still fails: GCM's tag, not the label, decides.
    kit.db.prepare('UPDATE sealed_secrets SET key_id = ? WHERE grant_id = ?').run(currentId, A);
    await expect(otherStore.get(TOKENS_A)).rejects.toMatchObject({ kind: 'unreadable', message: expect.stringMatching(/integrity/) });
  });

  it('after the keychain lost the key: says how much it cannot read, keeps it, and a reconnect writes anew', async () => {
    const keychain = new MemorySecretStore();
    kit = openSealedKit(keychain);
    await kit.store.set(TOKENS_A, SECRET);
    await kit.store.set({ kind: 'page_token', grantId: A, pageId: 'p1' }, 'page-token');
    await kit.store.set(TOKENS_B, 'b-tokens');
    await keychain.delete(DATA_KEY);

    const after = kit.reopen();
    await after.unlock();
    expect(after.sealedElsewhere()).toEqual({ grants: 2, appSecrets: 0 });
    await expect(after.get(TOKENS_A)).rejects.toMatchObject({ kind: 'unreadable' });
    expect((await after.readAll()).unreadable).toHaveLength(3);
    expect(sealedRows(kit.db)).toHaveLength(3);
    // Reconnecting B saves its tokens under the new key.
    await after.set(TOKENS_B, 'b-tokens-again');
    expect(await after.get(TOKENS_B)).toBe('b-tokens-again');
    expect(after.sealedElsewhere()).toEqual({ grants: 1, appSecrets: 0 });
  });

  it('leaves a damaged key item alone and reports the keychain unusable, rather than replacing it', async () => {
    const keychain = new MemorySecretStore();
    kit = openSealedKit(keychain);
    await keychain.set(DATA_KEY, 'tether-data-key:v1:not-a-key');
    await expect(kit.store.set(TOKENS_A, SECRET)).rejects.toMatchObject({ kind: 'unreadable', message: expect.stringMatching(/damaged/) });
    expect(await keychain.get(DATA_KEY)).toBe('tether-data-key:v1:not-a-key');
    expect(await kit.store.health()).toMatchObject({ kind: 'unavailable', reason: expect.stringMatching(/damaged/) });
    expect(sealedRows(kit.db)).toEqual([]);
  });

  it('passes a locked keychain through, loses nothing, and works once it is unlocked', async () => {
    const keychain = new MemorySecretStore();
    kit = openSealedKit(keychain);
    await kit.store.set(TOKENS_A, SECRET);
    let locked = true;
    const lockable: SecretStore = Object.assign(Object.create(keychain) as SecretStore, {
      get: (key: SecretKey) => (locked ? new UnavailableSecretStore({ kind: 'locked' }).get(key) : keychain.get(key)),
    });
    const later = kit.reopen(lockable);
    await expect(later.get(TOKENS_A)).rejects.toMatchObject({ kind: 'locked' });
    expect(await later.delete({ kind: 'page_token', grantId: A, pageId: 'none' })).toBe(false);
    locked = false;
    expect(await later.get(TOKENS_A)).toBe(SECRET);
  });
});

describe('SealedSecretStore: one key among processes', () => {
  it('creates one data key when several stores on one folder start at the same moment', async () => {
    const keychain = new SlowKeychain();
    kit = openSealedKit(keychain);
    const stores = [kit.store, kit.reopen(), kit.reopen(), kit.reopen()];
    const keys = await Promise.all(stores.map((s) => s.unlock()));
    expect(new Set(keys.map((k) => k.id)).size).toBe(1);
    await Promise.all(stores.map((s, i) => s.set({ kind: 'page_token', grantId: A, pageId: `p${i}` }, `page-${i}`)));
    for (let i = 0; i < stores.length; i += 1) expect(await kit.reopen().get({ kind: 'page_token', grantId: A, pageId: `p${i}` })).toBe(`page-${i}`);
  });
});
