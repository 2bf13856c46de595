/** What a click on a notification opens: the account's card (reconnecting at once when that alone fixes it), or the accounts that need the user. */
import type { AccountId } from '../../../shared/domain/ids';
import type { AppState } from './store';

export function openRequested(state: AppState, accountId: AccountId | null): void {
  if (accountId) {
    state.openAccount(accountId);
    void state.reconnectIfItFixes(accountId);
  } else {
    state.closeAccount();
    state.clearFilters();
    state.setAttentionFilter('needs_you');
  }
}
