// Launch at login: the OS login item on macOS and Windows, an XDG autostart entry on Linux (real files in a
// temporary folder), nothing for a development build; and following the real settings store.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appFake, electronFake, resetElectronFake } from '../../../../fixtures/fake-electron';
import { openSettingsStore } from '../../../../../main/core/settings/open-settings-store';

vi.mock('electron', () => ({ ...electronFake, default: electronFake }));
const { applyLaunchAtLogin, autostartEntry, currentLoginItemEnv, followLaunchAtLogin, quoteExecArgument, AUTOSTART_FILE } =
  await import('../../../../../main/electron/app-lifecycle/login-item');
type Env = Parameters<typeof applyLaunchAtLogin>[1] & object;

let dir: string;
let linux: Env;

beforeEach(() => {
  resetElectronFake();
  dir = mkdtempSync(join(tmpdir(), 'tether-login-item-'));
  linux = { platform: 'linux', isPackaged: true, executable: '/opt/Tether/tether', autostartDir: join(dir, 'autostart') };
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

describe('Linux autostart entry', () => {
  it('is written when enabled and removed when disabled', () => {
    expect(applyLaunchAtLogin(true, linux)).toEqual({ applied: true, via: 'autostart-entry' });
    const file = join(linux.autostartDir, AUTOSTART_FILE);
    const entry = readFileSync(file, 'utf8');
    expect(entry.split('\n')).toEqual(expect.arrayContaining(['[Desktop Entry]', 'Type=Application', 'Name=Tether', 'Exec="/opt/Tether/tether"']));
    expect(applyLaunchAtLogin(false, linux)).toEqual({ applied: true, via: 'autostart-entry' });
    expect(existsSync(file)).toBe(false);
    expect(applyLaunchAtLogin(false, linux).applied).toBe(true);
  });

  it('quotes the executable as the desktop entry spec asks', () => {
    expect(quoteExecArgument('/home/dana/Apps/Tether 1.0.AppImage')).toBe('"/home/dana/Apps/Tether 1.0.AppImage"');
    expect(quoteExecArgument('/opt/$HOME/100%/a"b`c')).toBe('"/opt/\\\\$HOME/100%%/a\\\\"b\\\\`c"');
    expect(quoteExecArgument('/opt/back\\slash')).toBe('"/opt/back\\\\\\\\slash"');
    expect(() => quoteExecArgument('/opt/a\nExec=evil')).toThrow(/line break/);
    expect(autostartEntry('/x y/tether')).toContain('Exec="/x y/tether"\n');
  });

  it('starts the AppImage itself, and follows XDG_CONFIG_HOME', () => {
    vi.stubEnv('APPIMAGE', '/home/dana/Tether.AppImage');
    vi.stubEnv('XDG_CONFIG_HOME', join(dir, 'config'));
    appFake.isPackaged = true;
    expect(currentLoginItemEnv()).toMatchObject({ isPackaged: true, executable: '/home/dana/Tether.AppImage', autostartDir: join(dir, 'config', 'autostart') });
  });
});

describe('macOS and Windows', () => {
  it.each(['darwin', 'win32'] as const)('%s uses the OS login item', (platform) => {
    expect(applyLaunchAtLogin(true, { ...linux, platform })).toEqual({ applied: true, via: 'login-item' });
    applyLaunchAtLogin(false, { ...linux, platform });
    expect(appFake.loginItemSettings).toEqual([{ openAtLogin: true }, { openAtLogin: false }]);
    expect(existsSync(linux.autostartDir)).toBe(false);
  });
});

describe('development builds', () => {
  it('register nothing anywhere', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(applyLaunchAtLogin(true, { ...linux, platform, isPackaged: false }).applied).toBe(false);
    }
    expect(appFake.loginItemSettings).toEqual([]);
    expect(existsSync(linux.autostartDir)).toBe(false);
  });
});

describe('following the setting', () => {
  it('applies it at start and whenever launchAtLogin changes, not on other changes', () => {
    const store = openSettingsStore({ dataDir: join(dir, 'data') });
    const file = join(linux.autostartDir, AUTOSTART_FILE);
    const stop = followLaunchAtLogin(store, undefined, linux);
    expect(existsSync(file)).toBe(false);
    expect(store.update({ launchAtLogin: true }).ok).toBe(true);
    expect(existsSync(file)).toBe(true);
    rmSync(file);
    store.update({ theme: 'dark' });
    expect(existsSync(file)).toBe(false);
    store.update({ launchAtLogin: false });
    stop();
    store.update({ launchAtLogin: true });
    expect(existsSync(file)).toBe(false);
  });

  it('logs a failure and keeps the setting as the user chose it', () => {
    const store = openSettingsStore({ dataDir: join(dir, 'data') });
    writeFileSync(join(dir, 'blocked'), 'a file where the autostart folder should be');
    const errors: string[] = [];
    const log = { debug() {}, info() {}, warn() {}, error: (m: string) => errors.push(m), child: () => log };
    followLaunchAtLogin(store, log, { ...linux, autostartDir: join(dir, 'blocked', 'autostart') });
    expect(store.update({ launchAtLogin: true }).ok).toBe(true);
    expect(errors).toEqual(['could not change launch at login']);
    expect(store.get().launchAtLogin).toBe(true);
  });
});
