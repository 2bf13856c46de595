/** UTC calendar arithmetic for rollups and buckets. History days are UTC days, so they never shift with DST. */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** The UTC day number of an instant: 0 is 1970-01-01. */
export function dayOf(epochMs: number): number {
  return Math.floor(epochMs / DAY_MS);
}

/** Epoch ms of the first instant of a UTC day. */
export function dayStart(day: number): number {
  return day * DAY_MS;
}

/** `2026-11-28` for a UTC day number. */
export function isoDate(day: number): string {
  return new Date(dayStart(day)).toISOString().slice(0, 10);
}

/** The UTC day number of the Monday that starts the ISO week containing `day`. */
export function weekOf(day: number): number {
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting Monday as 0.
  return day - ((day + 3) % 7);
}
