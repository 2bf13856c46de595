/**
 * Shows the notification policy's output as native notifications. A click brings the window forward and asks
 * for the account's card (or the "needs you" list for a group) through an injected callback.
 */
import { Notification, type NativeImage, type NotificationConstructorOptions } from 'electron';
import type { AccountId } from '../../../shared/domain/ids';
import type { Logger } from '../../core/logging/create-logger';
import { openTargetAccount, type TetherNotification } from '../../core/notify/notification';

export interface NotificationPresenterOptions {
  /** Opens the account's card, or the dashboard filtered to "needs you" for null (the `ui:open-account` event). */
  onOpen(accountId: AccountId | null): void;
  /** Shows, restores and focuses the main window. */
  showWindow(): void;
  readonly icon?: NativeImage | string;
  /** For tests: builds the Electron Notification. */
  readonly createNotification?: (options: NotificationConstructorOptions) => Notification;
  readonly isSupported?: () => boolean;
  readonly log?: Logger;
}

/** How many shown notifications are kept referenced; a collected Notification loses its click handler. */
const MAX_LIVE = 50;

export class NotificationPresenter {
  private readonly live = new Set<Notification>();
  private warnedUnsupported = false;

  constructor(private readonly options: NotificationPresenterOptions) {}

  /** Shows each notification; returns how many were shown (0 where the desktop has no notifications). */
  show(notifications: readonly TetherNotification[]): number {
    const supported = this.options.isSupported ?? (() => Notification.isSupported());
    if (!supported()) {
      if (!this.warnedUnsupported) this.options.log?.warn('this desktop does not support notifications; the tray still shows the state');
      this.warnedUnsupported = true;
      return 0;
    }
    for (const n of notifications) this.showOne(n);
    return notifications.length;
  }

  private showOne(n: TetherNotification): void {
    const create = this.options.createNotification ?? ((options) => new Notification(options));
    const native = create({
      title: n.title,
      body: n.body,
      urgency: n.urgency,
      silent: n.urgency === 'low',
      ...(this.options.icon === undefined ? {} : { icon: this.options.icon }),
    });
    const release = (): void => {
      this.live.delete(native);
    };
    native.on('click', () => {
      release();
      this.options.showWindow();
      this.options.onOpen(openTargetAccount(n.target));
    });
    native.on('close', release);
    native.on('failed', (_event, error) => {
      release();
      this.options.log?.warn('a notification could not be shown', { kind: n.kind, error });
    });
    this.live.add(native);
    if (this.live.size > MAX_LIVE) {
      const oldest = this.live.values().next().value;
      if (oldest) this.live.delete(oldest);
    }
    native.show();
  }
}
