/**
 * The secret-store port. The OS keychain (keytar, in core) or Electron safeStorage (main/electron) holds ONE item,
 * Tether's data key; tokens and app secrets are sealed with it in SQLite (sealed-secret-store.ts), behind this same
 * port. Values never leave through logs or IPC.
 */
import type { GrantId } from '../../../shared/domain/ids';

/** The user's own network apps whose secrets Tether may hold. Meta's App Secret today; X apps are public. */
export const NETWORK_APPS = ['meta', 'x'] as const;
export type NetworkApp = (typeof NETWORK_APPS)[number];

/**
 * What a secret is. `grant_tokens` holds the grant's whole TokenSet (access + refresh + expiries) in ONE item,
 * so a rotated X refresh token and its access token are replaced together or not at all.
 */
export type SecretKey =
  | { readonly kind: 'grant_tokens'; readonly grantId: GrantId }
  /** Legacy only: a refreshed TokenSet a keychain-era vault saved before it replaced `grant_tokens` (migrated once). */
  | { readonly kind: 'grant_tokens_next'; readonly grantId: GrantId }
  | { readonly kind: 'page_token'; readonly grantId: GrantId; readonly pageId: string }
  | { readonly kind: 'app_secret'; readonly app: NetworkApp }
  /** The one item the keychain keeps: the key that seals every other secret in the database (data-key.ts). */
  | { readonly kind: 'data_key' }
  /** The team channel's incoming-webhook address (Slack, Teams, Discord, JSON): whoever has it can post there. */
  | { readonly kind: 'alert_webhook' };

/** Where a store keeps secrets. `memory` is demo mode's: the simulator's throw-away tokens, never written anywhere. */
export type SecretBackend = 'keychain' | 'safe-storage' | 'memory';

/** The state the UI shows about where secrets are kept. */
export type SecretStoreHealth =
  /** Working. `detail` names the OS store underneath when known (`gnome_libsecret`, `kwallet6`…). */
  | { readonly kind: 'ok'; readonly backend: SecretBackend; readonly detail?: string }
  /** The keychain is there but locked: "unlock your keychain". Nothing is lost; nothing can be read or saved. */
  | { readonly kind: 'locked' }
  /** No usable store (no Secret Service, keytar failed to load, safeStorage not available). */
  | { readonly kind: 'unavailable'; readonly reason: string }
  /** Electron on Linux fell back to `basic_text`: Tether refuses to store secrets that way. */
  | { readonly kind: 'insecure'; readonly backend: 'basic_text' };

export type SecretStoreErrorKind =
  | 'locked'
  | 'unavailable'
  | 'insecure'
  /** A stored value exists but can't be decrypted or decoded; it is kept, never deleted. */
  | 'unreadable'
  /** A bad key or value (empty, too long); nothing was written. */
  | 'invalid';

/** How a secret-store operation fails. Its message never contains a secret value. */
export class SecretStoreError extends Error {
  override readonly name = 'SecretStoreError';

  constructor(
    readonly kind: SecretStoreErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True when `error` is a SecretStoreError (of `kind`, if given). */
export function isSecretStoreError(error: unknown, kind?: SecretStoreErrorKind): error is SecretStoreError {
  return error instanceof SecretStoreError && (kind === undefined || error.kind === kind);
}

/** Where secrets live. Every method rejects with a SecretStoreError when the store can't do it. */
export interface SecretStore {
  readonly backend: SecretBackend;
  /** The value, or null when there is none. Never null because the store is locked: that rejects. */
  get(key: SecretKey): Promise<string | null>;
  /** Stores (or replaces) a value. */
  set(key: SecretKey, value: string): Promise<void>;
  /** Removes a value; false when there was none. */
  delete(key: SecretKey): Promise<boolean>;
  /** The keys held for one grant (never the values). */
  listByGrant(grantId: GrantId): Promise<readonly SecretKey[]>;
  /** Checks the store now. Never rejects. */
  health(): Promise<SecretStoreHealth>;
  /**
   * Every item Tether keeps, in one call: the sealed store's sweep warm-up (one query), and the one-time move of
   * keychain-era items into it (one keychain search). Absent where a store can't.
   */
  readAll?(): Promise<SecretListing>;
}

/** What `readAll` found: the values it could read, and the keys of those it could not (kept, never dropped). */
export interface SecretListing {
  readonly items: ReadonlyArray<{ readonly key: SecretKey; readonly value: string }>;
  readonly unreadable: readonly SecretKey[];
}

/** The longest value a store accepts, in UTF-8 bytes. Windows Credential Manager stops at 2,560. */
export const MAX_SECRET_BYTES = 2560;
