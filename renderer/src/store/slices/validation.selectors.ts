/** Derived views of the checks under way. */
import type { AccountView } from '../../../../shared/domain/account-view';
import type { AppState } from '../store';

/** Accounts checked so far and in all, over every sweep under way; null when none is. */
export function selectSweepProgress(state: AppState): { done: number; total: number } | null {
  const sweeps = Object.values(state.sweeps);
  if (sweeps.length === 0) return null;
  return sweeps.reduce((sum, p) => ({ done: sum.done + p.done, total: sum.total + p.total }), { done: 0, total: 0 });
}

/** True while a "Check now" this window asked for covers the account (main checks a whole login at once). */
export function selectIsChecking(state: AppState, account: Pick<AccountView, 'grantId'>): boolean {
  return state.checkingGrants.includes(account.grantId);
}
