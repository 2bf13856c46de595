/** Turns what one grant check recorded into what the notification policy reads: transitions and expiry warnings. */
import type { HistoryEventInput } from '../../../shared/domain/history-event';
import type { GrantId } from '../../../shared/domain/ids';
import type { AccountHealthRepository } from '../accounts/account-health.repository';
import type { ExpiryWarningSignal, StatusTransition } from './status-transition';

export interface CheckSignals {
  readonly transitions: StatusTransition[];
  readonly warnings: ExpiryWarningSignal[];
}

/** Reads the check's status_changed and expiry_warning events, with the names the notifications show. */
export function checkSignals(repo: AccountHealthRepository, grantId: GrantId, events: readonly HistoryEventInput[]): CheckSignals {
  const interesting = events.filter((e) => e.kind === 'status_changed' || e.kind === 'expiry_warning');
  if (interesting.length === 0) return { transitions: [], warnings: [] };
  const accounts = new Map(repo.accountsOfGrant(grantId).map((a) => [a.id, a]));
  const grantName = repo.grant(grantId)?.name ?? null;
  const transitions: StatusTransition[] = [];
  const warnings: ExpiryWarningSignal[] = [];
  for (const event of interesting) {
    const account = event.accountId ? accounts.get(event.accountId) : undefined;
    if (!account) continue;
    const who = { accountId: account.id, grantId, provider: account.provider, accountName: account.name, grantName };
    if (event.kind === 'status_changed') transitions.push({ ...who, from: event.from, to: event.to, reason: event.reason, at: event.at });
    if (event.kind === 'expiry_warning') warnings.push({ ...who, threshold: event.threshold, expiresAt: event.expiresAt, at: event.at });
  }
  return { transitions, warnings };
}
