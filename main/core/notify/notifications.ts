/**
 * Notifications as the core runs them: every check's status changes and expiry warnings go to one notifier, which
 * batches them per sweep, decides once (dedupe, grouping, quiet hours) and hands the same notifications to every
 * presenter attached: the desktop's native notifications, the browser tabs of `tether serve`, the team channel.
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
  /** Presents the notifications. A throw is logged and the other presenters still get them. */
  deliver(notifications: readonly TetherNotification[]): void;
}

export interface NotificationsDeps {
  readonly clock: Clock;
  readonly settings: SettingsStore;
  readonly events: CoreEventBus;
  accounts(): AccountView[];
  readonly log: Logger;
  readonly timers?: Timers;
  /** The local time of day, for quiet hours (default: the system's). */
  readonly localMinutes?: LocalMinutes;
}

/** Routes check signals to a notifier while someone presents them; with no presenter they are dropped. */
export class Notifications {
  private notifier: Notifier | null = null;
  private readonly sinks = new Set<NotificationSink>();
  private stopWatching: (() => void) | null = null;

  constructor(private readonly deps: NotificationsDeps) {}

  /** Adds a presenter; returns the function that removes it. The policy's memory lasts while any is attached. */
  start(sink: NotificationSink): () => void {
    this.sinks.add(sink);
    if (!this.notifier) this.notifier = this.startNotifier();
    return () => {
      if (!this.sinks.delete(sink) || this.sinks.size > 0) return;
      this.stopWatching?.();
      this.stopWatching = null;
      this.notifier?.stop();
      this.notifier = null;
    };
  }

  /** What one check changed. */
  push(signals: CheckSignals): void {
    if (signals.transitions.length > 0 || signals.warnings.length > 0) this.notifier?.push(signals.transitions, signals.warnings);
  }

  private startNotifier(): Notifier {
    const { clock, settings, events, log, timers } = this.deps;
    const notifier = new Notifier({
      clock,
      settings: () => settings.get(),
      localMinutes: this.deps.localMinutes ?? systemLocalMinutes,
      deliver: (list) => this.deliver(list),
      log,
      ...(timers ? { timers } : {}),
    });
    notifier.prime(this.deps.accounts());
    const offs = [
      events.on('validation:progressed', (p) => {
        if (p.finished) notifier.flush();
      }),
      settings.onChange(() => notifier.flush()),
    ];
    this.stopWatching = () => offs.forEach((off) => off());
    return notifier;
  }

  private deliver(list: readonly TetherNotification[]): void {
    for (const sink of [...this.sinks]) {
      try {
        sink.deliver(list);
      } catch (error) {
        this.deps.log.error('a presenter could not show notifications', { error: String(error) });
      }
    }
  }
}
