import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronFake, FakeBrowserWindow, FakeEvent, resetElectronFake, shellFake } from '../../../fixtures/fake-electron';

vi.mock('electron', () => ({ ...electronFake, default: electronFake }));
const { createMainWindow } = await import('../../../../main/electron/windows/main-window');

beforeEach(() => resetElectronFake());

describe('main window', () => {
  it('uses context isolation, the sandbox and no Node in the page', () => {
    createMainWindow(undefined);
    const prefs = FakeBrowserWindow.created[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.js$/);
  });

  it('turns off middle-click (auxclick), which would open links in a new window', () => {
    createMainWindow(undefined);
    const prefs = FakeBrowserWindow.created[0]?.options.webPreferences as Record<string, unknown>;
    expect(String(prefs.disableBlinkFeatures).split(',')).toContain('Auxclick');
  });

  it('loads the renderer from app://tether, not from a file: URL', () => {
    createMainWindow(undefined);
    expect(FakeBrowserWindow.created[0]?.loaded).toBe('app://tether/index.html');
  });

  it('loads the dev server when it is given one', () => {
    createMainWindow('http://localhost:5173/');
    expect(FakeBrowserWindow.created[0]?.loaded).toBe('http://localhost:5173/');
  });

  it('denies new windows and opens only allowlisted https links in the browser', () => {
    createMainWindow(undefined);
    const contents = FakeBrowserWindow.created[0]?.webContents;
    for (const url of [
      'https://www.facebook.com/settings',
      'https://evil.example/',
      'https://www.facebook.com.evil.example/',
      'https://user@www.facebook.com/',
      'http://www.facebook.com/',
      'https://www.facebook.com:8443/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://tether/index.html',
    ]) {
      expect(contents?.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' });
    }
    expect(shellFake.opened).toEqual(['https://www.facebook.com/settings']);
  });

  it('blocks navigation away from the app, and opens allowed links in the browser instead', () => {
    createMainWindow(undefined);
    const contents = FakeBrowserWindow.created[0]?.webContents;
    const prevented: string[] = [];
    for (const url of [
      'https://help.x.com/en/rules-and-policies/x-rules',
      'https://evil.example/',
      'file:///tmp/x.html',
      'app://tether/index.html#/settings',
    ]) {
      contents?.fire('will-navigate', { preventDefault: () => prevented.push(url) }, url);
    }
    expect(prevented).toEqual(['https://help.x.com/en/rules-and-policies/x-rules', 'https://evil.example/', 'file:///tmp/x.html']);
    expect(shellFake.opened).toEqual(['https://help.x.com/en/rules-and-policies/x-rules']);
  });

  it('trusts the dev server origin only when given one', () => {
    createMainWindow('http://localhost:5173');
    const contents = FakeBrowserWindow.created[0]?.webContents;
    let prevented = 0;
    const event = { preventDefault: () => (prevented += 1) };
    contents?.fire('will-navigate', event, 'https://evil.example/');
    contents?.fire('will-navigate', event, 'http://localhost:5173.evil.example/');
    contents?.fire('will-navigate', event, 'http://localhost:5173/#/settings');
    expect(prevented).toBe(2);
  });

  it('refuses to attach webviews', () => {
    createMainWindow(undefined);
    const event = new FakeEvent();
    FakeBrowserWindow.created[0]?.webContents.fire('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});
