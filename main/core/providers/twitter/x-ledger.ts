/**
 * Tether's own record of what its X checks sent and what X should bill for them: every GET /2/users/me per X
 * user (for the per-user 24-hour caps of capped plans), and one paid read per user per UTC day (pay-per-use
 * deduplicates repeats within the day). The app, `tether serve` and a cron `tether check` share it through the
 * database (SqliteXLedger); the in-memory one serves tests and one-off cores.
 */
import { DAY_MS } from './x-pricing';

export interface XLedger {
  /** Notes one GET /2/users/me sent for a user. */
  recordRequest(xUserId: string, at: number): void;
  /** The times of a user's requests since `since`, oldest first. */
  requestsSince(xUserId: string, since: number): number[];
  /** Records the paid read of a user's UTC day; false when that day was already paid (X deduplicates it). */
  recordPaidRead(xUserId: string, day: string, micros: number, at: number): boolean;
  /** Whether a read of the user was already paid on that UTC day. */
  paidOn(xUserId: string, day: string): boolean;
  /** The last UTC day ("YYYY-MM-DD") a read of the user was paid, or null. */
  lastPaidDay(xUserId: string): string | null;
  /** Micro-dollars of the paid reads made at or after `since`. */
  spentSince(since: number): number;
}

/** Requests older than this are forgotten: the longest window they count in is 24 hours. */
export const REQUEST_MEMORY_MS = 2 * DAY_MS;

/** A ledger in memory. */
export class MemoryXLedger implements XLedger {
  private readonly requests = new Map<string, number[]>();
  private readonly paid = new Map<string, { micros: number; at: number }>();

  recordRequest(xUserId: string, at: number): void {
    const list = (this.requests.get(xUserId) ?? []).filter((t) => t >= at - REQUEST_MEMORY_MS);
    list.push(at);
    this.requests.set(xUserId, list);
  }

  requestsSince(xUserId: string, since: number): number[] {
    return (this.requests.get(xUserId) ?? []).filter((t) => t >= since).sort((a, b) => a - b);
  }

  recordPaidRead(xUserId: string, day: string, micros: number, at: number): boolean {
    const key = `${day} ${xUserId}`;
    if (this.paid.has(key)) return false;
    this.paid.set(key, { micros, at });
    return true;
  }

  paidOn(xUserId: string, day: string): boolean {
    return this.paid.has(`${day} ${xUserId}`);
  }

  lastPaidDay(xUserId: string): string | null {
    let last: string | null = null;
    for (const key of this.paid.keys()) {
      const [day, user] = key.split(' ');
      if (user === xUserId && day !== undefined && (last === null || day > last)) last = day;
    }
    return last;
  }

  spentSince(since: number): number {
    let total = 0;
    for (const entry of this.paid.values()) if (entry.at >= since) total += entry.micros;
    return total;
  }
}
