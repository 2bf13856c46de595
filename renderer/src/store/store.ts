/** The one app store, assembled from slices. Components read it through useAppStore; only actions call the API. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TetherApi } from '../../../shared/ipc/channels';
import { createAccountsSlice, type AccountsSlice } from './slices/accounts.slice';

export interface StoreDeps {
  readonly api: TetherApi;
}

export type AppState = AccountsSlice;
export type AppStore = StoreApi<AppState>;

/** Creates the store around an API (the real transport in the app, a test transport in tests). */
export function createAppStore(deps: StoreDeps): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createAccountsSlice(deps)(...a),
  }));
}
