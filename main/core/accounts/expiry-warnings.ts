/** Which expiry warnings are due: at 7 days, 1 day and 1 hour before access ends, each once per expiry. */

export const EXPIRY_THRESHOLDS = [
  { id: '7d', ms: 7 * 24 * 3_600_000 },
  { id: '1d', ms: 24 * 3_600_000 },
  { id: '1h', ms: 3_600_000 },
] as const;

export type ExpiryThresholdId = (typeof EXPIRY_THRESHOLDS)[number]['id'];

/** The window in which an account counts as `expiring`. */
export const EXPIRING_WINDOW_MS = EXPIRY_THRESHOLDS[0].ms;

/**
 * The most urgent threshold crossed for `expiresAt` that has not been warned about yet, or null.
 * Only the most urgent is returned: after a week asleep, the user hears "1 hour left", not three warnings.
 */
export function dueExpiryWarning(expiresAt: number | null, now: number, alreadyWarned: ReadonlySet<ExpiryThresholdId>): ExpiryThresholdId | null {
  if (expiresAt === null || expiresAt <= now) return null;
  const left = expiresAt - now;
  const crossed = EXPIRY_THRESHOLDS.filter((t) => left <= t.ms);
  const mostUrgent = crossed.at(-1);
  if (!mostUrgent || alreadyWarned.has(mostUrgent.id)) return null;
  return mostUrgent.id;
}
