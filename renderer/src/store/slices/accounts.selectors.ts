/** Derived views of the accounts slice. */
import type { AccountView } from '../../../../shared/domain/account-view';
import { needsUser } from '../../../../shared/domain/account-status';
import type { AppState } from '../store';

/** Accounts that need the user, first; then the rest, in main's order. */
export function selectSortedAccounts(state: AppState): AccountView[] {
  return [...state.accounts].sort((a, b) => Number(needsUser(b.status)) - Number(needsUser(a.status)));
}

/** How many accounts need the user. */
export function selectNeedsUserCount(state: AppState): number {
  return state.accounts.filter((a) => needsUser(a.status)).length;
}
