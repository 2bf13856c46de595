/**
 * The notifications the policy decides, pushed to the browser tabs of `tether serve` as the
 * `notifications:decided` event: the same stream the desktop shows natively, over the same contract.
 */
import type { NotificationView } from '../../../shared/domain/notification-view';
import type { CoreEventBus } from '../kernel/core-events';
import { openTargetAccount, type TetherNotification } from './notification';
import type { Notifications } from './notifications';

/** The words and the click target of one notification, as the browser shows it. */
export function notificationView(n: TetherNotification): NotificationView {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    accountIds: [...n.accountIds],
    urgency: n.urgency,
    openAccountId: openTargetAccount(n.target),
  };
}

/** Announces every decided batch on the event bus; returns the function that stops. */
export function startNotificationFeed(notifications: Pick<Notifications, 'start'>, events: CoreEventBus): () => void {
  return notifications.start({ deliver: (list) => events.emit('notifications:decided', { notifications: list.map(notificationView) }) });
}
