/**
 * Notifications as the core runs them: every check's status changes and expiry warnings go to the notifier, which
 * batches them per sweep and hands the result to whoever presents them (the desktop's native notifications).
 */
import type { AccountView } from '../../../shared/domain/account-view';
import type { CoreEventBus } from '../kernel/core-events';
import type { Clock } from '../kernel/clock';
import type { Timers } from '../kernel/timers';
import type { Logger } from '../logging/create-logger';
import type { SettingsStore } from '../settings/settings-store';
import type { CheckSignals } from './check-signals';
import type { TetherNotification } from './notification';
import { Notifier } from './notifier';
import { systemLocalMinutes, type LocalMinutes } from './quiet-hours';

export interface NotificationSink {
  /** Shows the notifications. */
  deliver(notifications: readonly TetherNotification[]): void;
  /** The local time of day, for quiet hours (default: the system's). */
  readonly localMinutes?: LocalMinutes;
}

export interface NotificationsDeps {
  readonly clock: Clock;
  readonly settings: SettingsStore;
  readonly events: CoreEventBus;
  accounts(): AccountView[];
  readonly log: Logger;
  readonly timers?: Timers;
}

/** Routes check signals to a notifier once someone presents them; until then they are dropped. */
export class Notifications {
  private notifier: Notifier | null = null;

  constructor(private readonly deps: NotificationsDeps) {}

  /** Starts presenting notifications; returns the function that stops. One presenter at a time. */
  start(sink: NotificationSink): () => void {
    const { clock, settings, events, log, timers } = this.deps;
    this.notifier?.stop();
    const notifier = new Notifier({
      clock,
      settings: () => settings.get(),
      localMinutes: sink.localMinutes ?? systemLocalMinutes,
      deliver: (list) => sink.deliver(list),
      log,
      ...(timers ? { timers } : {}),
    });
    notifier.prime(this.deps.accounts());
    this.notifier = notifier;
    const offs = [
      events.on('validation:progressed', (p) => {
        if (p.finished) notifier.flush();
      }),
      settings.onChange(() => notifier.flush()),
    ];
    return () => {
      offs.forEach((off) => off());
      notifier.stop();
      if (this.notifier === notifier) this.notifier = null;
    };
  }

  /** What one check changed. */
  push(signals: CheckSignals): void {
    if (signals.transitions.length > 0 || signals.warnings.length > 0) this.notifier?.push(signals.transitions, signals.warnings);
  }
}
