/**
 * The Electron settings adapter: electron-store (conf underneath) on `<dataDir>/settings.json`, with the same
 * zod schema and the same corrupt-file handling as the Node adapter, so the app and `tether serve` agree.
 */
import ElectronStore from 'electron-store';
import { join } from 'node:path';
import type { Settings } from '../../../shared/domain/settings';
import type { Logger } from '../../core/logging/create-logger';
import { SETTINGS_FILE_NAME } from '../../core/settings/conf-settings-store';
import { loadSettingsFile } from '../../core/settings/settings-file';
import { PersistentSettingsStore } from '../../core/settings/persistent-settings-store';
import type { SettingsStore } from '../../core/settings/settings-store';
import { ensurePrivateDir, makePrivate, PRIVATE_FILE_MODE } from '../../core/paths/private-files';

export interface ElectronSettingsStoreOptions {
  /** The data folder (`app.getPath('userData')`, or the demo folder); the file is `<dataDir>/settings.json`. */
  readonly dataDir: string;
  readonly now?: () => number;
  readonly log?: Logger;
}

/** Opens the settings with electron-store, repairing a corrupt file first. Call after `app` is ready. */
export function openElectronSettingsStore({ dataDir, now, log }: ElectronSettingsStoreOptions): SettingsStore {
  ensurePrivateDir(dataDir);
  const file = join(dataDir, `${SETTINGS_FILE_NAME}.json`);
  const initial = loadSettingsFile(file, now);
  makePrivate(file);
  if (initial.notice) log?.warn(`settings file repaired; backup at ${initial.notice.backupPath}`, initial.notice);
  const store = new ElectronStore<Settings>({
    cwd: dataDir,
    name: SETTINGS_FILE_NAME,
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
    configFileMode: PRIVATE_FILE_MODE,
  });
  return new PersistentSettingsStore(
    {
      path: store.path,
      write: (settings) => {
        store.store = settings;
      },
    },
    initial,
    log,
  );
}
