/** The desktop app's settings backend: electron-store on the same `<dataDir>/settings.json` as `tether serve`. */
import ElectronStore from 'electron-store';
import type { Settings } from '../../../shared/domain/settings';
import type { SettingsBackend } from '../../core/settings/open-settings-store';
import { PRIVATE_FILE_MODE } from '../../core/paths/private-files';

/** Use after `app` is ready. */
export const electronStoreBackend: SettingsBackend = ({ dir, name }) => {
  const store = new ElectronStore<Settings>({
    cwd: dir,
    name,
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
    configFileMode: PRIVATE_FILE_MODE,
  });
  return {
    path: store.path,
    write: (settings) => {
      store.store = settings;
    },
  };
};
