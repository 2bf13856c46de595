/** The numbers of the summary line: how many need the user, how many expire this week, and when everything was last checked. */
import type { AccountView } from '../../../../shared/domain/account-view';
import type { AppState } from '../store';
import { rankAccounts } from './accounts.selectors';

const WEEK_MS = 7 * 24 * 3_600_000;

export interface Summary {
  readonly total: number;
  readonly needYou: number;
  /** Accounts still working whose access ends within seven days. */
  readonly expiringThisWeek: number;
  /** When the least recently checked account was checked: every account has been checked since. Null until all have. */
  readonly lastFullCheck: number | null;
}

let last: { accounts: readonly AccountView[]; now: number; summary: Summary } | null = null;

/** The summary over every account (filters don't apply). */
export function selectSummary(state: AppState): Summary {
  if (last?.accounts === state.accounts && last.now === state.now) return last.summary;
  let needYou = 0;
  let expiringThisWeek = 0;
  let lastFullCheck: number | null = Infinity;
  for (const { account, attention } of rankAccounts(state.accounts, state.now)) {
    if (attention === 'needs_you') needYou += 1;
    else if (account.expiresAt !== null && account.expiresAt > state.now && account.expiresAt - state.now <= WEEK_MS) expiringThisWeek += 1;
    if (lastFullCheck !== null) lastFullCheck = account.lastCheckedAt === null ? null : Math.min(lastFullCheck, account.lastCheckedAt);
  }
  const summary = { total: state.accounts.length, needYou, expiringThisWeek, lastFullCheck: lastFullCheck === Infinity ? null : lastFullCheck };
  last = { accounts: state.accounts, now: state.now, summary };
  return summary;
}
