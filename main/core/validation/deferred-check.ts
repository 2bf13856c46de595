/**
 * When a deferred check comes back. A network app out of credits or out of daily reads pauses the paid read, not
 * the token refresh: X's refresh costs nothing and proves the login alive (x-pricing.ts 4). So a deferred grant
 * keeps its usual cadence, refreshing its tokens when they are due, and reads again once the pause is over.
 */

/** Never come back sooner than this, so a pause can't turn into a busy loop. */
export const MIN_DEFER_MS = 60_000;

/** How long to wait after a deferral that lasts until `until`, given the grant's usual interval. */
export function deferredDelay(until: number, usualIntervalMs: number, now: number): number {
  return Math.max(MIN_DEFER_MS, Math.min(until - now, usualIntervalMs));
}
