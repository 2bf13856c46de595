/**
 * The logins as checks last saw them: Pages and Instagram accounts a login newly lists (offered, never dropped)
 * and logins whose own token expired while their Pages still work. Reloaded whenever a sweep finishes.
 */
import type { StateCreator } from 'zustand';
import type { TetherApi } from '../../../../shared/ipc/channels';
import type { GrantView } from '../../../../shared/domain/grant-view';
import type { AppState } from '../store';

export interface LoginsSlice {
  logins: readonly GrantView[];
  loadLogins(): Promise<void>;
}

export function createLoginsSlice(deps: { readonly api: TetherApi }): StateCreator<AppState, [], [], LoginsSlice> {
  return (set, get) => ({
    logins: [],
    async loadLogins() {
      const result = await deps.api.invoke('grants:list', undefined);
      if (result.ok) set({ logins: result.value });
      else get().showError('load your logins', result.error.message, () => void get().loadLogins());
    },
  });
}
