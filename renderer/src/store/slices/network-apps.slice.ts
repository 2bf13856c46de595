/** Settings → Network apps: what to register in each app, and saving the user's own apps (checked by main first). */
import type { StateCreator } from 'zustand';
import type { AppCheck, SignInSetup } from '../../../../shared/domain/sign-in';
import type { Settings } from '../../../../shared/domain/settings';
import type { TetherApi } from '../../../../shared/ipc/channels';
import type { AppState } from '../store';

export type AppSaveState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'saving' }
  | { readonly phase: 'done'; readonly check: AppCheck }
  | { readonly phase: 'error'; readonly message: string };

export interface NetworkAppsSlice {
  signInSetup: SignInSetup | null;
  /** The saved IDs and port (never the secret). */
  networkAppIds: Settings['networkApps'] | null;
  signInSetupError: string | null;
  metaSave: AppSaveState;
  xSave: AppSaveState;
  networkAppsOpen: boolean;
  loadSignInSetup(): Promise<void>;
  /**
   * `appSecret`: a new secret, null to forget the kept one, undefined to keep it. `configId`: the Login for Business
   * Configuration ID, null to forget it, undefined to keep it.
   */
  saveMetaApp(appId: string, appSecret: string | null | undefined, configId?: string | null): Promise<void>;
  saveXApp(clientId: string, callbackPort: number | undefined): Promise<void>;
  openNetworkApps(): void;
  closeNetworkApps(): void;
}

export function createNetworkAppsSlice(deps: { readonly api: TetherApi }): StateCreator<AppState, [], [], NetworkAppsSlice> {
  return (set, get) => ({
    signInSetup: null,
    networkAppIds: null,
    signInSetupError: null,
    metaSave: { phase: 'idle' },
    xSave: { phase: 'idle' },
    networkAppsOpen: false,
    async loadSignInSetup() {
      const [result, settings] = await Promise.all([deps.api.invoke('signin:setup', undefined), deps.api.invoke('settings:get', undefined)]);
      if (!result.ok) return set({ signInSetupError: result.error.message });
      if (!settings.ok) return set({ signInSetupError: settings.error.message });
      set({ signInSetup: result.value, networkAppIds: settings.value.networkApps, signInSetupError: null });
    },
    async saveMetaApp(appId, appSecret, configId) {
      set({ metaSave: { phase: 'saving' } });
      const request = { appId, ...(appSecret === undefined ? {} : { appSecret }), ...(configId === undefined ? {} : { configId }) };
      const result = await deps.api.invoke('apps:save-meta', request);
      set({ metaSave: result.ok ? { phase: 'done', check: result.value } : { phase: 'error', message: result.error.message } });
      if (result.ok && result.value.saved) await get().loadSignInSetup();
    },
    async saveXApp(clientId, callbackPort) {
      set({ xSave: { phase: 'saving' } });
      const result = await deps.api.invoke('apps:save-x', callbackPort === undefined ? { clientId } : { clientId, callbackPort });
      set({ xSave: result.ok ? { phase: 'done', check: result.value } : { phase: 'error', message: result.error.message } });
      if (result.ok) await get().loadSignInSetup();
    },
    openNetworkApps: () => set({ networkAppsOpen: true, metaSave: { phase: 'idle' }, xSave: { phase: 'idle' } }),
    closeNetworkApps: () => set({ networkAppsOpen: false }),
  });
}
