/** The one place where events pushed by main become store state. */
import type { TetherApi } from '../../../shared/ipc/channels';
import type { AppStore } from './store';

/** Subscribes the store to main's events; returns the function that unsubscribes. */
export function connectStoreToMain(api: TetherApi, store: AppStore): () => void {
  const offs = [api.on('accounts:changed', (accounts) => store.getState().receiveAccounts(accounts))];
  return () => offs.forEach((off) => off());
}
