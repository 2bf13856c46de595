/**
 * The one-time move of keychain-era items into the sealed store: each deleted only after its sealed copy reads
 * back; a pending rotated pair wins; a value already sealed is never overwritten by an older keychain copy; items
 * of grants this database doesn't know stay in the keychain; done once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../../../../../main/core/secrets/memory-secret-store';
import { moveLegacySecrets, SPENT_NEXT } from '../../../../../main/core/secrets/legacy-secrets';
import { type SealedSecretStore } from '../../../../../main/core/secrets/sealed-secret-store';
import { accountOf } from '../../../../../main/core/secrets/secret-keys';
import type { SecretKey, SecretListing } from '../../../../../main/core/secrets/secret-store';
import type { GrantId } from '../../../../../shared/domain/ids';
import { openSealedKit, type SealedKit } from '../../../../fixtures/secrets/sealed-kit';

const FB = 'facebook:1' as GrantId;
const X = 'twitter:2' as GrantId;
const X_DONE = 'twitter:3' as GrantId;
const ELSEWHERE = 'facebook:9' as GrantId;
const KNOWN = new Set<GrantId>([FB, X, X_DONE]);
const isKnownGrant = (id: GrantId) => KNOWN.has(id);

/** A keychain that counts its bulk reads and can refuse deletes. */
class LegacyKeychain extends MemorySecretStore {
  bulkReads = 0;
  refuseDeletes = false;
  override readAll(): Promise<SecretListing> {
    this.bulkReads += 1;
    return super.readAll();
  }
  override delete(key: SecretKey): Promise<boolean> {
    if (this.refuseDeletes && key.kind !== 'data_key') return Promise.reject(new Error('The keychain refused'));
    return super.delete(key);
  }
  async accounts(): Promise<string[]> {
    return (await super.readAll()).items.map((i) => accountOf(i.key)).sort();
  }
}

async function seedKeychainEra(keychain: LegacyKeychain): Promise<void> {
  await keychain.set({ kind: 'grant_tokens', grantId: FB }, 'fb-tokens');
  await keychain.set({ kind: 'page_token', grantId: FB, pageId: '11' }, 'page-11-token');
  // X was refreshed by a process that died before it swapped the pair in: the "next" pair is the live one.
  await keychain.set({ kind: 'grant_tokens', grantId: X }, 'x-tokens-spent');
  await keychain.set({ kind: 'grant_tokens_next', grantId: X }, 'x-tokens-live');
  await keychain.set({ kind: 'grant_tokens', grantId: X_DONE }, 'x3-tokens');
  await keychain.set({ kind: 'grant_tokens_next', grantId: X_DONE }, SPENT_NEXT);
  await keychain.set({ kind: 'app_secret', app: 'meta' }, 'meta-app-secret');
  await keychain.set({ kind: 'grant_tokens', grantId: ELSEWHERE }, 'another-folder-tokens');
}

let kit: SealedKit;
afterEach(() => kit.dispose());

describe('moveLegacySecrets', () => {
  it('moves every item of a known grant and the app secret, deletes them, and leaves only the key and strangers', async () => {
    const keychain = new LegacyKeychain();
    await seedKeychainEra(keychain);
    kit = openSealedKit(keychain);
    const report = await moveLegacySecrets({ source: keychain, target: kit.store, isKnownGrant });
    expect(report).toEqual({ moved: 5, leftAlone: 1, failed: 0 });
    const fresh = kit.reopen();
    expect(await fresh.get({ kind: 'grant_tokens', grantId: FB })).toBe('fb-tokens');
    expect(await fresh.get({ kind: 'page_token', grantId: FB, pageId: '11' })).toBe('page-11-token');
    expect(await fresh.get({ kind: 'grant_tokens', grantId: X })).toBe('x-tokens-live');
    expect(await fresh.get({ kind: 'grant_tokens', grantId: X_DONE })).toBe('x3-tokens');
    expect(await fresh.get({ kind: 'app_secret', app: 'meta' })).toBe('meta-app-secret');
    expect(await keychain.accounts()).toEqual(['data-key', `grant:${encodeURIComponent(ELSEWHERE)}:tokens`]);
  });

  it('runs once: a later start neither reads the keychain in bulk nor moves anything', async () => {
    const keychain = new LegacyKeychain();
    await seedKeychainEra(keychain);
    kit = openSealedKit(keychain);
    await moveLegacySecrets({ source: keychain, target: kit.store, isKnownGrant });
    await keychain.set({ kind: 'grant_tokens', grantId: FB }, 'written-by-an-old-tether');
    expect(await moveLegacySecrets({ source: keychain, target: kit.reopen(), isKnownGrant })).toBeNull();
    expect(keychain.bulkReads).toBe(1);
  });

  it('never overwrites a sealed value with an older keychain copy, and deletes the copy', async () => {
    const keychain = new LegacyKeychain();
    kit = openSealedKit(keychain);
    await kit.store.set({ kind: 'grant_tokens', grantId: X }, 'x-tokens-rotated-since');
    await keychain.set({ kind: 'grant_tokens', grantId: X }, 'x-tokens-older');
    expect(await moveLegacySecrets({ source: keychain, target: kit.store, isKnownGrant })).toEqual({ moved: 1, leftAlone: 0, failed: 0 });
    expect(await kit.store.get({ kind: 'grant_tokens', grantId: X })).toBe('x-tokens-rotated-since');
    expect(await keychain.accounts()).toEqual(['data-key']);
  });

  it('keeps a keychain item whose sealed copy does not read back, and tries again at the next start', async () => {
    const keychain = new LegacyKeychain();
    await keychain.set({ kind: 'grant_tokens', grantId: FB }, 'fb-tokens');
    kit = openSealedKit(keychain);
    // A database that loses the write (the copy reads back as something else).
    const lossy = Object.assign(Object.create(kit.store) as SealedSecretStore, { get: () => Promise.resolve(null) });
    expect(await moveLegacySecrets({ source: keychain, target: lossy, isKnownGrant })).toEqual({ moved: 0, leftAlone: 0, failed: 1 });
    expect(await keychain.get({ kind: 'grant_tokens', grantId: FB })).toBe('fb-tokens');
    // Next start, with a working database: moved, and the sealed copy (written last time) is the one kept.
    expect(await moveLegacySecrets({ source: keychain, target: kit.reopen(), isKnownGrant })).toEqual({ moved: 1, leftAlone: 0, failed: 0 });
    expect(await keychain.accounts()).toEqual(['data-key']);
  });

  it('records nothing as done while the keychain refuses deletes, so nothing stays behind for good', async () => {
    const keychain = new LegacyKeychain();
    await keychain.set({ kind: 'app_secret', app: 'meta' }, 'meta-app-secret');
    kit = openSealedKit(keychain);
    keychain.refuseDeletes = true;
    expect(await moveLegacySecrets({ source: keychain, target: kit.store, isKnownGrant })).toMatchObject({ failed: 1 });
    keychain.refuseDeletes = false;
    expect(await moveLegacySecrets({ source: keychain, target: kit.reopen(), isKnownGrant })).toMatchObject({ moved: 1, failed: 0 });
    expect(await keychain.accounts()).toEqual(['data-key']);
  });
});
