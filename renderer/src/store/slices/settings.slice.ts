/** The settings screen's state: the settings main holds, where the data lives, and saving one change at a time. */
import type { StateCreator } from 'zustand';
import type { Settings, SettingsPatch } from '../../../../shared/domain/settings';
import type { TetherApi } from '../../../../shared/ipc/channels';
import type { AppState } from '../store';

export interface SettingsSlice {
  settings: Settings | null;
  settingsError: string | null;
  dataDir: string | null;
  /** The change being saved, so the form can say "Saving…". */
  settingsSaving: boolean;
  loadSettings(): Promise<void>;
  /** Saves a change; on refusal nothing changes and a toast says why (with a retry). Resolves to success. */
  updateSettings(patch: SettingsPatch): Promise<boolean>;
}

/** Creates the settings slice. */
export function createSettingsSlice(deps: { readonly api: TetherApi }): StateCreator<AppState, [], [], SettingsSlice> {
  return (set, get) => ({
    settings: null,
    settingsError: null,
    dataDir: null,
    settingsSaving: false,
    async loadSettings() {
      const [settings, info] = await Promise.all([deps.api.invoke('settings:get', undefined), deps.api.invoke('app:info', undefined)]);
      if (settings.ok) set({ settings: settings.value, settingsError: null });
      else set({ settingsError: settings.error.message });
      if (info.ok) set({ dataDir: info.value.dataDir });
      else get().showError('read where Tether keeps its data', info.error.message, () => void get().loadSettings());
    },
    async updateSettings(patch) {
      set({ settingsSaving: true });
      const result = await deps.api.invoke('settings:update', patch);
      set({ settingsSaving: false });
      if (result.ok) {
        set({ settings: result.value });
        return true;
      }
      get().showError('save the settings', result.error.message, () => void get().updateSettings(patch));
      return false;
    },
  });
}
