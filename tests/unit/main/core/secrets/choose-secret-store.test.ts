import { describe, expect, it } from 'vitest';
import type { GrantId } from '../../../../../shared/domain/ids';
import { chooseSecretStore, type SecretStoreCandidate } from '../../../../../main/core/secrets/choose-secret-store';
import { KeytarSecretStore } from '../../../../../main/core/secrets/keytar-secret-store';
import { isSecretStoreError, type SecretStoreHealth } from '../../../../../main/core/secrets/secret-store';
import { UnavailableSecretStore } from '../../../../../main/core/secrets/unavailable-secret-store';

// The chooser never calls the stores: it routes on the health it is given. Real store objects stand in.
const keychainStore = new KeytarSecretStore({ service: 'Tether-chooser-test' });
const fallbackStore = new UnavailableSecretStore({ kind: 'unavailable', reason: 'stand-in for safeStorage' }, 'safe-storage');
const noNetwork: SecretStoreHealth = { kind: 'unavailable', reason: 'No D-Bus session' };

function countingFallback(health: SecretStoreHealth): { calls: () => number; build: () => Promise<SecretStoreCandidate> } {
  let calls = 0;
  return {
    calls: () => calls,
    build: async () => {
      calls += 1;
      return { store: fallbackStore, health };
    },
  };
}

describe('chooseSecretStore', () => {
  it('uses a working keychain and never builds the fallback', async () => {
    const fallback = countingFallback({ kind: 'ok', backend: 'safe-storage' });
    const choice = await chooseSecretStore({ store: keychainStore, health: { kind: 'ok', backend: 'keychain' } }, fallback.build);
    expect(choice).toMatchObject({ store: keychainStore, source: 'keychain', health: { kind: 'ok', backend: 'keychain' } });
    expect(fallback.calls()).toBe(0);
  });

  it('stays on a locked keychain and says so, instead of splitting secrets across two stores', async () => {
    const fallback = countingFallback({ kind: 'ok', backend: 'safe-storage' });
    const choice = await chooseSecretStore({ store: keychainStore, health: { kind: 'locked' } }, fallback.build);
    expect(choice).toMatchObject({ store: keychainStore, source: 'keychain', health: { kind: 'locked' } });
    expect(fallback.calls()).toBe(0);
  });

  it('falls back when the keychain is unavailable and the fallback works, keeping the keychain reason', async () => {
    const fallback = countingFallback({ kind: 'ok', backend: 'safe-storage', detail: 'kwallet6' });
    const choice = await chooseSecretStore({ store: keychainStore, health: noNetwork }, fallback.build);
    expect(choice).toMatchObject({ store: fallbackStore, source: 'fallback', health: { kind: 'ok', backend: 'safe-storage' }, keychainHealth: noNetwork });
    expect(fallback.calls()).toBe(1);
  });

  it('falls back when keytar could not load', async () => {
    const fallback = countingFallback({ kind: 'ok', backend: 'safe-storage' });
    const choice = await chooseSecretStore({ loadFailure: 'libsecret-1.so.0: cannot open shared object file' }, fallback.build);
    expect(choice.source).toBe('fallback');
    expect(choice.keychainHealth).toEqual({ kind: 'unavailable', reason: 'libsecret-1.so.0: cannot open shared object file' });
  });

  it('shows basic_text as insecure and hands over the fallback that refuses to store', async () => {
    const fallback = countingFallback({ kind: 'insecure', backend: 'basic_text' });
    const choice = await chooseSecretStore({ store: keychainStore, health: noNetwork }, fallback.build);
    expect(choice).toMatchObject({ store: fallbackStore, health: { kind: 'insecure', backend: 'basic_text' } });
  });

  it('reports both reasons when neither store works, and the store it returns refuses with a typed error', async () => {
    const fallback = countingFallback({ kind: 'unavailable', reason: 'safeStorage not available' });
    const choice = await chooseSecretStore({ loadFailure: 'keytar missing' }, fallback.build);
    expect(choice.source).toBe('none');
    expect(choice.health).toEqual({ kind: 'unavailable', reason: 'keytar missing; the fallback is unavailable too (safeStorage not available)' });
    await expect(choice.store.health()).resolves.toEqual(choice.health);
    const error = await choice.store.get({ kind: 'grant_tokens', grantId: 'g' as GrantId }).catch((e: unknown) => e);
    expect(isSecretStoreError(error, 'unavailable')).toBe(true);
  });

  it('survives a fallback that fails to start', async () => {
    const choice = await chooseSecretStore({ loadFailure: 'keytar missing' }, () => {
      throw new Error('database is closed');
    });
    expect(choice).toMatchObject({
      source: 'none',
      health: { kind: 'unavailable', reason: 'keytar missing; the fallback failed to start (database is closed)' },
    });
  });

  it('without a fallback (serve, CLI) surfaces the keychain state and keeps the keychain store', async () => {
    const choice = await chooseSecretStore({ store: keychainStore, health: noNetwork });
    expect(choice).toMatchObject({ store: keychainStore, source: 'none', health: noNetwork });
    const failed = await chooseSecretStore({ loadFailure: 'keytar missing' });
    expect(failed.health).toEqual({ kind: 'unavailable', reason: 'keytar missing' });
    await expect(failed.store.set({ kind: 'app_secret', app: 'meta' }, 'value-1')).rejects.toMatchObject({ kind: 'unavailable', message: 'keytar missing' });
  });
});
