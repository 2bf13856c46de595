/**
 * Runs the notification policy over time: collects the transitions of one check or sweep into a batch, decides,
 * hands the notifications to the desktop, keeps the policy's memory, and wakes itself when quiet hours end or a
 * failing account reaches the "can't verify" threshold. Timers and clock are injected; the policy stays pure.
 */
import type { AccountView } from '../../../shared/domain/account-view';
import type { Settings } from '../../../shared/domain/settings';
import { CANNOT_VERIFY_AFTER_MS } from '../accounts/status-machine';
import type { Clock } from '../kernel/clock';
import type { Logger } from '../logging/create-logger';
import { globalTimers, type Timers } from '../kernel/timers';
import type { TetherNotification } from './notification';
import { decideNotifications, nextDecisionAt, type PolicyOptions } from './notification-policy';
import { EMPTY_NOTIFY_STATE, primeNotifyState, type NotifyState } from './notify-state';
import type { LocalMinutes } from './quiet-hours';
import type { ExpiryWarningSignal, StatusTransition } from './status-transition';

/** How long a batch waits for the rest of its sweep when nobody calls `flush`. */
export const DEFAULT_BATCH_WINDOW_MS = 2_000;

export interface NotifierOptions {
  readonly clock: Clock;
  /** The current settings, read at each decision. */
  settings(): Settings;
  readonly localMinutes: LocalMinutes;
  /** Shows the notifications (the Electron layer's presenter). A throw is logged; the memory still advances. */
  deliver(notifications: readonly TetherNotification[]): void;
  readonly timers?: Timers;
  readonly batchWindowMs?: number;
  readonly policy?: Pick<PolicyOptions, 'dedupeWindowMs' | 'groupAbove' | 'cannotVerifyAfterMs'>;
  readonly log?: Logger;
}

export class Notifier {
  private memory: NotifyState = EMPTY_NOTIFY_STATE;
  private transitions: StatusTransition[] = [];
  private warnings: ExpiryWarningSignal[] = [];
  private batchTimer: unknown;
  private wakeTimer: unknown;
  private stopped = false;
  private readonly timers: Timers;

  constructor(private readonly options: NotifierOptions) {
    this.timers = options.timers ?? globalTimers;
  }

  /** The policy's memory (for tests and diagnostics). */
  get state(): NotifyState {
    return this.memory;
  }

  /** Seeds the memory from the accounts at start-up (see primeNotifyState), and arms the escalation timer. */
  prime(accounts: readonly AccountView[]): void {
    const threshold = this.options.policy?.cannotVerifyAfterMs ?? CANNOT_VERIFY_AFTER_MS;
    this.memory = primeNotifyState(this.memory, accounts, this.options.clock.now(), threshold);
    this.reschedule();
  }

  /** Adds what one check found; it is decided with the rest of its batch (at `flush`, or after the batch window). */
  push(transitions: readonly StatusTransition[], expiryWarnings: readonly ExpiryWarningSignal[] = []): void {
    if (this.stopped || (transitions.length === 0 && expiryWarnings.length === 0)) return;
    this.transitions.push(...transitions);
    this.warnings.push(...expiryWarnings);
    if (this.batchTimer === undefined) {
      this.batchTimer = this.timers.setTimeout(() => this.flush(), this.options.batchWindowMs ?? DEFAULT_BATCH_WINDOW_MS);
    }
  }

  /** Decides now: call it when a sweep finishes, and when settings change (quiet hours, kinds). */
  flush(): void {
    if (this.stopped) return;
    if (this.batchTimer !== undefined) this.timers.clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    const transitions = this.transitions;
    const warnings = this.warnings;
    this.transitions = [];
    this.warnings = [];
    const decision = decideNotifications(transitions, this.options.settings(), this.memory, this.options.clock.now(), {
      ...this.options.policy,
      localMinutes: this.options.localMinutes,
      expiryWarnings: warnings,
    });
    this.memory = decision.state;
    if (decision.notifications.length > 0) {
      try {
        this.options.deliver(decision.notifications);
      } catch (error) {
        this.options.log?.error('could not show notifications', { error: String(error) });
      }
    }
    this.reschedule();
  }

  /** Cancels every timer; later pushes are ignored. */
  stop(): void {
    this.stopped = true;
    for (const handle of [this.batchTimer, this.wakeTimer]) if (handle !== undefined) this.timers.clearTimeout(handle);
    this.batchTimer = undefined;
    this.wakeTimer = undefined;
  }

  /** Arms one timer for the next moment the policy has something to decide without a check. */
  private reschedule(): void {
    if (this.wakeTimer !== undefined) this.timers.clearTimeout(this.wakeTimer);
    this.wakeTimer = undefined;
    if (this.stopped) return;
    const now = this.options.clock.now();
    const at = nextDecisionAt(this.memory, this.options.settings(), now, {
      ...this.options.policy,
      localMinutes: this.options.localMinutes,
    });
    if (at === null) return;
    this.wakeTimer = this.timers.setTimeout(
      () => {
        this.wakeTimer = undefined;
        this.flush();
      },
      Math.max(0, at - now),
    );
  }
}
