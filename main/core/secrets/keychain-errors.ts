/**
 * Maps the errors keytar passes up from the OS keychain to a kind the UI can act on. The messages are the
 * ones libsecret, macOS Security and Windows Credential Manager really produce (see the integration tests).
 */
import { SecretStoreError } from './secret-store';

export type KeychainFailure = { readonly kind: 'locked'; readonly detail: string } | { readonly kind: 'unavailable'; readonly detail: string };

/** Locked, or needs the user before it works (unlock, create the default keyring, allow access). */
const LOCKED: readonly RegExp[] = [
  /locked collection/i, // libsecret: "Cannot create an item in a locked collection"
  // libsecret: no default "login" collection yet: the user has to create/unlock it. The collection itself only:
  // ".../collection/login/7" is an item, gone because another process deleted it, which says nothing of a lock.
  /collection\/login(?![/\w])/i,
  /is locked/i,
  /user interaction is not allowed/i, // macOS errSecInteractionNotAllowed: keychain locked, no UI allowed
  /user canceled|user cancelled|dismissed/i, // the unlock prompt was dismissed
];

/** Plain words for why the keychain can't be reached, by the raw message's shape. */
const UNAVAILABLE_HINTS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /autolaunch D-Bus|Could not connect|DBUS_SESSION_BUS_ADDRESS|dbus/i,
    'No D-Bus session is running, so the Secret Service (GNOME Keyring, KWallet) cannot be reached',
  ],
  [
    /not provided by any \.service files|ServiceUnknown|org\.freedesktop\.secrets/i,
    'No Secret Service (GNOME Keyring, KWallet) is running on this session bus',
  ],
];

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'unknown error';
}

/** Classifies a raw keychain error. */
export function classifyKeychainError(error: unknown): KeychainFailure {
  const raw = messageOf(error).slice(0, 300);
  if (LOCKED.some((pattern) => pattern.test(raw))) return { kind: 'locked', detail: raw };
  const hint = UNAVAILABLE_HINTS.find(([pattern]) => pattern.test(raw));
  return { kind: 'unavailable', detail: hint ? `${hint[1]} (${raw})` : `The system keychain refused: ${raw}` };
}

/** The typed error an adapter throws for a raw keychain error. */
export function keychainError(error: unknown, doing: string): SecretStoreError {
  const failure = classifyKeychainError(error);
  switch (failure.kind) {
    case 'locked':
      return new SecretStoreError('locked', `The system keychain is locked; unlock it to ${doing} (${failure.detail})`, { cause: error });
    case 'unavailable':
      return new SecretStoreError('unavailable', `Could not ${doing}: ${failure.detail}`, { cause: error });
  }
}
