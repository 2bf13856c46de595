/**
 * How history reads an account's statuses over time. `unverified` means "checks fail for transient reasons, the
 * last known status is kept" (design.md §2), so it counts as the status it interrupted.
 */
import type { RecordedStatus } from '../../../shared/domain/history-event';

/** What a status means for uptime and outages, once `unverified` is resolved to the status it interrupted. */
export type EffectiveStatus = Exclude<RecordedStatus, 'unverified'>;

/** The status in force after a change `from → to`. A change into `unverified` keeps `from`. */
export function effectiveStatus(from: RecordedStatus, to: RecordedStatus): EffectiveStatus {
  if (to !== 'unverified') return to;
  // `from` can only be unverified on a malformed first record; an account starts out connected.
  return from === 'unverified' ? 'connected' : from;
}

/** The status in force before an account's first recorded change (accounts are created connected). */
export function statusBefore(firstFrom: RecordedStatus | null): EffectiveStatus {
  return firstFrom === null || firstFrom === 'unverified' ? 'connected' : firstFrom;
}

/** Up: the connection works (connected, or connected but expiring soon). */
export function isUp(status: EffectiveStatus): boolean {
  return status === 'connected' || status === 'expiring';
}

/** Down: the user has to act (reconnect, or fix something on the network first). */
export function isDown(status: EffectiveStatus): boolean {
  return !isUp(status);
}
