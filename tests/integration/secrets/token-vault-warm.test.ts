// The token vault's bulk read against a real Secret Service (gnome-keyring from scripts/with-keyring.sh): one
// keychain listing fills the cache for a sweep, and a refreshed pair waiting in a "next" slot still wins.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GrantId } from '../../../shared/domain/ids';
import { KeytarSecretStore } from '../../../main/core/secrets/keytar-secret-store';
import { loadKeytar } from '../../../main/core/secrets/keytar-loader';
import type { SecretKey, SecretStore } from '../../../main/core/secrets/secret-store';
import { encodeTokenSet, type TokenSet } from '../../../main/core/secrets/token-set.codec';
import { TokenVault } from '../../../main/core/secrets/token-vault';
import { tokenSet } from '../../../main/app/demo/open-demo-core';

const service = `Tether-warm-${process.pid}-${Date.now()}`;
const keychain = new KeytarSecretStore({ service, timeoutMs: 20_000 });
const grant = (id: string): GrantId => id as GrantId;
const pair = (name: string): TokenSet => tokenSet(`access-${name}`, `refresh-${name}`, 7200, ['tweet.read'], 1_000);

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
  for (let i = 0; i < 20; i += 1) {
    await keychain.set({ kind: 'grant_tokens', grantId: grant(`g${i}`) }, encodeTokenSet(pair(`g${i}`)));
    await keychain.set({ kind: 'page_token', grantId: grant(`g${i}`), pageId: 'p1' }, `page-token-g${i}`);
  }
  // g0 was refreshed by a process that died before it replaced the current pair; g1's slot was already used.
  await keychain.set({ kind: 'grant_tokens_next', grantId: grant('g0') }, encodeTokenSet(pair('g0-next')));
  await keychain.set({ kind: 'grant_tokens_next', grantId: grant('g1') }, 'spent');
  await keychain.set({ kind: 'app_secret', app: 'meta' }, 'meta-app-secret-value');
});

afterAll(async () => {
  const loaded = await loadKeytar();
  if (loaded.kind !== 'loaded') return;
  for (const item of await loaded.keytar.findCredentials(service)) await loaded.keytar.deletePassword(service, item.account);
});

describe('TokenVault.warm', () => {
  it('reads every grant, Page token and the app secret of a sweep with one keychain listing', async () => {
    const { store, calls } = counted(keychain);
    const vault = new TokenVault(store);
    await expect(vault.warm()).resolves.toBe(true);
    for (let i = 2; i < 20; i += 1) {
      expect((await vault.read(grant(`g${i}`)))?.refreshToken).toBe(`refresh-g${i}`);
      expect(await vault.pageTokens(grant(`g${i}`), ['p1', 'p-unknown'])).toEqual(new Map([['p1', `page-token-g${i}`]]));
    }
    expect((await vault.read(grant('g1')))?.refreshToken).toBe('refresh-g1');
    for (let i = 0; i < 50; i += 1) expect(await vault.appSecret('meta')).toBe('meta-app-secret-value');
    expect(calls).toEqual(['readAll']);
  });

  it('leaves a pair waiting in the "next" slot to be promoted by a real read, and marks the slot spent', async () => {
    const { store, calls } = counted(keychain);
    const vault = new TokenVault(store);
    await vault.warm();
    expect((await vault.read(grant('g0')))?.refreshToken).toBe('refresh-g0-next');
    expect(calls).toEqual(['readAll', 'get grant_tokens_next', 'set grant_tokens', 'set grant_tokens_next']);
    await expect(keychain.get({ kind: 'grant_tokens_next', grantId: grant('g0') })).resolves.toBe('spent');
    expect((await new TokenVault(keychain).readFresh(grant('g0')))?.refreshToken).toBe('refresh-g0-next');
  });
});
