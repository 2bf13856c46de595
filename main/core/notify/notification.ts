/** What the notification policy asks the desktop to show: plain data, with the card or list a click opens. */
import type { AccountId } from '../../../shared/domain/ids';
import type { NotificationKind } from '../../../shared/domain/settings';

/** A kind the user switches on or off in Settings, or `summary` for a digest of several kinds. */
export type NoticeKind = NotificationKind | 'summary';

/** How insistent the notification is (maps onto the desktop's own levels). */
export type NotificationUrgency = 'low' | 'normal' | 'critical';

/** What a click opens: one account's card, or the dashboard filtered to the accounts that need the user. */
export type NotificationTarget = { readonly kind: 'account'; readonly accountId: AccountId } | { readonly kind: 'needs_you' };

/** One native notification. */
export interface TetherNotification {
  /** Unique per notification; also the desktop's notification id, so a repeat replaces rather than piles up. */
  readonly id: string;
  readonly kind: NoticeKind;
  readonly title: string;
  readonly body: string;
  /** The one account it is about; null for a group or a summary. */
  readonly accountId: AccountId | null;
  /** Every account it covers (one for a single notification). */
  readonly accountIds: readonly AccountId[];
  readonly urgency: NotificationUrgency;
  readonly target: NotificationTarget;
}

/** The account a click should open, or null for the "needs you" list: what the desktop tells the renderer. */
export function openTargetAccount(target: NotificationTarget): AccountId | null {
  return target.kind === 'account' ? target.accountId : null;
}
