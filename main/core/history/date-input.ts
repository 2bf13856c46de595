/** Dates typed by people (CLI flags, export filters): `2026-11-28` or an ISO 8601 time with a zone. */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

/** Thrown for text that is not one of the accepted date forms, or names a day that does not exist. */
export class BadDateError extends RangeError {
  constructor(text: string) {
    super(`"${text}" is not a date: use YYYY-MM-DD (a UTC day) or an ISO time such as 2026-11-28T08:30:00Z`);
    this.name = 'BadDateError';
  }
}

function validDay(y: number, m: number, d: number): boolean {
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/**
 * Epoch ms for a typed date. A bare day is a UTC day: as a start (`since`) it means its first instant, as an end
 * (`until`, exclusive) the first instant of the next day, so `--until 2026-03-31` includes March 31.
 */
export function parseDateInput(text: string, edge: 'start' | 'end'): number {
  const day = DATE.exec(text);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    if (!validDay(y, m, d)) throw new BadDateError(text);
    return Date.UTC(y, m - 1, d + (edge === 'end' ? 1 : 0));
  }
  const time = DATE_TIME.exec(text);
  if (!time) throw new BadDateError(text);
  const [y, m, d, hh, mm, ss] = [1, 2, 3, 4, 5, 6].map((i) => Number(time[i] ?? 0)) as [number, number, number, number, number, number];
  const zone = time[8] as string;
  const zoneOk = zone === 'Z' || (Number(zone.slice(1, 3)) <= 14 && Number(zone.slice(4, 6)) < 60);
  if (!validDay(y, m, d) || hh > 23 || mm > 59 || ss > 59 || !zoneOk) throw new BadDateError(text);
  const ms = Date.parse(text);
  if (Number.isNaN(ms) || ms < 0) throw new BadDateError(text);
  return ms;
}
