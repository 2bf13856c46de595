/**
 * "Launch at login" from the setting: the OS login item on macOS and Windows (app.setLoginItemSettings), an XDG
 * autostart entry on Linux, where Electron has no login-item API. Development builds register nothing: the
 * executable there is the bare Electron binary, which would open Electron's default app at every login.
 */
import { app } from 'electron';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../../core/logging/create-logger';
import type { SettingsStore } from '../../core/settings/settings-store';

/** What the login item depends on, read from the running app by default. */
export interface LoginItemEnv {
  readonly platform: NodeJS.Platform;
  readonly isPackaged: boolean;
  /** The executable to start: the AppImage itself when run from one (its execPath is a temporary mount). */
  readonly executable: string;
  /** Where XDG autostart entries live (Linux). */
  readonly autostartDir: string;
}

export type LoginItemResult = { readonly applied: true; readonly via: 'login-item' | 'autostart-entry' } | { readonly applied: false; readonly why: string };

/** The autostart entry's file name. */
export const AUTOSTART_FILE = 'tether.desktop';

/** The environment of the running app. */
export function currentLoginItemEnv(): LoginItemEnv {
  const configHome = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return {
    platform: process.platform,
    isPackaged: app.isPackaged,
    executable: process.env.APPIMAGE || process.execPath,
    autostartDir: join(configHome, 'autostart'),
  };
}

/**
 * Quotes one argument of a desktop entry's Exec key: inside double quotes `"`, `` ` ``, `$` and `\` take a
 * backslash, then the string-value rule doubles every backslash again; `%` is doubled for the field codes.
 */
export function quoteExecArgument(arg: string): string {
  if (/[\n\r]/.test(arg)) throw new Error('an executable path cannot contain a line break');
  const quoted = arg.replace(/["`$\\]/g, (c) => `\\${c}`).replace(/%/g, '%%');
  return `"${quoted.replace(/\\/g, '\\\\')}"`;
}

/** The XDG autostart entry that starts Tether at login. */
export function autostartEntry(executable: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Tether',
    'Comment=Keeps your social accounts connected',
    `Exec=${quoteExecArgument(executable)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Deletes a file; one that isn't there (or whose folder can't exist) is already gone. */
function removeIfPresent(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOTDIR') throw error;
  }
}

/** Registers or removes Tether as something the OS starts at login. */
export function applyLaunchAtLogin(enabled: boolean, env: LoginItemEnv = currentLoginItemEnv()): LoginItemResult {
  if (!env.isPackaged) return { applied: false, why: 'a development build is never registered to start at login' };
  if (env.platform === 'darwin' || env.platform === 'win32') {
    app.setLoginItemSettings({ openAtLogin: enabled });
    return { applied: true, via: 'login-item' };
  }
  const file = join(env.autostartDir, AUTOSTART_FILE);
  if (!enabled) {
    removeIfPresent(file);
    return { applied: true, via: 'autostart-entry' };
  }
  mkdirSync(env.autostartDir, { recursive: true });
  // Written whole then renamed, so a session starting meanwhile never reads half an entry.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, autostartEntry(env.executable), { mode: 0o644 });
  renameSync(temporary, file);
  return { applied: true, via: 'autostart-entry' };
}

/**
 * Applies the setting now and whenever it changes. A failure is logged and the setting stays as the user set
 * it. Returns the function that stops following the setting.
 */
export function followLaunchAtLogin(store: SettingsStore, log?: Logger, env: LoginItemEnv = currentLoginItemEnv()): () => void {
  const apply = (enabled: boolean): void => {
    try {
      const result = applyLaunchAtLogin(enabled, env);
      if (!result.applied) log?.info(`launch at login not applied: ${result.why}`);
    } catch (error) {
      log?.error('could not change launch at login', { error: String(error) });
    }
  };
  apply(store.get().launchAtLogin);
  return store.onChange((next, previous) => {
    if (next.launchAtLogin !== previous.launchAtLogin) apply(next.launchAtLogin);
  });
}
