/**
 * The logins as checks last saw them: Pages and Instagram accounts a login newly lists (offered, never dropped)
 * and logins whose own token expired while their Pages still work. Asked again whenever a sweep finishes, with the
 * tag of the list held, so main sends the list only when a login changed.
 */
import type { StateCreator } from 'zustand';
import type { TetherApi } from '../../../../shared/ipc/channels';
import type { GrantView } from '../../../../shared/domain/grant-view';
import type { AppState } from '../store';

export interface LoginsSlice {
  logins: readonly GrantView[];
  /** Main's tag for `logins`; null before the first answer. */
  loginsTag: string | null;
  loadLogins(): Promise<void>;
}

export function createLoginsSlice(deps: { readonly api: TetherApi }): StateCreator<AppState, [], [], LoginsSlice> {
  return (set, get) => ({
    logins: [],
    loginsTag: null,
    async loadLogins() {
      const result = await deps.api.invoke('grants:list', { since: get().loginsTag });
      if (!result.ok) return get().showError('load your logins', result.error.message, () => void get().loadLogins());
      // No list means it is still the one held (its tag is the one sent): nothing to set.
      if (result.value.logins) set({ logins: result.value.logins, loginsTag: result.value.tag });
    },
  });
}
