// The token vault's warm-up against a real Secret Service (gnome-keyring from scripts/with-keyring.sh): the
// keychain holds one item, Tether's data key; a sweep reads it once and every sealed token with one query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GrantId } from '../../../shared/domain/ids';
import { KeytarSecretStore } from '../../../main/core/secrets/keytar-secret-store';
import { loadKeytar } from '../../../main/core/secrets/keytar-loader';
import { SealedSecretStore } from '../../../main/core/secrets/sealed-secret-store';
import type { SecretKey, SecretStore } from '../../../main/core/secrets/secret-store';
import { encodeTokenSet, type TokenSet } from '../../../main/core/secrets/token-set.codec';
import { TokenVault } from '../../../main/core/secrets/token-vault';
import { tokenSet } from '../../../main/app/demo/open-demo-core';
import { openTestDatabase, type TestDatabase } from '../../fixtures/history/history-db';

const service = `Tether-warm-${process.pid}-${Date.now()}`;
const keychain = new KeytarSecretStore({ service, timeoutMs: 20_000 });
const grant = (id: string): GrantId => id as GrantId;
const pair = (name: string): TokenSet => tokenSet(`access-${name}`, `refresh-${name}`, 7200, ['tweet.read'], 1_000);
let test: TestDatabase;

/** The real keychain store, with every call it receives counted by kind. */
function counted(store: KeytarSecretStore): { store: SecretStore; calls: string[] } {
  const calls: string[] = [];
  const wrapped: SecretStore = {
    backend: store.backend,
    get: (key: SecretKey) => (calls.push(`get ${key.kind}`), store.get(key)),
    set: (key: SecretKey, value: string) => (calls.push(`set ${key.kind}`), store.set(key, value)),
    delete: (key: SecretKey) => (calls.push(`delete ${key.kind}`), store.delete(key)),
    listByGrant: (g: GrantId) => (calls.push('listByGrant'), store.listByGrant(g)),
    health: () => store.health(),
    readAll: () => (calls.push('readAll'), store.readAll()),
  };
  return { store: wrapped, calls };
}

beforeAll(async () => {
  test = openTestDatabase();
  const sealed = new SealedSecretStore({ db: test.db, keychain });
  for (let i = 0; i < 20; i += 1) {
    await sealed.set({ kind: 'grant_tokens', grantId: grant(`g${i}`) }, encodeTokenSet(pair(`g${i}`)));
    await sealed.set({ kind: 'page_token', grantId: grant(`g${i}`), pageId: 'p1' }, `page-token-g${i}`);
  }
  await sealed.set({ kind: 'app_secret', app: 'meta' }, 'meta-app-secret-value');
});

afterAll(async () => {
  test.dispose();
  const loaded = await loadKeytar();
  if (loaded.kind !== 'loaded') return;
  for (const item of await loaded.keytar.findCredentials(service)) await loaded.keytar.deletePassword(service, item.account);
});

describe('TokenVault.warm over the sealed store', () => {
  it('keeps one item in the keychain for 20 grants, their Page tokens and the app secret', async () => {
    const loaded = await loadKeytar();
    if (loaded.kind !== 'loaded') throw new Error(loaded.reason);
    expect((await loaded.keytar.findCredentials(service)).map((c) => c.account)).toEqual(['data-key']);
  });

  it('reads every grant, Page token and the app secret of a sweep with one keychain read', async () => {
    const { store, calls } = counted(keychain);
    const vault = new TokenVault(new SealedSecretStore({ db: test.db, keychain: store }));
    await expect(vault.warm()).resolves.toBe(true);
    for (let i = 0; i < 20; i += 1) {
      expect((await vault.read(grant(`g${i}`)))?.refreshToken).toBe(`refresh-g${i}`);
      expect(await vault.pageTokens(grant(`g${i}`), ['p1', 'p-unknown'])).toEqual(new Map([['p1', `page-token-g${i}`]]));
    }
    for (let i = 0; i < 50; i += 1) expect(await vault.appSecret('meta')).toBe('meta-app-secret-value');
    expect(calls).toEqual(['get data_key']);
  });
});
