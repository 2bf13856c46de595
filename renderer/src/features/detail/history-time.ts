/** Times in the History section: "14:30" today, "27 Nov, 14:30" before; the reader's own time zone. */

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dayAndClock = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

const sameDay = (a: Date, b: Date): boolean => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** The time of an event: the clock alone when it happened on the day of `now`, else with the day. */
export function eventTime(at: number, now: number): string {
  const date = new Date(at);
  return sameDay(date, new Date(now)) ? clock.format(date) : dayAndClock.format(date);
}

/** A calendar day, for expiry dates: "5 Dec 2026". */
export function calendarDay(at: number): string {
  return day.format(new Date(at));
}
