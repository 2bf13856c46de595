/**
 * Turns the candidates of one batch into notifications: one per account, one per login when several of its
 * accounts share the same news, and a single digest when there would be more than a few, or when quiet hours end.
 */
import type { NotificationKind } from '../../../shared/domain/settings';
import { type Candidate, candidateDetail } from './candidate';
import type { NotificationUrgency, TetherNotification } from './notification';
import { KIND_PRIORITY, digestWords, grantWords, singleWords } from './notification-copy';

export interface PresentOptions {
  /** More notifications than this in one batch become one digest. */
  readonly groupAbove: number;
  /** The batch includes news held through quiet hours: it is released as ONE notification. */
  readonly afterQuietHours: boolean;
}

const URGENCY_ORDER: readonly NotificationUrgency[] = ['low', 'normal', 'critical'];

function urgencyOf(c: Candidate): NotificationUrgency {
  switch (c.kind) {
    case 'disconnection':
      return 'critical';
    case 'expiring':
      return c.threshold === '1h' ? 'critical' : 'normal';
    case 'cannot_verify':
      return 'normal';
    case 'reconnected':
      return 'low';
  }
}

function highestUrgency(candidates: readonly Candidate[]): NotificationUrgency {
  return URGENCY_ORDER[Math.max(...candidates.map((c) => URGENCY_ORDER.indexOf(urgencyOf(c))))] ?? 'normal';
}

const rank = (kind: NotificationKind): number => KIND_PRIORITY.indexOf(kind);

/** Groups of one login with the same news, most pressing first, in the order they arrived. */
function groupsOf(candidates: readonly Candidate[]): Candidate[][] {
  const ordered = [...candidates].sort((a, b) => rank(a.kind) - rank(b.kind) || a.at - b.at);
  const groups = new Map<string, Candidate[]>();
  for (const c of ordered) {
    const key = `${c.kind}|${c.grantId}|${candidateDetail(c)}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()];
}

function notificationFor(group: readonly Candidate[], now: number): TetherNotification {
  const first = group[0];
  if (!first) throw new Error('an empty group has no notification');
  const accountIds = [...new Set(group.map((c) => c.accountId))];
  if (accountIds.length === 1) {
    return {
      id: `${first.kind}:${first.accountId}:${candidateDetail(first)}:${now}`,
      kind: first.kind,
      ...singleWords(first, now),
      accountId: first.accountId,
      accountIds,
      urgency: urgencyOf(first),
      target: { kind: 'account', accountId: first.accountId },
    };
  }
  return {
    id: `${first.kind}:grant:${first.grantId}:${candidateDetail(first)}:${now}`,
    kind: first.kind,
    ...grantWords(group, now),
    accountId: null,
    accountIds,
    urgency: highestUrgency(group),
    // A login-wide disconnection: a click opens one of its accounts, whose reconnect restores the whole login (and
    // runs at once when reconnecting alone fixes the reason). Other groups open the list of what needs the user.
    target: first.kind === 'disconnection' ? { kind: 'account', accountId: first.accountId } : { kind: 'needs_you' },
  };
}

/** The notifications for one batch of candidates (empty in, empty out). */
export function present(candidates: readonly Candidate[], now: number, options: PresentOptions): TetherNotification[] {
  if (candidates.length === 0) return [];
  const notifications = groupsOf(candidates).map((group) => notificationFor(group, now));
  const tooMany = notifications.length > options.groupAbove;
  if (!tooMany && !(options.afterQuietHours && notifications.length > 1)) return notifications;
  return [
    {
      id: `summary:${now}`,
      kind: 'summary',
      ...digestWords(candidates, options.afterQuietHours),
      accountId: null,
      accountIds: [...new Set(candidates.map((c) => c.accountId))],
      urgency: highestUrgency(candidates),
      target: { kind: 'needs_you' },
    },
  ];
}
