/**
 * When a deferred check comes back. A network app out of credits or out of daily reads pauses the paid read, not
 * the token refresh: X's refresh costs nothing and proves the login alive (x-pricing.ts 4), so the grant comes back
 * when its access token is due for one, if that is sooner than the pause's end.
 */
import type { TokenSet } from '../secrets/token-set.codec';

/** Come back this long before the access token expires: inside every provider's refresh margin (X: 5 minutes). */
export const REFRESH_LEAD_MS = 4 * 60_000;

/** Never come back sooner than this, so a pause can't turn into a busy loop. */
export const MIN_DEFER_MS = 60_000;

/** The time to check the grant again after a deferral that lasts `until`. */
export function deferredRunAt(until: number, tokens: TokenSet | null, now: number): number {
  const refreshDue = tokens?.refreshToken && tokens.accessExpiresAt !== null ? tokens.accessExpiresAt - REFRESH_LEAD_MS : Infinity;
  return Math.max(now + MIN_DEFER_MS, Math.min(until, refreshDue));
}
