/**
 * One alert for the team channel: the words the notification policy decided (the same as the desktop's), kept in
 * the outbox as JSON until the channel accepts them. Never the webhook address.
 */
import type { TetherNotification, NoticeKind, NotificationUrgency } from '../notify/notification';

export interface AlertMessage {
  readonly kind: NoticeKind | 'test';
  readonly title: string;
  readonly body: string;
  readonly urgency: NotificationUrgency;
  readonly accountIds: readonly string[];
  /** Epoch ms when it was decided. */
  readonly at: number;
}

/** The alert for one notification. */
export function alertFor(n: TetherNotification, at: number): AlertMessage {
  return { kind: n.kind, title: n.title, body: n.body, urgency: n.urgency, accountIds: [...n.accountIds], at };
}

/** The alert "Send a test alert" posts. */
export function testAlert(at: number): AlertMessage {
  return {
    kind: 'test',
    title: 'Tether test alert',
    body: 'Tether can post to this channel. When an account disconnects or a login is about to expire, the alert appears here.',
    urgency: 'low',
    accountIds: [],
    at,
  };
}

/** Reads an outbox row's message back; null when it is not one (the row is then dropped). */
export function parseAlertMessage(text: string): AlertMessage | null {
  try {
    const value = JSON.parse(text) as Partial<AlertMessage>;
    if (typeof value.title !== 'string' || typeof value.body !== 'string' || typeof value.kind !== 'string' || typeof value.at !== 'number') return null;
    const urgency = value.urgency === 'low' || value.urgency === 'critical' ? value.urgency : 'normal';
    const accountIds = Array.isArray(value.accountIds) ? value.accountIds.filter((id): id is string => typeof id === 'string') : [];
    return { kind: value.kind, title: value.title, body: value.body, urgency, accountIds, at: value.at };
  } catch {
    return null;
  }
}
