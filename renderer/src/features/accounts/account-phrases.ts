/** The words a row and the detail panel show about an account's state and timing. Pure: account, state and time in. */
import type { AccountView } from '../../../../shared/domain/account-view';
import { PROVIDER_NAMES, loginNetwork } from '../../../../shared/domain/providers';
import type { AccountState } from '../../../../shared/reasons/account-state';
import { cardFor } from '../../../../shared/reasons/catalog';
import { cannotVerifyHeadline, checkedAgo, expiringHeadline, formatAgo, formatDurationShort, formatExpiry } from '../../../../shared/reasons/countdown';
import { STATUS_LABELS } from '../../components/status-labels';

/** The lines under an account's name. */
export interface AccountPhrases {
  /** What is wrong, in one line; null when nothing is. */
  readonly summary: string | null;
  /** "checking had trouble" while a short run of checks has failed. */
  readonly trouble: string | null;
  /** "checked 2 min ago"; for X, when the connection was last proven alive and when the next check is due. */
  readonly checked: string;
}

/**
 * For an X account: "proven alive 3 h ago · next check in 40 min". X checks are spaced by the plan's limits and
 * the budget, so the detection latency is said, not implied by the interval.
 */
export function livenessPhrase(account: Pick<AccountView, 'provenAliveAt' | 'nextCheckAt'>, now: number): string {
  const proven = account.provenAliveAt == null ? 'not proven alive yet' : `proven alive ${formatAgo(account.provenAliveAt, now)}`;
  if (account.nextCheckAt == null) return proven;
  const next = account.nextCheckAt <= now ? 'next check due now' : `next check in ${formatDurationShort(account.nextCheckAt - now)}`;
  return `${proven} · ${next}`;
}

/** "Can't verify since 3 h · last known: Connected". */
export function cannotVerifyPhrase(account: AccountView, state: AccountState, now: number): string {
  const headline = cannotVerifyHeadline(state.failingSince ?? account.statusSince, now);
  return account.lastKnownStatus ? `${headline} · last known: ${STATUS_LABELS[account.lastKnownStatus]}` : headline;
}

/** "Facebook login expires in 6 days", when the account has an expiry. */
export function expiryPhrase(account: AccountView, now: number): string | null {
  return account.expiresAt === null ? null : expiringHeadline(loginNetwork(account.provider), account.expiresAt, now);
}

function summaryOf(account: AccountView, state: AccountState, now: number): string | null {
  switch (state.attention) {
    case 'needs_you':
      return account.reason ? cardFor(account.reason).summary : null;
    case 'cannot_verify':
      return cannotVerifyPhrase(account, state, now);
    case 'expiring':
      return account.expiresAt === null ? null : `Login ${formatExpiry(account.expiresAt, now)}`;
    case 'limited':
      return account.reason ? cardFor(account.reason).summary : null;
    case 'ok':
      return null;
  }
}

/** The phrases for one account at `now`. */
export function accountPhrases(account: AccountView, state: AccountState, now: number): AccountPhrases {
  return {
    summary: summaryOf(account, state, now),
    trouble: state.checkTrouble && state.attention !== 'cannot_verify' ? 'checking had trouble' : null,
    checked: account.provider === 'twitter' ? livenessPhrase(account, now) : checkedAgo(account.lastCheckedAt, now),
  };
}

/** "Facebook · @handle". */
export function networkAndHandle(account: AccountView): string {
  return account.handle ? `${PROVIDER_NAMES[account.provider]} · ${account.handle}` : PROVIDER_NAMES[account.provider];
}
