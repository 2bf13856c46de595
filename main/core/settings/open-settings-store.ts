/**
 * Opens the settings file of a data folder. The file goes through a backend: `conf` in Node (`tether serve`, the
 * CLI, tests), electron-store in the desktop app (conf underneath); the zod schema in shared/ validates it either
 * way, and a corrupt file is repaired before either backend reads it.
 */
import Conf from 'conf';
import { join } from 'node:path';
import type { Settings } from '../../../shared/domain/settings';
import { createLogger, type Logger } from '../logging/create-logger';
import { forgetNotice, keepNotice, pendingNotice } from './settings-notice-file';
import { loadSettingsFile } from './settings-file';
import { ensurePrivateDir, makePrivate, PRIVATE_FILE_MODE } from '../paths/private-files';
import { PersistentSettingsStore, type SettingsWriter } from './persistent-settings-store';
import type { SettingsStore } from './settings-store';

/** The settings file name (without `.json`), the same for every backend so they share one file. */
export const SETTINGS_FILE_NAME = 'settings';

/** Writes `<dir>/<name>.json` atomically, readable by its owner only (PRIVATE_FILE_MODE). */
export type SettingsBackend = (file: { readonly dir: string; readonly name: string }) => SettingsWriter;

/** The Node backend. No conf `schema`/`defaults`: validation and defaults come from zod, once, before conf reads. */
export const confBackend: SettingsBackend = ({ dir, name }) => {
  const conf = new Conf<Settings>({
    cwd: dir,
    configName: name,
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
    configFileMode: PRIVATE_FILE_MODE,
  });
  return {
    path: conf.path,
    write: (settings) => {
      conf.store = settings;
    },
  };
};

export interface SettingsStoreOptions {
  /** The data folder; the file is `<dataDir>/settings.json`. */
  readonly dataDir: string;
  readonly now?: () => number;
  readonly log?: Logger;
  /** Default: conf. */
  readonly backend?: SettingsBackend;
}

/**
 * Opens the settings in `dataDir`, repairing a corrupt file first (see settings-file.ts). A repair is logged (a
 * default logger when none is given: it is never silent) and its notice kept until the user dismisses it, so
 * whichever Tether opens next shows it.
 */
export function openSettingsStore({ dataDir, now, log, backend = confBackend }: SettingsStoreOptions): SettingsStore {
  ensurePrivateDir(dataDir);
  const file = join(dataDir, `${SETTINGS_FILE_NAME}.json`);
  const loaded = loadSettingsFile(file, now);
  makePrivate(file);
  if (loaded.notice) {
    (log ?? createLogger('settings')).warn(`settings file repaired; backup at ${loaded.notice.backupPath}`, loaded.notice);
    keepNotice(dataDir, loaded.notice);
  }
  const initial = { ...loaded, notice: loaded.notice ?? pendingNotice(dataDir) };
  return new PersistentSettingsStore(backend({ dir: dataDir, name: SETTINGS_FILE_NAME }), initial, log, () => forgetNotice(dataDir));
}
