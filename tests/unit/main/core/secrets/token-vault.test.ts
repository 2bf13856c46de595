/** TokenVault over an in-memory SecretStore: caching, fresh reads, crash-safe rotation and Page tokens. */
import { describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../../../../../main/core/secrets/memory-secret-store';
import { TokenVault } from '../../../../../main/core/secrets/token-vault';
import { encodeTokenSet, type TokenSet } from '../../../../../main/core/secrets/token-set.codec';
import { SecretStoreError, type SecretKey, type SecretStore } from '../../../../../main/core/secrets/secret-store';
import type { GrantId } from '../../../../../shared/domain/ids';
// Not deleted: keytar's bulk read crashes when another process deletes an item mid-read (see token-vault.ts).
import { SPENT_NEXT } from '../../../../../main/core/secrets/vault-snapshot';

const G = 'grant-vault' as GrantId;
const CURRENT: SecretKey = { kind: 'grant_tokens', grantId: G };
const NEXT: SecretKey = { kind: 'grant_tokens_next', grantId: G };

function tokens(n: number): TokenSet {
  return {
    v: 1,
    accessToken: `access-${n}`,
    refreshToken: `refresh-${n}`,
    accessExpiresAt: 1_000 * n,
    refreshExpiresAt: null,
    dataAccessExpiresAt: null,
    scopes: ['users.read'],
    obtainedAt: n,
  };
}

/** A store whose writes of one key start failing on demand, as a process dying mid-save would leave things. */
class FailingWrites implements SecretStore {
  readonly backend = 'memory';
  failOn: SecretKey['kind'] | null = null;
  constructor(readonly inner = new MemorySecretStore()) {}
  get = (key: SecretKey) => this.inner.get(key);
  delete = (key: SecretKey) => this.inner.delete(key);
  listByGrant = (grantId: GrantId) => this.inner.listByGrant(grantId);
  health = () => this.inner.health();
  set(key: SecretKey, value: string): Promise<void> {
    if (key.kind === this.failOn) return Promise.reject(new SecretStoreError('unavailable', 'the keychain went away'));
    return this.inner.set(key, value);
  }
}

describe('TokenVault: reading', () => {
  it('returns null for a grant with no tokens, and the saved set after save', async () => {
    const vault = new TokenVault(new MemorySecretStore());
    expect(await vault.read(G)).toBeNull();
    await vault.save(G, tokens(1));
    expect(await vault.read(G)).toEqual(tokens(1));
  });

  it('serves reads from its cache, and readFresh from the store', async () => {
    const store = new MemorySecretStore();
    const vault = new TokenVault(store);
    await vault.save(G, tokens(1));
    // Another process rotates the tokens in the keychain.
    await store.set(CURRENT, encodeTokenSet(tokens(2)));
    expect(await vault.read(G)).toEqual(tokens(1));
    expect(await vault.readFresh(G)).toEqual(tokens(2));
    // readFresh refreshed the cache too.
    expect(await vault.read(G)).toEqual(tokens(2));
  });

  it('drops the cached set when readFresh finds the tokens deleted', async () => {
    const store = new MemorySecretStore();
    const vault = new TokenVault(store);
    await vault.save(G, tokens(1));
    await store.delete(CURRENT);
    expect(await vault.readFresh(G)).toBeNull();
    expect(await vault.read(G)).toBeNull();
  });

  it('rejects with the store error when the keychain is unreadable', async () => {
    const store = new MemorySecretStore();
    await store.set(CURRENT, '{"not":"a token set"}');
    await expect(new TokenVault(store).read(G)).rejects.toMatchObject({ name: 'SecretStoreError', kind: 'unreadable' });
  });
});

describe('TokenVault: rotation', () => {
  it('saves a rotated pair as the current one and leaves no pending pair behind (the "next" slot is marked spent)', async () => {
    const store = new MemorySecretStore();
    const vault = new TokenVault(store);
    await vault.save(G, tokens(1));
    await vault.saveRotated(G, tokens(2));
    expect(await store.get(NEXT)).toBe(SPENT_NEXT);
    expect(await new TokenVault(store).read(G)).toEqual(tokens(2));
  });

  it('keeps a rotated pair whose swap failed: the next start promotes it from the "next" slot', async () => {
    const store = new FailingWrites();
    await new TokenVault(store).save(G, tokens(1));
    const vault = new TokenVault(store);
    store.failOn = 'grant_tokens';
    await expect(vault.saveRotated(G, tokens(2))).rejects.toThrow(SecretStoreError);
    // The process that received the pair already uses it.
    expect(await vault.read(G)).toEqual(tokens(2));
    store.failOn = null;
    // A new process: nothing cached; the pair saved before the failure wins over the spent one.
    const restarted = new TokenVault(store);
    expect(await restarted.read(G)).toEqual(tokens(2));
    expect(await store.inner.get(NEXT)).toBe(SPENT_NEXT);
    expect(await store.inner.get(CURRENT)).toBe(encodeTokenSet(tokens(2)));
  });

  it('promotes a pending pair on readFresh even when the old pair is cached', async () => {
    const store = new MemorySecretStore();
    const vault = new TokenVault(store);
    await vault.save(G, tokens(1));
    await store.set(NEXT, encodeTokenSet(tokens(3)));
    expect(await vault.readFresh(G)).toEqual(tokens(3));
    expect(await store.get(NEXT)).toBe(SPENT_NEXT);
  });

  it('loses nothing when the "next" slot itself cannot be written: the old pair stays current', async () => {
    const store = new FailingWrites();
    const vault = new TokenVault(store);
    await vault.save(G, tokens(1));
    store.failOn = 'grant_tokens_next';
    await expect(vault.saveRotated(G, tokens(2))).rejects.toThrow(SecretStoreError);
    expect(await new TokenVault(store).read(G)).toEqual(tokens(1));
  });
});

describe('TokenVault: Page tokens', () => {
  it('returns the Page tokens it has, leaving out Pages without one', async () => {
    const store = new MemorySecretStore();
    await store.set({ kind: 'page_token', grantId: G, pageId: 'p1' }, 'page-token-1');
    const vault = new TokenVault(store);
    expect(await vault.pageTokens(G, ['p1', 'p2'])).toEqual(new Map([['p1', 'page-token-1']]));
  });

  it('remembers a miss instead of asking the keychain every sweep, until forget', async () => {
    const store = new MemorySecretStore();
    const vault = new TokenVault(store);
    expect(await vault.pageTokens(G, ['p1'])).toEqual(new Map());
    await store.set({ kind: 'page_token', grantId: G, pageId: 'p1' }, 'late-token');
    expect(await vault.pageTokens(G, ['p1'])).toEqual(new Map());
    vault.forget(G);
    expect(await vault.pageTokens(G, ['p1'])).toEqual(new Map([['p1', 'late-token']]));
  });

  it('serves a saved Page token at once and keeps it in the keychain', async () => {
    const store = new MemorySecretStore();
    const vault = new TokenVault(store);
    expect(await vault.pageTokens(G, ['p1'])).toEqual(new Map());
    await vault.savePageToken(G, 'p1', 'fresh-page-token');
    expect(await vault.pageTokens(G, ['p1'])).toEqual(new Map([['p1', 'fresh-page-token']]));
    expect(await store.get({ kind: 'page_token', grantId: G, pageId: 'p1' })).toBe('fresh-page-token');
  });

  it('keeps grants apart', async () => {
    const other = 'grant-other' as GrantId;
    const vault = new TokenVault(new MemorySecretStore());
    await vault.savePageToken(G, 'p1', 'token-of-g');
    await vault.save(G, tokens(1));
    expect(await vault.pageTokens(other, ['p1'])).toEqual(new Map());
    expect(await vault.read(other)).toBeNull();
  });
});
