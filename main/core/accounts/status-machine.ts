/**
 * How one check moves one account's status (design.md §2). Pure: state and verdict in, next state out.
 * Transient failures never disconnect: they make a healthy account `unverified` and keep its last known status.
 */
import type { AccountStatus } from '../../../shared/domain/account-status';
import type { ReasonId } from '../../../shared/domain/reason-id';
import type { Classification } from '../reasons/classification';
import { EXPIRING_WINDOW_MS } from './expiry-warnings';
import { CANNOT_VERIFY_AFTER_MS } from '../../../shared/reasons/account-state';

/** Statuses a conclusive check can decide. `unverified` and `checking` are never "known". */
export type KnownStatus = Extract<AccountStatus, 'connected' | 'expiring' | 'needs_reconnect' | 'needs_action'>;

export interface AccountHealth {
  readonly status: Exclude<AccountStatus, 'checking'>;
  readonly reason: ReasonId | null;
  readonly statusSince: number;
  /** What the last conclusive check said; shown beside "can't verify". */
  readonly lastKnownStatus: KnownStatus;
  /** When checks started failing for transient reasons; null while they succeed. */
  readonly unverifiedSince: number | null;
  readonly expiresAt: number | null;
}

/** What one check concluded about one account. */
export type AccountVerdict =
  | { readonly kind: 'ok'; readonly expiresAt: number | null; readonly warning?: ReasonId }
  | { readonly kind: 'problem'; readonly classification: Classification };

export interface HealthTransition {
  readonly next: AccountHealth;
  /** True when status or reason changed: a `status_changed` event is due. */
  readonly changed: boolean;
}

/** The time after which "unverified" escalates to its own "can't verify since …" card (shared with the UI). */
export { CANNOT_VERIFY_AFTER_MS };

/** True when the account has been unverifiable long enough to deserve its own card. */
export function cannotVerify(health: AccountHealth, now: number, thresholdMs = CANNOT_VERIFY_AFTER_MS): boolean {
  return health.status === 'unverified' && health.unverifiedSince !== null && now - health.unverifiedSince >= thresholdMs;
}

function settle(current: AccountHealth, status: KnownStatus, reason: ReasonId | null, expiresAt: number | null, now: number): HealthTransition {
  const changed = current.status !== status || current.reason !== reason;
  return {
    changed,
    next: { status, reason, statusSince: changed ? now : current.statusSince, lastKnownStatus: status, unverifiedSince: null, expiresAt },
  };
}

/** Applies one verdict to an account's health. */
export function nextHealth(current: AccountHealth, verdict: AccountVerdict, now: number): HealthTransition {
  if (verdict.kind === 'ok') {
    const expiring = verdict.expiresAt !== null && verdict.expiresAt - now <= EXPIRING_WINDOW_MS;
    return settle(current, expiring ? 'expiring' : 'connected', verdict.warning ?? null, verdict.expiresAt, now);
  }
  const c = verdict.classification;
  if (c.permanent) {
    return settle(current, c.reconnectFixes === false ? 'needs_action' : 'needs_reconnect', c.reason, current.expiresAt, now);
  }
  // Transient, rate-limited or inconclusive. An account that already needs the user keeps saying so:
  // a network hiccup tells us nothing new about a known disconnection.
  if (current.status === 'needs_reconnect' || current.status === 'needs_action') {
    return { changed: false, next: current };
  }
  if (current.status === 'unverified') return { changed: false, next: current };
  return {
    changed: true,
    next: { ...current, status: 'unverified', reason: c.reason, statusSince: now, unverifiedSince: now },
  };
}

/** The health of a newly connected account. */
export function freshHealth(now: number, expiresAt: number | null): AccountHealth {
  const expiring = expiresAt !== null && expiresAt - now <= EXPIRING_WINDOW_MS;
  const status: KnownStatus = expiring ? 'expiring' : 'connected';
  return { status, reason: null, statusSince: now, lastKnownStatus: status, unverifiedSince: null, expiresAt };
}
