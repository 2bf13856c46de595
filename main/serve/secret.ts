/** The per-launch secret that guards `tether serve`: random, compared in constant time. */
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh URL-safe secret. */
export function createServeSecret(): string {
  return randomBytes(24).toString('base64url');
}

/** True when `candidate` equals `secret`, without leaking where they differ through timing. */
export function secretMatches(secret: string, candidate: string | null | undefined): boolean {
  if (typeof candidate !== 'string') return false;
  const a = Buffer.from(secret);
  const b = Buffer.from(candidate);
  return a.length === b.length && timingSafeEqual(a, b);
}
