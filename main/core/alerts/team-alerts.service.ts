/**
 * Alerts to a team channel (Slack, Microsoft Teams, Discord or any JSON receiver), beyond the desktop: the same
 * notifications the policy decides for the desktop (dedupe, grouping, quiet hours), queued in SQLite and sent
 * with retries that survive a restart. The webhook address is a secret: keychain only, shown masked, never logged.
 */
import type { Database } from 'better-sqlite3';
import type { Notice } from '../../../shared/domain/app-status';
import type { SaveWebhookRequest, TeamAlertsStatus, TestAlertResult } from '../../../shared/domain/team-alerts';
import type { Settings } from '../../../shared/domain/settings';
import type { Clock } from '../kernel/clock';
import type { CoreEventBus } from '../kernel/core-events';
import { RequestError } from '../kernel/request-error';
import type { Timers } from '../kernel/timers';
import type { Logger } from '../logging/create-logger';
import type { Notifications } from '../notify/notifications';
import { systemLocalMinutes, type LocalMinutes } from '../notify/quiet-hours';
import { isSecretStoreError, type SecretStore } from '../secrets/secret-store';
import { alertFor, testAlert } from './alert-message';
import { AlertDrain } from './alert-drain';
import { AlertOutbox } from './alert-outbox';
import { checkWebhookAddress, maskWebhookAddress } from './webhook-address';
import { deliverAlert, type WebhookFetch } from './webhook-delivery';
import { WebhookSecret } from './webhook-secret';

export interface TeamAlertsDeps {
  readonly db: Database;
  readonly secrets: SecretStore;
  readonly clock: Clock;
  readonly events: CoreEventBus;
  settings(): Settings;
  readonly log: Logger;
  readonly fetch?: WebhookFetch;
  readonly timers?: Timers;
  readonly random?: () => number;
  /** The local time of day, for quiet hours (default: the system's). */
  readonly localMinutes?: LocalMinutes;
  /** Alerts were given up on: the app-wide banner should say so. */
  onGaveUp(): void;
}

/** Plain words for a keychain that can't be read now. */
function keychainWords(error: unknown): string {
  if (isSecretStoreError(error, 'locked')) return 'Your keychain is locked. Unlock it so Tether can read the webhook.';
  return "Tether can't read the keychain right now, so it can't read the webhook.";
}

export class TeamAlertsService {
  private readonly outbox: AlertOutbox;
  private readonly webhook: WebhookSecret;
  private readonly drain: AlertDrain;
  private readonly fetch: WebhookFetch;
  private stopSink: (() => void) | null = null;
  private closed = false;

  constructor(private readonly deps: TeamAlertsDeps) {
    this.outbox = new AlertOutbox(deps.db);
    this.webhook = new WebhookSecret(deps.secrets);
    this.fetch = deps.fetch ?? ((url, init) => fetch(url, init));
    this.drain = new AlertDrain({
      outbox: this.outbox,
      webhook: this.webhook,
      clock: deps.clock,
      fetch: this.fetch,
      settings: deps.settings,
      localMinutes: deps.localMinutes ?? systemLocalMinutes,
      log: deps.log,
      onChanged: () => void this.announce().catch(() => undefined),
      onGaveUp: () => deps.onGaveUp(),
      ...(deps.timers ? { timers: deps.timers } : {}),
      ...(deps.random ? { random: deps.random } : {}),
    });
  }

  /** Starts taking the policy's notifications and sends what a previous run left waiting. */
  start(notifications: Pick<Notifications, 'start'>): void {
    if (this.stopSink) return;
    this.stopSink = notifications.start({
      deliver: (list) => {
        // No webhook saved (known for sure): nothing to queue. Not known yet (keychain unread): queue, decide at sending.
        if (this.webhook.known() === null) return;
        const now = this.deps.clock.now();
        for (const n of list) this.outbox.add(alertFor(n, now), now);
        this.drain.kick();
      },
    });
    this.webhook.read().then(
      () => this.drain.kick(),
      () => this.drain.kick(),
    );
  }

  /** Stops taking notifications and sending; what waits stays in the outbox for the next start. */
  stop(): void {
    this.closed = true;
    this.stopSink?.();
    this.stopSink = null;
    this.drain.stop();
  }

  /** What Settings shows. Never the address itself. */
  async status(): Promise<TeamAlertsStatus> {
    let keychainProblem: string | null = null;
    let webhook = this.webhook.known() ?? null;
    try {
      webhook = await this.webhook.read();
    } catch (error) {
      keychainProblem = keychainWords(error);
    }
    const counts = this.outbox.counts(this.deps.clock.now());
    return {
      webhook: webhook ? { kind: webhook.kind, maskedAddress: maskWebhookAddress(new URL(webhook.address)) } : null,
      keychainProblem,
      waiting: counts.waiting,
      gaveUp: counts.gaveUp,
      lastDeliveredAt: counts.lastDeliveredAt,
      lastProblem: counts.lastProblem,
    };
  }

  /** Checks and keeps the webhook in the keychain. A bad address is refused with the reason, and nothing changes. */
  async saveWebhook(req: SaveWebhookRequest): Promise<TeamAlertsStatus> {
    const checked = checkWebhookAddress(req.address);
    if (!checked.ok) throw new RequestError('invalid_request', checked.message);
    try {
      await this.webhook.save({ kind: req.kind, address: checked.url.href });
    } catch (error) {
      throw new RequestError('unavailable', `The keychain could not keep the webhook. ${keychainWords(error)}`);
    }
    this.outbox.noteProblem(null);
    this.drain.kick();
    return this.announce();
  }

  /** Forgets the webhook and every alert waiting for it. */
  async removeWebhook(): Promise<TeamAlertsStatus> {
    try {
      await this.webhook.remove();
    } catch (error) {
      throw new RequestError('unavailable', `The keychain could not remove the webhook. ${keychainWords(error)}`);
    }
    this.outbox.clearWaiting();
    this.outbox.noteProblem(null);
    return this.announce();
  }

  /** Posts a test alert now (the user asked: no quiet hours, no queue) and says what the channel did. */
  async sendTest(): Promise<TestAlertResult> {
    let webhook;
    try {
      webhook = await this.webhook.read();
    } catch (error) {
      throw new RequestError('unavailable', keychainWords(error));
    }
    if (!webhook) throw new RequestError('invalid_request', 'Save a webhook address first, then send a test alert.');
    const now = this.deps.clock.now();
    const outcome = await deliverAlert(this.fetch, webhook.kind, webhook.address, testAlert(now), now);
    if (outcome.kind === 'delivered') this.outbox.noteDelivered(this.deps.clock.now());
    else this.outbox.noteProblem(outcome.problem);
    void this.announce();
    return outcome.kind === 'delivered'
      ? { delivered: true, detail: 'Sent. The test alert should be in the channel now.' }
      : { delivered: false, detail: `Not sent: ${outcome.problem}.` };
  }

  /** The banner for alerts Tether stopped trying to send (none once the core is closing). */
  notices(): Notice[] {
    if (this.closed) return [];
    const counts = this.outbox.counts(this.deps.clock.now());
    if (counts.gaveUp === 0 || counts.lastGaveUpAt === null) return [];
    const alerts = counts.gaveUp === 1 ? '1 alert' : `${counts.gaveUp} alerts`;
    const why = counts.lastGaveUpProblem ? ` (${counts.lastGaveUpProblem})` : '';
    return [
      {
        id: `alerts-gave-up-${counts.lastGaveUpAt}`,
        kind: 'alerts_undelivered',
        message: `Tether could not send ${alerts} to your team channel${why} and stopped trying. The dashboard still shows what needs you; check the webhook in Settings → Team alerts.`,
        path: null,
      },
    ];
  }

  private announce(): Promise<TeamAlertsStatus> {
    return this.status().then((status) => {
      this.deps.events.emit('alerts:changed', status);
      return status;
    });
  }
}
