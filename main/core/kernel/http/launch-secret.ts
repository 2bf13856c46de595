/** Per-launch secrets that guard Tether's loopback servers (serve's dashboard key, the simulator's control key). */
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh URL-safe secret (192 bits). */
export function createLaunchSecret(): string {
  return randomBytes(24).toString('base64url');
}

/** True when `candidate` equals `secret`, without leaking where they differ through timing. */
export function secretMatches(secret: string, candidate: string | null | undefined): boolean {
  if (typeof candidate !== 'string') return false;
  const a = Buffer.from(secret);
  const b = Buffer.from(candidate);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The value of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return null;
  return header.slice('Bearer '.length);
}
