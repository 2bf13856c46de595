/** TokenVault: caching, fresh reads, rotation in one sealed write, the one-query warm-up, and Page tokens. */
import { afterEach, describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../../../../../main/core/secrets/memory-secret-store';
import { TokenVault } from '../../../../../main/core/secrets/token-vault';
import { encodeTokenSet, type TokenSet } from '../../../../../main/core/secrets/token-set.codec';
import type { SecretKey } from '../../../../../main/core/secrets/secret-store';
import { UnavailableSecretStore } from '../../../../../main/core/secrets/unavailable-secret-store';
import type { GrantId } from '../../../../../shared/domain/ids';
import { openSealedKit, sealedRows, type SealedKit } from '../../../../fixtures/secrets/sealed-kit';

const G = 'grant-vault' as GrantId;
const CURRENT: SecretKey = { kind: 'grant_tokens', grantId: G };

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

describe('TokenVault: rotation in the sealed store', () => {
  let kit: SealedKit;
  afterEach(() => kit.dispose());

  it('replaces access and refresh token together in one row write, with nothing pending beside it', async () => {
    kit = openSealedKit();
    const vault = new TokenVault(kit.store);
    await vault.save(G, tokens(1));
    await vault.saveRotated(G, tokens(2));
    expect(sealedRows(kit.db).map((r) => r.account)).toEqual([`grant:${G}:tokens`]);
    // Another process, nothing cached: it reads the new pair, never the spent one.
    expect(await new TokenVault(kit.reopen()).read(G)).toEqual(tokens(2));
  });

  it('keeps the old pair when the new one cannot be sealed (the keychain went away), and says why', async () => {
    const keychain = new MemorySecretStore();
    kit = openSealedKit(keychain);
    await new TokenVault(kit.store).save(G, tokens(1));
    const gone = new UnavailableSecretStore({ kind: 'unavailable', reason: 'No Secret Service on this session' });
    const vault = new TokenVault(kit.reopen(gone));
    await expect(vault.saveRotated(G, tokens(2))).rejects.toMatchObject({ kind: 'unavailable' });
    expect(await new TokenVault(kit.reopen()).read(G)).toEqual(tokens(1));
  });
});

describe('TokenVault.warm over the sealed store', () => {
  let kit: SealedKit;
  afterEach(() => kit.dispose());

  it('fills the cache with one query, and leaves a grant it cannot read to fail on its own', async () => {
    kit = openSealedKit();
    const other = 'grant-other' as GrantId;
    await kit.store.set(CURRENT, encodeTokenSet(tokens(1)));
    await kit.store.set({ kind: 'page_token', grantId: G, pageId: 'p1' }, 'page-token-1');
    await kit.store.set({ kind: 'grant_tokens', grantId: other }, encodeTokenSet(tokens(7)));
    await kit.store.set({ kind: 'page_token', grantId: other, pageId: 'p9' }, 'page-token-9');
    // Damage the other grant's Page token on disk: one changed byte.
    const row = sealedRows(kit.db).find((r) => r.account.endsWith('page:p9'));
    const damaged = Buffer.from(row?.sealed ?? []);
    damaged[0] = (damaged[0] ?? 0) ^ 1;
    kit.db.prepare('UPDATE sealed_secrets SET sealed = ? WHERE account = ?').run(damaged, row?.account);

    const vault = new TokenVault(kit.store);
    expect(await vault.warm()).toBe(true);
    kit.db.prepare('DELETE FROM sealed_secrets WHERE grant_id = ?').run(G);
    // Served from the cache: the rows are gone now.
    expect(await vault.read(G)).toEqual(tokens(1));
    expect(await vault.pageTokens(G, ['p1', 'p2'])).toEqual(new Map([['p1', 'page-token-1']]));
    // The damaged grant is not cached, and its Page token is not taken to be absent: reading it says why.
    expect(await vault.read(other)).toEqual(tokens(7));
    await expect(vault.pageTokens(other, ['p9'])).rejects.toMatchObject({ kind: 'unreadable', message: expect.stringMatching(/integrity/) });
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
