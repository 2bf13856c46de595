/** What one row shows, as plain strings: a row renders again only when one of these changes, not on every tick. */
import type { AccountView } from '../../../../shared/domain/account-view';
import type { AccountStatus } from '../../../../shared/domain/account-status';
import { accountState, type Attention } from '../../../../shared/reasons/account-state';
import { NEVER_EXPIRES, formatExpiry } from '../../../../shared/reasons/countdown';
import { accountPhrases } from './account-phrases';

export interface RowModel {
  readonly attention: Attention;
  readonly badge: AccountStatus;
  readonly summary: string | null;
  readonly trouble: string | null;
  readonly checked: string;
  /** "expires in 6 days", "never expires", or null before the first check says which. */
  readonly expiry: string | null;
}

/** The expiry countdown, or an honest "never expires" once a check has found no expiry. */
export function expiryWords(account: Pick<AccountView, 'expiresAt' | 'lastCheckedAt'>, now: number): string | null {
  if (account.expiresAt !== null) return formatExpiry(account.expiresAt, now);
  return account.lastCheckedAt === null ? null : NEVER_EXPIRES;
}

/** The row's strings for `account` at `now`. */
export function rowModel(account: AccountView, now: number): RowModel {
  const state = accountState(account, now);
  const phrases = accountPhrases(account, state, now);
  return {
    attention: state.attention,
    badge: state.badge,
    summary: phrases.summary,
    trouble: phrases.trouble,
    checked: phrases.checked,
    // An expiring row's summary already says when; don't say it twice.
    expiry: state.attention === 'expiring' ? null : expiryWords(account, now),
  };
}
