/**
 * Quiet hours in the user's local time: a window "HH:MM"–"HH:MM" that may cross midnight. Local time is injected
 * as a function, so the policy stays pure and tests run on a fixed offset without daylight-saving surprises.
 */
import type { Settings } from '../../../shared/domain/settings';

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

/** Minutes since local midnight (may be fractional) at epoch ms `now`. */
export type LocalMinutes = (now: number) => number;

/** Local time at a fixed offset from UTC, in minutes (UTC+2 is 120, UTC−5 is −300). No daylight saving. */
export function fixedOffsetLocalMinutes(offsetMinutes: number): LocalMinutes {
  return (now) => (((now / MINUTE + offsetMinutes) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
}

/** Local time as this computer's time zone sees it (daylight saving included). For the composition root. */
export const systemLocalMinutes: LocalMinutes = (now) => {
  const d = new Date(now);
  return d.getHours() * 60 + d.getMinutes() + d.getSeconds() / 60 + d.getMilliseconds() / MINUTE;
};

/** "22:30" → 1350. The settings schema has already checked the format. */
export function parseTimeOfDay(text: string): number {
  const [hours, minutes] = text.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

type QuietHours = Settings['notifications']['quietHours'];

/**
 * True when `now` falls in the quiet window [start, end). A window that ends before it starts crosses midnight
 * (22:00–07:00). A window whose start equals its end is empty: quiet "all day" is what switching kinds off is for.
 */
export function inQuietHours(quiet: QuietHours, now: number, localMinutes: LocalMinutes): boolean {
  if (!quiet.enabled) return false;
  const start = parseTimeOfDay(quiet.start);
  const end = parseTimeOfDay(quiet.end);
  const t = localMinutes(now);
  if (start === end) return false;
  return start < end ? t >= start && t < end : t >= start || t < end;
}

/** Epoch ms when the current quiet window ends, or null when `now` is not in quiet hours. */
export function quietHoursEndAt(quiet: QuietHours, now: number, localMinutes: LocalMinutes): number | null {
  if (!inQuietHours(quiet, now, localMinutes)) return null;
  const untilEnd = (parseTimeOfDay(quiet.end) - localMinutes(now) + DAY_MINUTES) % DAY_MINUTES;
  // At least 1 ms ahead, so a caller that waits for this moment always finds quiet hours over.
  return now + Math.max(1, Math.ceil(untilEnd * MINUTE));
}
