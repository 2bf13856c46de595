/** PKCE verification as an authorization server does it (RFC 7636 §4.6): S256 and plain. */
import { createHash } from 'node:crypto';

/** RFC 7636 §4.1: 43–128 characters of [A-Z a-z 0-9 - . _ ~]. */
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/** The S256 challenge of a verifier: BASE64URL(SHA256(ASCII(verifier))). */
export function s256Challenge(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** True when the verifier is well-formed and matches the challenge under the method. */
export function verifyPkce(verifier: string, challenge: string, method: 'S256' | 'plain'): boolean {
  if (!VERIFIER.test(verifier)) return false;
  return method === 'S256' ? s256Challenge(verifier) === challenge : verifier === challenge;
}
