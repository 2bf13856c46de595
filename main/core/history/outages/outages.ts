/**
 * Outages, pure: an outage starts when an account's effective status turns down (needs_reconnect or needs_action)
 * from up, and ends at the next return to up (connected or expiring). Moving between the two down statuses, or
 * through `unverified`, continues the same outage. Each outage start is one disconnection.
 */
import type { RecordedStatus } from '../../../../shared/domain/history-event';
import type { ReasonId } from '../../../../shared/domain/reason-id';
import { effectiveStatus, isDown, statusBefore } from '../status-timeline';

/** One status change, as read from history, ordered by account then time. */
export interface StatusChangeRow {
  readonly account_key: number;
  readonly at: number;
  readonly from_status: RecordedStatus;
  readonly to_status: RecordedStatus;
  readonly reason: string | null;
}

/** One stretch of time in which an account needed the user. `endedAt` is null while it lasts. */
export interface Outage {
  readonly accountKey: number;
  readonly startedAt: number;
  readonly endedAt: number | null;
  /** The reason given when the account went down. */
  readonly reason: ReasonId | null;
}

/** Finds the outages in status changes ordered by (account, time). */
export function findOutages(rows: Iterable<StatusChangeRow>): Outage[] {
  const out: Outage[] = [];
  let account: number | null = null;
  let down = false;
  let open: { accountKey: number; startedAt: number; reason: ReasonId | null } | null = null;
  const close = (endedAt: number | null): void => {
    if (open) out.push({ ...open, endedAt });
    open = null;
  };
  for (const row of rows) {
    if (row.account_key !== account) {
      close(null);
      account = row.account_key;
      // History that begins with the account already down: that outage started before anything was recorded.
      down = isDown(statusBefore(row.from_status));
    }
    const nowDown = isDown(effectiveStatus(row.from_status, row.to_status));
    if (nowDown && !down) open = { accountKey: row.account_key, startedAt: row.at, reason: row.reason as ReasonId | null };
    if (!nowDown && down) close(row.at);
    down = nowDown;
  }
  close(null);
  return out;
}

/** Mean and median of durations in ms, and how many outages are still open. */
export interface ReconnectStats {
  /** Outages that ended (the ones timed). */
  readonly count: number;
  /** Outages that started in the range and have not ended. */
  readonly open: number;
  readonly meanMs: number | null;
  readonly medianMs: number | null;
}

/** Statistics of the time to reconnect over a set of outages. */
export function reconnectStats(outages: readonly Outage[]): ReconnectStats {
  const durations = outages.filter((o) => o.endedAt !== null).map((o) => (o.endedAt as number) - o.startedAt);
  durations.sort((a, b) => a - b);
  const n = durations.length;
  if (n === 0) return { count: 0, open: outages.length, meanMs: null, medianMs: null };
  const mid = Math.floor(n / 2);
  const median = n % 2 === 1 ? (durations[mid] as number) : ((durations[mid - 1] as number) + (durations[mid] as number)) / 2;
  return { count: n, open: outages.length - n, meanMs: durations.reduce((a, b) => a + b, 0) / n, medianMs: median };
}
