/**
 * PKCE for public clients (RFC 7636; required of native apps by RFC 8252 §6): a random verifier kept in memory for
 * one sign-in, and its S256 challenge sent in the authorize URL.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export interface PkcePair {
  /** 43 characters of base64url (32 random bytes): inside RFC 7636 §4.1's 43–128 unreserved characters. */
  readonly verifier: string;
  /** BASE64URL(SHA256(ASCII(verifier))), sent with code_challenge_method=S256. */
  readonly challenge: string;
  readonly method: 'S256';
}

/** The S256 challenge of a verifier (RFC 7636 §4.2). */
export function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** A fresh verifier and its challenge. */
export function createPkcePair(random: (bytes: number) => Buffer = randomBytes): PkcePair {
  const verifier = random(32).toString('base64url');
  return { verifier, challenge: s256(verifier), method: 'S256' };
}

/** A fresh `state` (RFC 6749 §10.12): unguessable, bound to one sign-in. */
export function createState(random: (bytes: number) => Buffer = randomBytes): string {
  return random(32).toString('base64url');
}

/** Compares a returned state with ours without leaking where they differ. */
export function stateMatches(expected: string, returned: string | null): boolean {
  if (returned === null) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(returned);
  return a.length === b.length && timingSafeEqual(a, b);
}
