/**
 * When a failed alert is tried again: after 30 s, then twice as long each time up to 30 minutes, a little
 * randomised so many alerts don't retry in step; and when Tether stops trying.
 */

/** The first wait after a failure. */
export const FIRST_RETRY_MS = 30_000;
/** The longest wait between two tries. */
export const MAX_RETRY_MS = 30 * 60_000;
/**
 * After this long an alert is old news: the dashboard and the next alerts say what is true now, so Tether stops
 * trying and says so. UNVERIFIED: a product choice (one day covers a weekend outage of the channel's service
 * poorly, but a Monday alert about Friday's disconnection would mislead more than help).
 */
export const GIVE_UP_AFTER_MS = 24 * 3_600_000;
/** At most this many alerts wait; beyond it the oldest is dropped (and counted as given up). */
export const MAX_WAITING = 200;

/** The wait before try number `attempt + 1` (attempt 1 is the first failure), ±10 %. */
export function retryDelayMs(attempt: number, random: () => number): number {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.9 + 0.2 * random()));
}
