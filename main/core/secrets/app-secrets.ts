/** The network apps' secrets the user brings (today the Meta App Secret): sealed under the keychain's key, never sent back. */
import { RequestError } from '../kernel/request-error';
import type { SecretKey, SecretStore } from './secret-store';
import type { TokenVault } from './token-vault';

const META_APP_SECRET: SecretKey = { kind: 'app_secret', app: 'meta' };

export class AppSecrets {
  constructor(
    private readonly store: SecretStore,
    private readonly vault: TokenVault,
  ) {}

  /** The Meta App Secret, or null when none is kept or the keychain can't be read now. Cached about a sweep by the vault. */
  metaAppSecret(): Promise<string | null> {
    return this.vault.appSecret('meta').catch(() => null);
  }

  /** Keeps (or, with null, forgets) the Meta App Secret. A keychain failure is the user's to see. */
  async setMetaAppSecret(secret: string | null): Promise<void> {
    try {
      if (secret === null) await this.store.delete(META_APP_SECRET);
      else await this.store.set(META_APP_SECRET, secret);
      this.vault.forgetAppSecret('meta');
    } catch (error) {
      throw new RequestError('unavailable', `The keychain could not keep the app secret: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
