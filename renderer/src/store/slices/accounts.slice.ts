/** Accounts as main last pushed them, plus the state of the first load. */
import type { StateCreator } from 'zustand';
import type { AccountView } from '../../../../shared/domain/account-view';
import type { TetherApi } from '../../../../shared/ipc/channels';
import type { AppState } from '../store';

export interface AccountsSlice {
  accounts: AccountView[];
  accountsLoad: 'idle' | 'loading' | 'ready' | 'error';
  accountsError: string | null;
  /** Asks main for the list (on start, and when the user retries). */
  loadAccounts(): Promise<void>;
  /** Replaces the list with what main pushed. */
  receiveAccounts(accounts: AccountView[]): void;
}

/** Creates the accounts slice; its actions talk to main through the injected API. */
export function createAccountsSlice(deps: { readonly api: TetherApi }): StateCreator<AppState, [], [], AccountsSlice> {
  return (set, get) => ({
    accounts: [],
    accountsLoad: 'idle',
    accountsError: null,
    async loadAccounts() {
      set({ accountsLoad: 'loading', accountsError: null });
      const result = await deps.api.invoke('accounts:list', undefined);
      if (result.ok) get().receiveAccounts(result.value);
      else set({ accountsLoad: 'error', accountsError: result.error.message });
    },
    receiveAccounts(accounts) {
      // An account that went away takes its open detail panel with it.
      set((s) => ({
        accounts,
        accountsLoad: 'ready',
        accountsError: null,
        selectedAccountId: accounts.some((a) => a.id === s.selectedAccountId) ? s.selectedAccountId : null,
      }));
    },
  });
}
