/** Where Tether keeps its database and settings: the OS's app-data folder unless the user names one. */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER_NAME = 'Tether';

/**
 * The folder Electron's `app.getPath('userData')` would give for "Tether", computed without Electron so that
 * `tether serve` and the CLI find the same data as the desktop app.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_FOLDER_NAME);
}

/** Demo mode never touches real data: it lives in its own folder beside the real one. */
export function demoDataDir(realDataDir: string): string {
  return `${realDataDir.replace(/[\\/]+$/, '')}-demo`;
}
