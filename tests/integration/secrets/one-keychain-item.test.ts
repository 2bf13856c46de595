/**
 * One keychain item, against the real Secret Service (gnome-keyring under scripts/with-keyring.sh) and the
 * simulator: a data folder of the keychain era is moved over at its first open and the keychain keeps only the
 * data key; when that item is lost, Tether says so, asks for reconnects, drops nothing, and a reconnect heals.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadKeytar, type KeytarApi } from '../../../main/core/secrets/keytar-loader';
import { encodeTokenSet } from '../../../main/core/secrets/token-set.codec';
import { tokenSet } from '../../../main/app/demo/open-demo-core';
import { IDS } from '../../fixtures/simulator/simulator-kit';
import { X_SCOPES, startEngineKit, type EngineKit } from '../../fixtures/validation/engine-kit';
import { openSimulatorCore } from '../../fixtures/simulator/simulator-core';
import type { TetherCore } from '../../../main/core/app/tether-core';
import { sealedRows } from '../../fixtures/secrets/sealed-kit';

let kit: EngineKit;
let reopened: TetherCore | undefined;
afterEach(async () => {
  reopened?.close();
  reopened = undefined;
  await kit.close();
});

async function keytar(): Promise<KeytarApi> {
  const loaded = await loadKeytar();
  if (loaded.kind !== 'loaded') throw new Error(loaded.reason);
  return loaded.keytar;
}

async function keychainAccounts(service: string): Promise<string[]> {
  return (await (await keytar()).findCredentials(service)).map((c) => c.account).sort();
}

describe('one keychain item', () => {
  it('moves a keychain-era folder over at its first open, and the keychain keeps only the data key', async () => {
    kit = await startEngineKit();
    const grant = await kit.connectX(IDS.alphaX);
    await kit.connectFacebook(IDS.ada);
    const fbGrant = kit.core.repo.grantsForScheduling().find((g) => g.id !== grant)?.id;
    // Put the folder back into its keychain-era state: every secret an item of its own, none sealed.
    const era = (await kit.core.secrets.readAll()).items;
    expect(era.length).toBeGreaterThan(3);
    kit.core.db.exec('DELETE FROM sealed_secrets; DELETE FROM secret_store_state;');
    for (const { key, value } of era) await kit.store.set(key, value);
    const minted = kit.sim.control.mintXTokens(IDS.alphaX, { scopes: X_SCOPES });
    const pending = tokenSet(minted.accessToken, minted.refreshToken, minted.expiresIn, X_SCOPES, kit.sim.control.now());
    await kit.store.set({ kind: 'grant_tokens_next', grantId: grant }, encodeTokenSet(pending));
    kit.core.close();
    expect((await keychainAccounts(kit.store.service)).length).toBe(era.length + 2);

    reopened = await openSimulatorCore(kit.sim, kit.dataDir, kit.store);
    expect(await keychainAccounts(kit.store.service)).toEqual(['data-key']);
    expect(sealedRows(reopened.db)).toHaveLength(era.length);
    // The pair a dying keychain-era refresh left in its "next" slot is the one kept.
    expect((await reopened.vault.read(grant))?.refreshToken).toBe(pending.refreshToken);
    expect(await reopened.secrets.listByGrant(fbGrant ?? grant)).not.toEqual([]);
    await reopened.validation.checkNow();
    expect(reopened.accounts.list().every((a) => a.status === 'connected')).toBe(true);
  });

  it('after the keychain lost the key: says so, asks for reconnects, keeps everything, and a reconnect heals', async () => {
    kit = await startEngineKit();
    const grant = await kit.connectX(IDS.alphaX);
    await kit.core.validation.checkNow();
    const before = sealedRows(kit.core.db);
    expect(before.length).toBeGreaterThan(1);
    kit.core.close();
    await (await keytar()).deletePassword(kit.store.service, 'data-key');

    reopened = await openSimulatorCore(kit.sim, kit.dataDir, kit.store);
    const status = await reopened.status.status();
    expect(status.keychain.kind).toBe('ok');
    const notice = status.notices.find((n) => n.kind === 'secrets_unreadable');
    expect(notice?.message).toMatch(/the saved login of one connection and the Meta App Secret can't be read/);
    expect(notice?.message).toMatch(/Reconnect each account marked "Reconnect", and enter the Meta App Secret again/);
    kit.sim.control.clearRequests();
    await reopened.validation.checkNow();
    expect(reopened.accounts.list().find((a) => a.grantId === grant)).toMatchObject({ status: 'needs_reconnect', reason: 'invalid_token_other' });
    // Nothing to send: Tether can't read the tokens, and never sends garbage as a token.
    expect(kit.sim.control.requests()).toEqual([]);
    // Nothing was dropped: every sealed row is still there, under the lost key.
    expect(sealedRows(reopened.db).map((r) => r.account)).toEqual(before.map((r) => r.account));

    // Reconnect: new tokens sealed under the new key; the notice goes once nothing is left under the old one.
    const minted = kit.sim.control.mintXTokens(IDS.alphaX, { scopes: X_SCOPES });
    await reopened.connections.connect('twitter', tokenSet(minted.accessToken, minted.refreshToken, minted.expiresIn, X_SCOPES, kit.sim.control.now()));
    await reopened.appSecrets.setMetaAppSecret(IDS.appSecret);
    await reopened.validation.checkNow();
    expect(reopened.accounts.list().find((a) => a.grantId === grant)).toMatchObject({ status: 'connected' });
    expect((await reopened.status.status()).notices.filter((n) => n.kind === 'secrets_unreadable')).toEqual([]);
  });
});
