/**
 * Opens Tether's secrets: the keychain (keytar for `tether serve` and the CLI; the desktop app may pass
 * safeStorage) holds the one data key, and the sealed store in the database holds every token and app secret.
 * At the first open the keychain-era items are moved in. Nothing here rejects for keychain trouble: that becomes
 * the health the UI shows.
 */
import type { Database } from 'better-sqlite3';
import type { GrantId } from '../../../shared/domain/ids';
import { chooseSecretStore, type SecretStoreChoice } from '../secrets/choose-secret-store';
import { KeytarSecretStore } from '../secrets/keytar-secret-store';
import { moveLegacySecrets } from '../secrets/legacy-secrets';
import { SealedSecretStore } from '../secrets/sealed-secret-store';
import { DEFAULT_SECRET_SERVICE } from '../secrets/secret-keys';
import type { SecretStore, SecretStoreHealth } from '../secrets/secret-store';
import type { Logger } from '../logging/create-logger';

/** Demo tokens live under their own keychain service, so demo data never mixes with real data. */
export const DEMO_SECRET_SERVICE = `${DEFAULT_SECRET_SERVICE} Demo`;

/** Opens the keychain and reports its health. Never rejects. */
export async function openKeychainSecrets(options: { demo?: boolean; log?: Logger } = {}): Promise<SecretStoreChoice> {
  const store = new KeytarSecretStore({ service: options.demo ? DEMO_SECRET_SERVICE : DEFAULT_SECRET_SERVICE, ...(options.log ? { log: options.log } : {}) });
  return chooseSecretStore({ store, health: await store.health() });
}

export interface OpenedSecrets {
  readonly store: SealedSecretStore;
  readonly health: SecretStoreHealth;
}

/**
 * The sealed store over `keychain`. When the keychain works, the data key is read (or created) now and the
 * keychain-era items of grants this database knows are moved in; a locked keychain leaves both for later calls.
 */
export async function openSealedSecrets(options: {
  readonly db: Database;
  readonly keychain: { readonly store: SecretStore; readonly health: SecretStoreHealth };
  readonly isKnownGrant: (grantId: GrantId) => boolean;
  readonly log?: Logger;
}): Promise<OpenedSecrets> {
  const { db, keychain, log } = options;
  const store = new SealedSecretStore({ db, keychain: keychain.store, ...(log ? { log } : {}) });
  if (keychain.health.kind !== 'ok') return { store, health: keychain.health };
  try {
    await store.unlock();
    await moveLegacySecrets({ source: keychain.store, target: store, isKnownGrant: options.isKnownGrant, ...(log ? { log } : {}) });
    return { store, health: keychain.health };
  } catch (error) {
    log?.warn('could not open the sealed secrets', { message: error instanceof Error ? error.message : String(error) });
    return { store, health: await store.health() };
  }
}
