/**
 * The Node settings adapter (`tether serve`, the CLI, tests): `conf` writes the file atomically in the data
 * folder; the zod schema in shared/ validates it. The Electron app uses electron-store on the same file.
 */
import Conf from 'conf';
import { join } from 'node:path';
import type { Settings } from '../../../shared/domain/settings';
import type { Logger } from '../logging/create-logger';
import { loadSettingsFile } from './settings-file';
import { ensurePrivateDir, makePrivate, PRIVATE_FILE_MODE } from '../paths/private-files';
import { PersistentSettingsStore } from './persistent-settings-store';
import type { SettingsStore } from './settings-store';

/** The settings file name (without `.json`), the same for both adapters so they share one file. */
export const SETTINGS_FILE_NAME = 'settings';

export interface ConfSettingsStoreOptions {
  /** The data folder; the file is `<dataDir>/settings.json`. */
  readonly dataDir: string;
  readonly now?: () => number;
  readonly log?: Logger;
}

/** Opens the settings in `dataDir`, repairing a corrupt file first (see settings-file.ts). */
export function openConfSettingsStore({ dataDir, now, log }: ConfSettingsStoreOptions): SettingsStore {
  ensurePrivateDir(dataDir);
  const file = join(dataDir, `${SETTINGS_FILE_NAME}.json`);
  const initial = loadSettingsFile(file, now);
  makePrivate(file);
  if (initial.notice) log?.warn(`settings file repaired; backup at ${initial.notice.backupPath}`, initial.notice);
  // No conf `schema`/`defaults`: validation and defaults come from zod, once, before conf ever reads the file.
  const conf = new Conf<Settings>({
    cwd: dataDir,
    configName: SETTINGS_FILE_NAME,
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
    configFileMode: PRIVATE_FILE_MODE,
  });
  return new PersistentSettingsStore(
    {
      path: conf.path,
      write: (settings) => {
        conf.store = settings;
      },
    },
    initial,
    log,
  );
}
