/** Turns what one grant check recorded into what the notification policy reads: transitions and expiry warnings. */
import type { HistoryEventInput } from '../../../shared/domain/history-event';
import type { TrackedAccount } from '../accounts/accounts.repository';
import type { ExpiryWarningSignal, StatusTransition } from './status-transition';

export interface CheckSignals {
  readonly transitions: StatusTransition[];
  readonly warnings: ExpiryWarningSignal[];
}

/** Reads the check's status_changed and expiry_warning events, with the names the notifications show. */
export function checkSignals(events: readonly HistoryEventInput[], accounts: readonly TrackedAccount[], grantName: string | null): CheckSignals {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const transitions: StatusTransition[] = [];
  const warnings: ExpiryWarningSignal[] = [];
  for (const event of events) {
    if (event.kind !== 'status_changed' && event.kind !== 'expiry_warning') continue;
    const account = event.accountId ? byId.get(event.accountId) : undefined;
    if (!account) continue;
    const who = { accountId: account.id, grantId: account.grantId, provider: account.provider, accountName: account.name, grantName };
    if (event.kind === 'status_changed') transitions.push({ ...who, from: event.from, to: event.to, reason: event.reason, at: event.at });
    else warnings.push({ ...who, threshold: event.threshold, expiresAt: event.expiresAt, at: event.at });
  }
  return { transitions, warnings };
}
