/** A SecretStore for when no store can be used: every call rejects with the reason, so nothing is half-saved. */
import type { GrantId } from '../../../shared/domain/ids';
import { SecretStoreError, type SecretBackend, type SecretKey, type SecretStore, type SecretStoreHealth } from './secret-store';

type Refusal = Exclude<SecretStoreHealth, { kind: 'ok' }>;

function errorFor(state: Refusal): SecretStoreError {
  switch (state.kind) {
    case 'locked':
      return new SecretStoreError('locked', 'The system keychain is locked; unlock it and try again');
    case 'unavailable':
      return new SecretStoreError('unavailable', state.reason);
    case 'insecure':
      return new SecretStoreError('insecure', 'No secure store for secrets: the keychain is unavailable and Electron would only use basic_text');
  }
}

/** Refuses everything with the state it was built with. */
export class UnavailableSecretStore implements SecretStore {
  constructor(
    private readonly state: Refusal,
    readonly backend: SecretBackend = 'keychain',
  ) {}

  get(_key: SecretKey): Promise<string | null> {
    return Promise.reject(errorFor(this.state));
  }

  set(_key: SecretKey, _value: string): Promise<void> {
    return Promise.reject(errorFor(this.state));
  }

  delete(_key: SecretKey): Promise<boolean> {
    return Promise.reject(errorFor(this.state));
  }

  listByGrant(_grantId: GrantId): Promise<readonly SecretKey[]> {
    return Promise.reject(errorFor(this.state));
  }

  health(): Promise<SecretStoreHealth> {
    return Promise.resolve(this.state);
  }
}
