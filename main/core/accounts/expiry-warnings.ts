/**
 * Which expiry warnings are due: at 7 days, 1 day and 1 hour before access ends (each can be switched off in
 * Settings), each once per expiry.
 */
import type { Settings } from '../../../shared/domain/settings';

export const EXPIRY_THRESHOLDS = [
  { id: '7d', ms: 7 * 24 * 3_600_000 },
  { id: '1d', ms: 24 * 3_600_000 },
  { id: '1h', ms: 3_600_000 },
] as const;

export type ExpiryThresholdId = (typeof EXPIRY_THRESHOLDS)[number]['id'];

/** The window in which an account counts as `expiring`. */
export const EXPIRING_WINDOW_MS = EXPIRY_THRESHOLDS[0].ms;

/** Every threshold: what a fresh install warns at. */
export const ALL_LEAD_TIMES: ReadonlySet<ExpiryThresholdId> = new Set(EXPIRY_THRESHOLDS.map((t) => t.id));

/**
 * The most urgent threshold crossed for `expiresAt` that has not been warned about yet, or null. Only the
 * thresholds in `leadTimes` count. Only the most urgent is returned: after a week asleep, the user hears "1 hour
 * left", not three warnings.
 */
export function dueExpiryWarning(
  expiresAt: number | null,
  now: number,
  alreadyWarned: ReadonlySet<ExpiryThresholdId>,
  leadTimes: ReadonlySet<ExpiryThresholdId> = ALL_LEAD_TIMES,
): ExpiryThresholdId | null {
  if (expiresAt === null || expiresAt <= now) return null;
  const left = expiresAt - now;
  const crossed = EXPIRY_THRESHOLDS.filter((t) => leadTimes.has(t.id) && left <= t.ms);
  const mostUrgent = crossed.at(-1);
  if (!mostUrgent || alreadyWarned.has(mostUrgent.id)) return null;
  return mostUrgent.id;
}

/** The lead times switched on in Settings → Notifications. */
export function enabledLeadTimes(settings: Settings): ReadonlySet<ExpiryThresholdId> {
  return new Set(EXPIRY_THRESHOLDS.map((t) => t.id).filter((id) => settings.notifications.leadTimes[id]));
}
