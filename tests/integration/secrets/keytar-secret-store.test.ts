// keytar against a real Secret Service (gnome-keyring on a private D-Bus, from scripts/with-keyring.sh).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GrantId } from '../../../shared/domain/ids';
import { KeytarSecretStore } from '../../../main/core/secrets/keytar-secret-store';
import { loadKeytar } from '../../../main/core/secrets/keytar-loader';
import { chooseSecretStore } from '../../../main/core/secrets/choose-secret-store';
import { deleteGrantSecrets, readTokenSet, writeTokenSet } from '../../../main/core/secrets/grant-secrets';
import { isSecretStoreError, MAX_SECRET_BYTES, type SecretKey } from '../../../main/core/secrets/secret-store';
import type { TokenSet } from '../../../main/core/secrets/token-set.codec';
import { redactString } from '../../../main/core/logging/redact';
import { isLoginLocked, keyringPassword, lockLoginCollection, unlockLoginCollection } from './keyring-control';

const service = `Tether-it-${process.pid}-${Date.now()}`;
const store = new KeytarSecretStore({ service, timeoutMs: 20_000 });
const grant = (id: string): GrantId => id as GrantId;
const tokensOf = (grantId: string): SecretKey => ({ kind: 'grant_tokens', grantId: grant(grantId) });
const pageOf = (grantId: string, pageId: string): SecretKey => ({ kind: 'page_token', grantId: grant(grantId), pageId });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error('expected a rejection'),
    (error: unknown) => error,
  );
}

/** Everything under this run's service, read straight through keytar (not through the store under test). */
async function rawItems(): Promise<Map<string, string>> {
  const loaded = await loadKeytar();
  if (loaded.kind !== 'loaded') throw new Error(loaded.reason);
  const items = await loaded.keytar.findCredentials(service);
  return new Map(items.map((item) => [item.account, item.password]));
}

beforeAll(() => {
  keyringPassword();
});

afterAll(async () => {
  if (await isLoginLocked()) await unlockLoginCollection(keyringPassword());
  const loaded = await loadKeytar();
  if (loaded.kind !== 'loaded') return;
  for (const item of await loaded.keytar.findCredentials(service)) await loaded.keytar.deletePassword(service, item.account);
});

describe('KeytarSecretStore on a real Secret Service', () => {
  it('reports a working keychain', async () => {
    await expect(store.health()).resolves.toEqual({ kind: 'ok', backend: 'keychain', detail: 'libsecret' });
    // The health probe leaves nothing behind.
    expect([...(await rawItems()).keys()]).toEqual([]);
  });

  it('round-trips a value, and stores it under the documented account name', async () => {
    await store.set(tokensOf('fb-1'), 'EAAGm0PX4ZCpsBAK-first');
    await expect(store.get(tokensOf('fb-1'))).resolves.toBe('EAAGm0PX4ZCpsBAK-first');
    expect((await rawItems()).get('grant:fb-1:tokens')).toBe('EAAGm0PX4ZCpsBAK-first');
  });

  it('overwrites in place', async () => {
    await store.set(tokensOf('fb-1'), 'EAAGm0PX4ZCpsBAK-second');
    await expect(store.get(tokensOf('fb-1'))).resolves.toBe('EAAGm0PX4ZCpsBAK-second');
    expect([...(await rawItems()).keys()].filter((account) => account === 'grant:fb-1:tokens')).toHaveLength(1);
  });

  it('deletes, and says whether there was something to delete', async () => {
    await store.set(tokensOf('to-delete'), 'value-to-delete');
    await expect(store.delete(tokensOf('to-delete'))).resolves.toBe(true);
    await expect(store.get(tokensOf('to-delete'))).resolves.toBeNull();
    await expect(store.delete(tokensOf('to-delete'))).resolves.toBe(false);
  });

  it('lists by grant, keeping grants apart even when one id is a prefix of another', async () => {
    await store.set(tokensOf('a'), 'tokens-of-a');
    await store.set(pageOf('a', '101'), 'page-101-of-a');
    await store.set(pageOf('a', '102'), 'page-102-of-a');
    await store.set({ kind: 'grant_tokens_next', grantId: grant('a') }, 'rotated-tokens-of-a');
    await store.set(tokensOf('a:b'), 'tokens-of-a-colon-b');
    await store.set(tokensOf('ab'), 'tokens-of-ab');
    await store.set({ kind: 'app_secret', app: 'meta' }, 'meta-app-secret-value');
    const listed = await store.listByGrant(grant('a'));
    expect(listed).toHaveLength(4);
    expect(listed).toEqual(expect.arrayContaining([tokensOf('a'), pageOf('a', '101'), pageOf('a', '102'), { kind: 'grant_tokens_next', grantId: 'a' }]));
    await expect(store.listByGrant(grant('a:b'))).resolves.toEqual([tokensOf('a:b')]);
    await expect(store.listByGrant(grant('nobody'))).resolves.toEqual([]);
  });

  it('removes every secret of one grant and nothing of the others', async () => {
    await expect(deleteGrantSecrets(store, grant('a'))).resolves.toBe(4);
    await expect(store.listByGrant(grant('a'))).resolves.toEqual([]);
    await expect(store.get(tokensOf('ab'))).resolves.toBe('tokens-of-ab');
    await expect(store.get({ kind: 'app_secret', app: 'meta' })).resolves.toBe('meta-app-secret-value');
  });

  it('keeps unicode and long values byte for byte, and refuses oversized ones without writing', async () => {
    const unicode = 'héllo wörld ✓ 🔑 日本語 "quotes" \\ back\nnew line\ttab';
    await store.set(pageOf('u', 'ü/ñ:1'), unicode);
    await expect(store.get(pageOf('u', 'ü/ñ:1'))).resolves.toBe(unicode);
    const longest = 'λ'.repeat(MAX_SECRET_BYTES / 2);
    await store.set(tokensOf('long'), longest);
    await expect(store.get(tokensOf('long'))).resolves.toBe(longest);
    const error = await rejection(store.set(tokensOf('too-long'), `${longest}x`));
    expect(isSecretStoreError(error, 'invalid')).toBe(true);
    expect((await rawItems()).has('grant:too-long:tokens')).toBe(false);
  });

  it('stores a whole TokenSet in one item', async () => {
    const tokens: TokenSet = {
      v: 1,
      accessToken: 'x-access-1',
      refreshToken: 'x-refresh-1',
      accessExpiresAt: 1_800_000_000_000,
      refreshExpiresAt: null,
      dataAccessExpiresAt: null,
      scopes: ['users.read', 'offline.access'],
      obtainedAt: 1_799_992_800_000,
    };
    await writeTokenSet(store, grant('x-1'), tokens);
    await expect(readTokenSet(store, grant('x-1'))).resolves.toEqual(tokens);
    await expect(readTokenSet(store, grant('x-none'))).resolves.toBeNull();
  });

  it("does not see another service's items", async () => {
    const other = new KeytarSecretStore({ service: `${service}-other` });
    await expect(other.get(tokensOf('fb-1'))).resolves.toBeNull();
    await expect(other.listByGrant(grant('u'))).resolves.toEqual([]);
  });

  it('makes values it read unloggable, whatever their shape', async () => {
    await store.set(tokensOf('plain'), 'plain words nobody would spot');
    await store.get(tokensOf('plain'));
    expect(redactString('log: plain words nobody would spot')).toBe('log: [redacted]');
  });
});

describe('KeytarSecretStore under concurrent calls', () => {
  it('serves many calls at once on an unlocked keychain', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `many-${i}`);
    await Promise.all(ids.map((id) => store.set(tokensOf(id), `value-${id}`)));
    await expect(Promise.all(ids.map((id) => store.get(tokensOf(id))))).resolves.toEqual(ids.map((id) => `value-${id}`));
  });

  it('rejects every one of many concurrent calls on a locked keychain, none hangs', async () => {
    // Unserialised, libsecret leaves all but one of these pending forever.
    await lockLoginCollection();
    try {
      const calls = [
        ...Array.from({ length: 4 }, (_, i) => store.get(tokensOf(`many-${i}`))),
        ...Array.from({ length: 4 }, (_, i) => store.set(tokensOf(`many-${i}`), 'changed-while-locked')),
        store.listByGrant(grant('many-1')),
      ];
      const outcomes = await Promise.allSettled(calls);
      expect(outcomes.map((outcome) => (outcome.status === 'rejected' && isSecretStoreError(outcome.reason) ? outcome.reason.kind : outcome.status))).toEqual(
        Array.from({ length: 9 }, () => 'locked'),
      );
    } finally {
      await unlockLoginCollection(keyringPassword());
    }
    await expect(store.get(tokensOf('many-3'))).resolves.toBe('value-many-3');
  });
});

describe('KeytarSecretStore with a locked keychain', () => {
  it('reports locked, rejects every call with a typed error, and loses nothing once unlocked', async () => {
    await store.set(tokensOf('kept'), 'value-that-must-survive');
    await store.set(pageOf('kept', 'p1'), 'page-value-that-must-survive');
    const before = await rawItems();

    await lockLoginCollection();
    expect(await isLoginLocked()).toBe(true);
    await expect(store.health()).resolves.toEqual({ kind: 'locked' });

    // libsecret answers "no such item" while locked: the store must not pass that on as "not found".
    for (const call of [
      () => store.get(tokensOf('kept')),
      () => store.get(tokensOf('never-stored')),
      () => store.set(tokensOf('kept'), 'overwrite-while-locked'),
      () => store.set(tokensOf('new-while-locked'), 'value'),
      () => store.delete(tokensOf('kept')),
      // findCredentials on a locked collection crashes keytar: the store must check first.
      () => store.listByGrant(grant('kept')),
    ]) {
      const error = await rejection(call());
      expect(isSecretStoreError(error, 'locked')).toBe(true);
      expect((error as Error).message).toMatch(/locked/);
    }
    const choice = await chooseSecretStore({ store, health: await store.health() });
    expect(choice.health).toEqual({ kind: 'locked' });

    await expect(unlockLoginCollection('not-the-password')).resolves.toBe('denied');
    expect(await isLoginLocked()).toBe(true);
    await expect(unlockLoginCollection(keyringPassword())).resolves.toBe('ok');
    expect(await isLoginLocked()).toBe(false);

    await expect(store.health()).resolves.toMatchObject({ kind: 'ok' });
    expect(await rawItems()).toEqual(before);
    await expect(store.get(tokensOf('kept'))).resolves.toBe('value-that-must-survive');
    await expect(store.listByGrant(grant('kept'))).resolves.toHaveLength(2);
    await expect(store.get(tokensOf('new-while-locked'))).resolves.toBeNull();
  });
});
