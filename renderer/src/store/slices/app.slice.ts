/** The app-wide status main reports: demo mode, the keychain, network apps, and notices to dismiss. */
import type { StateCreator } from 'zustand';
import type { AppStatus } from '../../../../shared/domain/app-status';
import type { TetherApi } from '../../../../shared/ipc/channels';
import type { AppState } from '../store';

export interface AppStatusSlice {
  /** Null until main has answered once. */
  appStatus: AppStatus | null;
  /** Why the last status request or dismissal failed. */
  appStatusError: string | null;
  /** Asks main for the status (on start). */
  loadAppStatus(): Promise<void>;
  /** Replaces the status with what main pushed. */
  receiveAppStatus(status: AppStatus): void;
  /** Asks main to hide a notice; main answers with the new status. */
  dismissNotice(id: string): Promise<void>;
}

/** Creates the app status slice; its actions talk to main through the injected API. */
export function createAppStatusSlice(deps: { readonly api: TetherApi }): StateCreator<AppState, [], [], AppStatusSlice> {
  return (set) => ({
    appStatus: null,
    appStatusError: null,
    async loadAppStatus() {
      const result = await deps.api.invoke('app:status', undefined);
      if (result.ok) set({ appStatus: result.value, appStatusError: null });
      else set({ appStatusError: result.error.message });
    },
    receiveAppStatus(status) {
      set({ appStatus: status, appStatusError: null });
    },
    async dismissNotice(id) {
      const result = await deps.api.invoke('app:dismiss-notice', { id });
      if (result.ok) set({ appStatus: result.value, appStatusError: null });
      else set({ appStatusError: result.error.message });
    },
  });
}
