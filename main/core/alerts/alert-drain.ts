/**
 * Sends what the outbox holds, one alert at a time, whenever something is due: at once for a new alert, at the
 * retry time after a failure, after a restart for what was left. Holds back during quiet hours. One drain at a time.
 */
import type { Settings } from '../../../shared/domain/settings';
import type { Clock } from '../kernel/clock';
import { globalTimers, type Timers } from '../kernel/timers';
import type { Logger } from '../logging/create-logger';
import { inQuietHours, quietHoursEndAt, type LocalMinutes } from '../notify/quiet-hours';
import { isSecretStoreError } from '../secrets/secret-store';
import type { AlertOutbox, OutboxEntry } from './alert-outbox';
import { deliverAlert, type DeliveryOutcome, type WebhookFetch } from './webhook-delivery';
import { GIVE_UP_AFTER_MS, retryDelayMs } from './retry-schedule';
import type { WebhookSecret } from './webhook-secret';

export interface AlertDrainDeps {
  readonly outbox: AlertOutbox;
  readonly webhook: WebhookSecret;
  readonly clock: Clock;
  readonly fetch: WebhookFetch;
  settings(): Settings;
  readonly localMinutes: LocalMinutes;
  readonly log: Logger;
  readonly timers?: Timers;
  readonly random?: () => number;
  /** The outbox changed (sent, rescheduled, given up). */
  onChanged(): void;
  /** At least one alert was given up on in this drain. */
  onGaveUp(): void;
}

/** Why a due alert could not even be tried: the keychain holding the webhook can't be read. */
function keychainProblem(error: unknown): string {
  return isSecretStoreError(error, 'locked')
    ? 'the keychain is locked, so Tether could not read the webhook'
    : 'Tether could not read the webhook from the keychain';
}

export class AlertDrain {
  private running = false;
  private again = false;
  private stopped = false;
  private timer: unknown;
  private readonly timers: Timers;

  constructor(private readonly deps: AlertDrainDeps) {
    this.timers = deps.timers ?? globalTimers;
  }

  /** Sends what is due now (or as soon as the drain under way ends). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.runSafely().finally(() => {
      this.running = false;
      if (this.again) this.kick();
      else this.arm();
    });
  }

  /** Cancels the timer; later kicks do nothing (an alert being sent finishes). */
  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** A drain cut short by shutdown (the database closed under it) leaves its alerts waiting for the next start. */
  private async runSafely(): Promise<void> {
    try {
      await this.run();
    } catch (error) {
      if (!this.stopped) this.deps.log.error('sending team alerts failed', { error: error instanceof Error ? error.name : 'unknown' });
    }
  }

  private async run(): Promise<void> {
    this.again = false;
    const { outbox, clock, webhook } = this.deps;
    let gaveUp = false;
    for (;;) {
      if (this.stopped || this.quietNow()) break;
      const due = outbox.dueAt(clock.now());
      if (due.length === 0) break;
      let target;
      try {
        target = await webhook.read();
      } catch (error) {
        for (const entry of due) gaveUp = this.settle(entry, { kind: 'retry', problem: keychainProblem(error), retryAfterMs: null }) || gaveUp;
        break;
      }
      if (!target) {
        // The webhook is gone: there is nowhere to send them.
        outbox.clearWaiting();
        break;
      }
      for (const entry of due) {
        if (this.stopped) break;
        if (!entry.message) {
          outbox.drop(entry.id);
          continue;
        }
        const outcome = await deliverAlert(this.deps.fetch, target.kind, target.address, entry.message, clock.now());
        gaveUp = this.settle(entry, outcome) || gaveUp;
      }
    }
    this.deps.onChanged();
    if (gaveUp) this.deps.onGaveUp();
  }

  /** Records one outcome; true when the alert was given up on. */
  private settle(entry: OutboxEntry, outcome: DeliveryOutcome): boolean {
    const { outbox, clock, log } = this.deps;
    const now = clock.now();
    switch (outcome.kind) {
      case 'delivered':
        outbox.delivered(entry.id, now);
        return false;
      case 'refused':
        log.warn('the team channel refused an alert; not trying again', { problem: outcome.problem });
        outbox.gaveUp(entry.id, now, outcome.problem);
        return true;
      case 'retry': {
        const at = now + Math.max(outcome.retryAfterMs ?? 0, retryDelayMs(entry.attempts + 1, this.deps.random ?? Math.random));
        if (at - entry.createdAt > GIVE_UP_AFTER_MS) {
          log.warn('an alert could not be sent for a day; not trying again', { problem: outcome.problem, attempts: entry.attempts + 1 });
          outbox.gaveUp(entry.id, now, `${outcome.problem}; Tether tried for a day`);
          return true;
        }
        outbox.retryAt(entry.id, at, outcome.problem);
        return false;
      }
    }
  }

  private quietNow(): boolean {
    return inQuietHours(this.deps.settings().notifications.quietHours, this.deps.clock.now(), this.deps.localMinutes);
  }

  /** One timer for the next moment something is due (or quiet hours end). */
  private arm(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopped) return;
    const now = this.deps.clock.now();
    const due = this.deps.outbox.nextDueAt();
    if (due === null) return;
    const quietEnd = quietHoursEndAt(this.deps.settings().notifications.quietHours, now, this.deps.localMinutes);
    const at = Math.max(due, quietEnd ?? 0);
    this.timer = this.timers.setTimeout(
      () => {
        this.timer = undefined;
        this.kick();
      },
      Math.max(0, at - now),
    );
  }
}
