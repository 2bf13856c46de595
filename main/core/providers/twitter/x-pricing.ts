/**
 * What X charges and caps for the calls an X check makes, and why Tether spends them as it does. Each choice
 * rests on X's own documentation; where no document says, tests/fixtures/x-sdk/DISAGREEMENTS.md ("Billing and
 * quotas") keeps the reasoning.
 *
 * 1. GET /2/users/me is a paid read on pay-per-use: "Read operations — Charged per resource returned in the
 *    response … User: Read $0.010 per resource" (docs.x.com/x-api/getting-started/pricing). It returns one user.
 * 2. Owned Reads ("$0.001 per resource") cover only a listed set of `GET /2/users/{id}/…` collections "when `{id}`
 *    matches the authenticated user and that user is the owner of the developer app" (same page). /2/users/me is
 *    not on the list, the listed endpoints are billed per resource they return (so per follower, per post), and
 *    only the one account that owns the app qualifies: none of them is a cheaper liveness check for the accounts
 *    an agency manages. Tether does not use them.
 * 3. "All resources are deduplicated within a 24-hour UTC day window … requesting the same resource again within
 *    that window will not incur an additional charge" (same page; "a soft guarantee"). So one X account costs at
 *    most one User read per UTC day whatever the cadence: Tether counts one paid read per account per UTC day.
 * 4. The token refresh (POST /2/oauth2/token) is on neither price list, and X requires it anyway every two hours:
 *    an access token "will only stay valid for two hours" (docs.x.com/fundamentals/authentication/oauth-2-0/
 *    authorization-code). A refresh that succeeds proves the grant is alive (not revoked, not expired), for free.
 *    It cannot prove the account isn't locked or suspended; only a read can, so Tether keeps one read a day.
 * 5. Error answers return no resource, so they cost nothing (from 1): a 401, a 402 probe, a 429.
 * 6. Legacy capped tiers meter /2/users/me per user: Free "GET_2_users_me 25 24 hours per user"
 *    (developer.x.com/en/docs/twitter-api/rate-limits). Pay-per-use meters it at 75 per 15 minutes per user
 *    (docs.x.com/x-api/fundamentals/rate-limits), which a check every 5 minutes can't reach.
 */

/** One User read, in micro-dollars (1 USD = 1,000,000): $0.010. */
export const USER_READ_MICROS = 10_000;

/** X's Free tier: GET /2/users/me per user per 24 hours, until X's headers say otherwise. */
export const DEFAULT_DAILY_USERS_ME_LIMIT = 25;

export const DAY_MS = 24 * 3_600_000;

/**
 * A window that resets further away than this is a daily one. X's windows are 15 minutes or 24 hours
 * (docs.x.com/x-api/fundamentals/rate-limits); an hour keeps rounding and clock skew from mixing them up.
 */
export const DAILY_WINDOW_FROM_MS = 60 * 60_000;

/** The UTC day of an instant, "YYYY-MM-DD": X's deduplication window. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Epoch ms of the start of the UTC day after `ms`. */
export function nextUtcMidnight(ms: number): number {
  return (Math.floor(ms / DAY_MS) + 1) * DAY_MS;
}

/** Epoch ms of the start of the calendar month (UTC) holding `ms`. */
export function utcMonthStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/**
 * Epoch ms of the start of the next calendar month (UTC). Tether's budget month; X's own billing cycle may start
 * on another day (the Usage API reports a `cap_reset_day` Tether can't read with a user token): UNVERIFIED.
 */
export function nextUtcMonthStart(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** Whole UTC days from the day of `ms` to the end of its month, that day included. */
export function utcDaysLeftInMonth(ms: number): number {
  return Math.round((nextUtcMonthStart(ms) - Math.floor(ms / DAY_MS) * DAY_MS) / DAY_MS);
}

/** Micro-dollars as US dollars. */
export function usd(micros: number): number {
  return micros / 1_000_000;
}
