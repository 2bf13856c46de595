/** The one place where events pushed by main become store state. */
import type { TetherApi } from '../../../shared/ipc/channels';
import type { AppStore } from './store';
import { openRequested } from './open-requested';

/** Subscribes the store to main's events; returns the function that unsubscribes. */
export function connectStoreToMain(api: TetherApi, store: AppStore): () => void {
  const offs = [
    api.on('accounts:changed', (change) => {
      // Fresh data: move the clock on too, so "checked just now" reads true at once.
      store.getState().tick();
      store.getState().receiveAccountsChange(change);
    }),
    api.on('validation:progressed', (progress) => {
      store.getState().receiveProgress(progress);
      // A finished sweep may have found new Pages or an expired login.
      if (progress.finished) void store.getState().loadLogins();
    }),
    api.on('app:status-changed', (status) => store.getState().receiveAppStatus(status)),
    // A notification was clicked: its account's card, or everything that needs the user for a grouped one.
    api.on('ui:open-requested', ({ accountId }) => openRequested(store.getState(), accountId)),
    api.on('alerts:changed', (status) => store.getState().receiveTeamAlerts(status)),
  ];
  return () => offs.forEach((off) => off());
}
