/**
 * The notification policy (design.md §1, §3): status transitions in, notifications out. Pure: no timers, no
 * clock, no I/O; time, local time and memory are passed in and the new memory is returned.
 *
 * Rules: a new disconnection, entering the expiry window (and, when given, each 7 d / 1 d / 1 h expiry warning),
 * the "can't verify" escalation and a reconnection are news, each if its kind is switched on; a transient blip
 * is not. The same account, kind and reason are told once per dedupe window unless the account recovered in
 * between. Several accounts of one login with the same news become one notification; more than a few in one
 * batch become one digest. During quiet hours news is held, and released as ONE notification when they end.
 */
import type { Settings } from '../../../shared/domain/settings';
import { CANNOT_VERIFY_AFTER_MS } from '../accounts/status-machine';
import { CandidateFold } from './candidate-fold';
import type { TetherNotification } from './notification';
import type { NotifyState } from './notify-state';
import { present } from './present';
import { inQuietHours, quietHoursEndAt, type LocalMinutes } from './quiet-hours';
import type { ExpiryWarningSignal, StatusTransition } from './status-transition';

/** The same news about the same account is told at most once in this window (unless it recovered). */
export const DEFAULT_DEDUPE_WINDOW_MS = 6 * 3_600_000;
/** More notifications than this from one check or sweep become one digest. */
export const DEFAULT_GROUP_ABOVE = 3;

export interface PolicyOptions {
  /** Minutes since local midnight at a given instant: quiet hours are in the user's local time. */
  readonly localMinutes: LocalMinutes;
  /** Expiry warnings due in this batch (the validation engine's `expiry_warning` events). */
  readonly expiryWarnings?: readonly ExpiryWarningSignal[];
  readonly dedupeWindowMs?: number;
  readonly groupAbove?: number;
  /** How long checks may fail before "can't verify" is news; the status machine's threshold by default. */
  readonly cannotVerifyAfterMs?: number;
}

export interface PolicyDecision {
  readonly notifications: TetherNotification[];
  readonly state: NotifyState;
}

/**
 * Decides what to show for one batch (one check or one sweep). Call it also with no transitions when
 * `nextDecisionAt` comes, so quiet hours release their summary and failing checks escalate on time.
 */
export function decideNotifications(
  transitions: readonly StatusTransition[],
  settings: Settings,
  state: NotifyState,
  now: number,
  options: PolicyOptions,
): PolicyDecision {
  const fold = new CandidateFold(state, {
    now,
    kinds: settings.notifications.kinds,
    leadTimes: settings.notifications.leadTimes,
    dedupeWindowMs: options.dedupeWindowMs ?? DEFAULT_DEDUPE_WINDOW_MS,
    cannotVerifyAfterMs: options.cannotVerifyAfterMs ?? CANNOT_VERIFY_AFTER_MS,
  });
  for (const t of [...transitions].sort((a, b) => a.at - b.at)) fold.transition(t);
  for (const w of options.expiryWarnings ?? []) fold.expiryWarning(w);
  fold.escalate();

  const candidates = fold.candidates();
  if (inQuietHours(settings.notifications.quietHours, now, options.localMinutes)) {
    return { notifications: [], state: fold.state(candidates) };
  }
  const notifications = present(candidates, now, {
    groupAbove: options.groupAbove ?? DEFAULT_GROUP_ABOVE,
    afterQuietHours: state.held.length > 0,
  });
  return { notifications, state: fold.state([]) };
}

/**
 * When the policy should next be called even if no check reports anything: the end of quiet hours while news is
 * held, or the moment a failing account reaches the "can't verify" threshold. Null when nothing is waiting.
 */
export function nextDecisionAt(state: NotifyState, settings: Settings, now: number, options: PolicyOptions): number | null {
  const times: number[] = [];
  if (state.held.length > 0) times.push(quietHoursEndAt(settings.notifications.quietHours, now, options.localMinutes) ?? now);
  const threshold = options.cannotVerifyAfterMs ?? CANNOT_VERIFY_AFTER_MS;
  for (const entry of Object.values(state.unverified)) {
    if (!entry.escalated) times.push(Math.max(now, entry.since + threshold));
  }
  return times.length > 0 ? Math.min(...times) : null;
}
