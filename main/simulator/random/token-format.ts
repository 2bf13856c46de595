/**
 * Realistic-looking, random-per-run secrets and ids: Graph tokens start with "EAA", X tokens are base64 of
 * "<random>:<epoch ms>:1:0:at|rt:1" like the real ones. Random bytes come from node:crypto, never from the seed.
 */
import { randomBytes } from 'node:crypto';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` random base-62 characters. */
export function randomBase62(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  // 62 * 4 = 248: rejecting bytes >= 248 keeps every character equally likely.
  for (let i = 0; out.length < length; i++) {
    const byte = i < bytes.length ? (bytes[i] ?? 0) : (randomBytes(1)[0] ?? 0);
    if (byte < 248) out += BASE62[byte % 62];
  }
  return out;
}

/** A Graph user or Page access token: "EAA" + ~180 base-62 characters, like the real ones. */
export function graphAccessToken(): string {
  return `EAA${randomBase62(190)}`;
}

/** A Facebook OAuth code (long, URL-safe). */
export function facebookAuthCode(): string {
  return `AQ${randomBytes(160).toString('base64url')}`;
}

/** An X OAuth 2.0 token: base64 of "<random>:<issued ms>:1:0:<kind>:1", as X's tokens decode. */
export function xToken(kind: 'at' | 'rt' | 'ac', issuedAtMs: number): string {
  return Buffer.from(`${randomBase62(40)}:${issuedAtMs}:1:0:${kind}:1`).toString('base64url');
}

/** A support trace id in the style of Graph's `fbtrace_id` (short, alphanumeric). */
export function fbTraceId(): string {
  return randomBytes(8).toString('base64url').replace(/[-_]/g, 'A');
}
