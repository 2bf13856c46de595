/** The default secret store for Node-side entry points (`tether serve`, the CLI): the OS keychain, no fallback. */
import { chooseSecretStore, type SecretStoreChoice } from '../secrets/choose-secret-store';
import { KeytarSecretStore } from '../secrets/keytar-secret-store';
import { DEFAULT_SECRET_SERVICE } from '../secrets/secret-keys';
import type { Logger } from '../logging/create-logger';

/** Demo tokens live under their own keychain service, so demo data never mixes with real data. */
export const DEMO_SECRET_SERVICE = `${DEFAULT_SECRET_SERVICE} Demo`;

/** Opens the keychain and reports its health. Never rejects. */
export async function openKeychainSecrets(options: { demo?: boolean; log?: Logger } = {}): Promise<SecretStoreChoice> {
  const store = new KeytarSecretStore({ service: options.demo ? DEMO_SECRET_SERVICE : DEFAULT_SECRET_SERVICE, ...(options.log ? { log: options.log } : {}) });
  return chooseSecretStore({ store, health: await store.health() });
}
