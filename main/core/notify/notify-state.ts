/**
 * The notification policy's memory between calls: what was told when (for dedupe), which accounts are failing
 * checks and since when (for the "can't verify" escalation), and what is held through quiet hours.
 * Plain JSON: the caller keeps it, and may save it.
 */
import type { AccountStatus } from '../../../shared/domain/account-status';
import type { AccountView } from '../../../shared/domain/account-view';
import type { GrantId } from '../../../shared/domain/ids';
import type { ProviderId } from '../../../shared/domain/provider-id';
import type { Candidate } from './candidate';

/** An account whose checks fail for transient reasons. */
export interface UnverifiedEntry {
  readonly since: number;
  readonly grantId: GrantId;
  readonly provider: ProviderId;
  readonly accountName: string;
  readonly grantName: string | null;
  readonly clientName?: string | null;
  /** The status before checks started failing: coming back to it is no news. Null when unknown. */
  readonly before: AccountStatus | null;
  /** True once the "can't verify" escalation was decided (told, held, or switched off). */
  readonly escalated: boolean;
}

export interface NotifyState {
  /** When each piece of news was last told, by account then by `kind:detail` (see sentKey). */
  readonly sent: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly unverified: Readonly<Record<string, UnverifiedEntry>>;
  /** Candidates held during quiet hours, released as one summary when they end. */
  readonly held: readonly Candidate[];
}

/** The state of a fresh start. */
export const EMPTY_NOTIFY_STATE: NotifyState = Object.freeze({ sent: {}, unverified: {}, held: [] });

/**
 * Seeds the state from the accounts at start-up, so an account that was already failing checks still escalates
 * to "can't verify" on time. Accounts already past the threshold are taken as told before the restart: their card
 * says so, and a restart shouldn't repeat old news.
 */
export function primeNotifyState(state: NotifyState, accounts: readonly AccountView[], now: number, cannotVerifyAfterMs: number): NotifyState {
  const unverified: Record<string, UnverifiedEntry> = { ...state.unverified };
  for (const a of accounts) {
    if (a.status !== 'unverified' || a.unverifiedSince === null || unverified[a.id]) continue;
    unverified[a.id] = {
      since: a.unverifiedSince,
      grantId: a.grantId,
      provider: a.provider,
      accountName: a.name,
      grantName: null,
      before: a.lastKnownStatus,
      escalated: now - a.unverifiedSince >= cannotVerifyAfterMs,
    };
  }
  return { ...state, unverified };
}
