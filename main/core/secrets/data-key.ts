/**
 * Tether's data key: 32 random bytes kept as the one item in the OS keychain (or wrapped by Electron safeStorage),
 * which seals every token and app secret in the database. As VS Code and Signal Desktop do: one keychain item
 * instead of one per token. The key is known by a fingerprint (an HMAC of a fixed label), never by its bytes.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { registerSecret } from '../logging/redact';
import { SecretStoreError } from './secret-store';

/** AES-256: 32 bytes. */
export const DATA_KEY_BYTES = 32;

const FORMAT = 'tether-data-key:v1:';

/** The key and its fingerprint. */
export interface DataKey {
  readonly bytes: Buffer;
  /** Which key this is, stored beside each sealed value: a mismatch says "sealed with another key" up front. */
  readonly id: string;
}

/** A fingerprint of the key that reveals nothing about it (HMAC-SHA-256 under the key itself, 128 bits shown). */
export function dataKeyId(bytes: Buffer): string {
  return createHmac('sha256', bytes).update('tether data key id v1').digest('hex').slice(0, 32);
}

function dataKeyOf(bytes: Buffer): DataKey {
  return { bytes, id: dataKeyId(bytes) };
}

/** A fresh key from the OS's random source. */
export function newDataKey(): DataKey {
  return dataKeyOf(randomBytes(DATA_KEY_BYTES));
}

/** The text the keychain keeps for a key. */
export function encodeDataKey(key: DataKey): string {
  const text = `${FORMAT}${key.bytes.toString('base64')}`;
  registerSecret(text);
  registerSecret(key.bytes.toString('base64'));
  return text;
}

/** Reads the keychain's text back into a key. Throws SecretStoreError('unreadable') on anything else: never replaced. */
export function decodeDataKey(text: string): DataKey {
  const bytes = text.startsWith(FORMAT) ? Buffer.from(text.slice(FORMAT.length), 'base64') : Buffer.alloc(0);
  if (bytes.length !== DATA_KEY_BYTES || bytes.toString('base64') !== text.slice(FORMAT.length)) {
    throw new SecretStoreError(
      'unreadable',
      'The key Tether keeps in the keychain (item "data-key") is damaged, so Tether can\'t read your saved logins. It was left as it is.',
    );
  }
  registerSecret(bytes.toString('base64'));
  return dataKeyOf(bytes);
}
