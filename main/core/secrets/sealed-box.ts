/**
 * AES-256-GCM from node:crypto, the one cipher the sealed store uses. Every seal draws a fresh 96-bit nonce, and
 * binds the value to where it belongs (the grant and the item's key) as additional authenticated data: a value
 * copied onto another row, a changed byte, or a different key all fail the tag check instead of decrypting to
 * garbage.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** GCM's recommended nonce size (NIST SP 800-38D §8.2): 96 bits, random per write. */
export const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const CIPHER = 'aes-256-gcm';

/** What a seal produces: the nonce, and the ciphertext with the 16-byte tag at its end. */
export interface Sealed {
  readonly nonce: Buffer;
  readonly sealed: Buffer;
}

/** The additional authenticated data for one item: a version label, its grant (or none) and its account name. */
export function sealContext(grantId: string | null, account: string): Buffer {
  return Buffer.from(`tether-sealed:v1\u0000${grantId ?? ''}\u0000${account}`, 'utf8');
}

/** Encrypts `plaintext` under `key`, bound to `context`. */
export function seal(key: Buffer, plaintext: string, context: Buffer): Sealed {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv(CIPHER, key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(context);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { nonce, sealed: Buffer.concat([body, cipher.getAuthTag()]) };
}

/** Decrypts and authenticates; null when the tag does not match (a wrong key, another row's value, a changed byte). */
export function open(key: Buffer, box: Sealed, context: Buffer): string | null {
  if (box.nonce.length !== NONCE_BYTES || box.sealed.length < TAG_BYTES) return null;
  const decipher = createDecipheriv(CIPHER, key, box.nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(context);
  decipher.setAuthTag(box.sealed.subarray(box.sealed.length - TAG_BYTES));
  try {
    const body = Buffer.concat([decipher.update(box.sealed.subarray(0, box.sealed.length - TAG_BYTES)), decipher.final()]);
    return body.toString('utf8');
  } catch {
    // "Unsupported state or unable to authenticate data": GCM's tag check failed.
    return null;
  }
}
