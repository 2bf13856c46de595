/**
 * Secrets held in memory only, for demo mode: the simulator mints fresh throw-away tokens at every demo start,
 * so nothing is worth keeping, and the user's real keychain is never touched by demo data.
 */
import type { GrantId } from '../../../shared/domain/ids';
import { registerSecret } from '../logging/redact';
import { accountOf, assertStorableValue, grantOf, keyOfAccount } from './secret-keys';
import type { SecretKey, SecretStore, SecretStoreHealth } from './secret-store';

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

  health(): Promise<SecretStoreHealth> {
    return Promise.resolve({ kind: 'ok', backend: 'memory', detail: 'demo mode: in memory only' });
  }
}
