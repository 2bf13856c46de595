import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronFake, FakeBrowserWindow, resetElectronFake, shellFake } from '../../../fixtures/fake-electron';

vi.mock('electron', () => ({ ...electronFake, default: electronFake }));
const { createMainWindow } = await import('../../../../main/electron/windows/main-window');
const { readLaunchOptions } = await import('../../../../main/electron/app');

beforeEach(() => resetElectronFake());

describe('main window', () => {
  it('uses context isolation, the sandbox and no Node in the page', () => {
    createMainWindow(undefined);
    const prefs = FakeBrowserWindow.created[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.js$/);
    expect(FakeBrowserWindow.created[0]?.loaded).toMatch(/^file:\/\/.*renderer[\\/]index\.html$/);
  });

  it('denies new windows and opens only https links in the browser', () => {
    createMainWindow(undefined);
    const contents = FakeBrowserWindow.created[0]?.webContents;
    expect(contents?.windowOpenHandler?.({ url: 'https://www.facebook.com/settings' })).toEqual({ action: 'deny' });
    expect(contents?.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents?.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(shellFake.opened).toEqual(['https://www.facebook.com/settings']);
  });

  it('blocks navigation away from the app', () => {
    createMainWindow('http://localhost:5173');
    const contents = FakeBrowserWindow.created[0]?.webContents;
    let prevented = 0;
    const event = { preventDefault: () => (prevented += 1) };
    contents?.fire('will-navigate', event, 'https://evil.example/');
    contents?.fire('will-navigate', event, 'http://localhost:5173.evil.example/');
    contents?.fire('will-navigate', event, 'http://localhost:5173/#/settings');
    expect(prevented).toBe(2);
  });
});

describe('launch options', () => {
  it('reads --data-dir and --demo and ignores Chromium switches', () => {
    expect(readLaunchOptions(['--data-dir', '/tmp/x', '--demo', '--enable-logging'])).toEqual({ dataDir: '/tmp/x', demo: true });
    expect(readLaunchOptions(['.'])).toEqual({ dataDir: undefined, demo: false });
  });
});
