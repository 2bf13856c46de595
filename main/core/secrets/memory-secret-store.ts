/**
 * A keychain held in memory only, for demo mode: its data key lives and dies with the process, so what demo mode
 * seals in its own (wiped) folder can't be read afterwards, and the user's real keychain is never touched.
 */
import type { GrantId } from '../../../shared/domain/ids';
import { registerSecret } from '../logging/redact';
import { accountOf, assertStorableValue, grantOf, keyOfAccount } from './secret-keys';
import type { SecretKey, SecretListing, SecretStore, SecretStoreHealth } from './secret-store';

export class MemorySecretStore implements SecretStore {
  readonly backend = 'memory';
  private readonly values = new Map<string, string>();

  get(key: SecretKey): Promise<string | null> {
    return Promise.resolve(this.values.get(accountOf(key)) ?? null);
  }

  set(key: SecretKey, value: string): Promise<void> {
    assertStorableValue(value);
    registerSecret(value);
    this.values.set(accountOf(key), value);
    return Promise.resolve();
  }

  delete(key: SecretKey): Promise<boolean> {
    return Promise.resolve(this.values.delete(accountOf(key)));
  }

  listByGrant(grantId: GrantId): Promise<readonly SecretKey[]> {
    const keys = [...this.values.keys()].map(keyOfAccount).filter((k): k is SecretKey => k !== null && grantOf(k) === grantId);
    return Promise.resolve(keys);
  }

  readAll(): Promise<SecretListing> {
    const items = [...this.values].flatMap(([account, value]) => {
      const key = keyOfAccount(account);
      return key ? [{ key, value }] : [];
    });
    return Promise.resolve({ items, unreadable: [] });
  }

  health(): Promise<SecretStoreHealth> {
    return Promise.resolve({ kind: 'ok', backend: 'memory', detail: 'demo mode: in memory only' });
  }
}
