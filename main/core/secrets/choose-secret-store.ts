/**
 * Picks where secrets go: the OS keychain when it works or is merely locked, the fallback (Electron safeStorage)
 * only when the keychain can't be used at all, and a refusing store when neither can. No I/O of its own.
 */
import type { SecretStore, SecretStoreHealth } from './secret-store';
import { UnavailableSecretStore } from './unavailable-secret-store';

/** A store and its health, checked just before choosing. */
export interface SecretStoreCandidate {
  readonly store: SecretStore;
  readonly health: SecretStoreHealth;
}

/** The keychain as found at startup: a store with its health, or the reason keytar could not load. */
export type KeychainCandidate = SecretStoreCandidate | { readonly loadFailure: string };

export interface SecretStoreChoice {
  /** Always an object; it rejects with a typed error when `health` is not ok. */
  readonly store: SecretStore;
  /** What the UI shows. */
  readonly health: SecretStoreHealth;
  /** Which store `store` is; `none` when nothing works now (the store then rejects every call). */
  readonly source: 'keychain' | 'fallback' | 'none';
  /** The keychain's own state, so the UI can say why the fallback is in use. */
  readonly keychainHealth: SecretStoreHealth;
}

async function chooseFallback(
  keychainHealth: Extract<SecretStoreHealth, { kind: 'unavailable' | 'insecure' }>,
  fallback: () => Promise<SecretStoreCandidate> | SecretStoreCandidate,
): Promise<SecretStoreChoice> {
  let candidate: SecretStoreCandidate;
  try {
    candidate = await fallback();
  } catch (error) {
    const reason = `${keychainHealth.kind === 'unavailable' ? keychainHealth.reason : 'The keychain is not secure'}; the fallback failed to start (${error instanceof Error ? error.message : String(error)})`;
    const health: SecretStoreHealth = { kind: 'unavailable', reason };
    return { store: new UnavailableSecretStore(health), health, source: 'none', keychainHealth };
  }
  const health = candidate.health;
  switch (health.kind) {
    case 'ok':
      return { store: candidate.store, health, source: 'fallback', keychainHealth };
    case 'insecure':
      // Shown as its own state ("keychain unavailable"); the fallback store refuses to hold anything.
      return { store: candidate.store, health, source: 'fallback', keychainHealth };
    case 'locked':
    case 'unavailable': {
      const why = health.kind === 'locked' ? 'its key store is locked' : health.reason;
      const combined: SecretStoreHealth = {
        kind: 'unavailable',
        reason: `${keychainHealth.kind === 'unavailable' ? keychainHealth.reason : 'The keychain is not secure'}; the fallback is unavailable too (${why})`,
      };
      return { store: new UnavailableSecretStore(combined, candidate.store.backend), health: combined, source: 'none', keychainHealth };
    }
  }
}

/**
 * Chooses the secret store.
 * - keychain ok → keychain.
 * - keychain locked → still the keychain: the user's tokens are in it, and a second store would split them.
 *   The state says "unlock your keychain"; calls reject until then.
 * - keychain unavailable (or keytar failed to load) → the fallback when given and usable. Without a fallback,
 *   the keychain store itself (its calls reject with the reason, and work again if the keychain comes back).
 * @param fallback built only when needed (the Electron layer passes safeStorage; serve and the CLI pass nothing).
 */
export async function chooseSecretStore(
  keychain: KeychainCandidate,
  fallback?: () => Promise<SecretStoreCandidate> | SecretStoreCandidate,
): Promise<SecretStoreChoice> {
  if ('loadFailure' in keychain) {
    const keychainHealth = { kind: 'unavailable', reason: keychain.loadFailure } as const;
    if (fallback) return chooseFallback(keychainHealth, fallback);
    return { store: new UnavailableSecretStore(keychainHealth), health: keychainHealth, source: 'none', keychainHealth };
  }
  const keychainHealth = keychain.health;
  switch (keychainHealth.kind) {
    case 'ok':
    case 'locked':
      return { store: keychain.store, health: keychainHealth, source: 'keychain', keychainHealth };
    case 'unavailable':
    case 'insecure':
      if (fallback) return chooseFallback(keychainHealth, fallback);
      return { store: keychain.store, health: keychainHealth, source: 'none', keychainHealth };
  }
}
