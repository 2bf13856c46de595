import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appFake, electronFake, FakeBrowserWindow, FakeSession, protocolFake, resetElectronFake, sessionFake } from '../../../../fixtures/fake-electron';

vi.mock('electron', () => ({ ...electronFake, default: electronFake }));
const { hardenApp } = await import('../../../../../main/electron/security/harden-app');
const { createMainWindow } = await import('../../../../../main/electron/windows/main-window');

beforeEach(() => resetElectronFake());
const DEV = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };

describe('hardenApp', () => {
  it('makes app:// a standard, secure scheme before ready, and serves it only once ready', () => {
    const security = hardenApp({});
    expect(protocolFake.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(protocolFake.privileged[0]?.privileges).not.toMatchObject({ bypassCSP: true });
    expect(protocolFake.privileged[0]?.privileges).not.toMatchObject({ corsEnabled: true });
    expect(protocolFake.handlers.size).toBe(0);
    security.onReady();
    expect([...protocolFake.handlers.keys()]).toEqual(['app']);
  });

  it('hardens the default session once ready', () => {
    hardenApp({}).onReady();
    expect(sessionFake.defaultSession.request('media', 'app://tether/index.html')).toBe(false);
    expect(sessionFake.defaultSession.request('openExternal', 'app://tether/index.html')).toBe(false);
  });

  it('hardens every session created later, such as an OAuth partition', () => {
    hardenApp({});
    const oauth = new FakeSession();
    appFake.emit('session-created', oauth);
    expect(oauth.request('geolocation', 'https://www.facebook.com/dialog/oauth')).toBe(false);
    expect(oauth.request('clipboard-sanitized-write', 'https://www.facebook.com/dialog/oauth')).toBe(false);
  });

  it('uses ELECTRON_RENDERER_URL in development', () => {
    appFake.isPackaged = false;
    const { devServerUrl } = hardenApp(DEV);
    expect(devServerUrl).toBe('http://localhost:5173/');
    createMainWindow(devServerUrl);
    expect(FakeBrowserWindow.created[0]?.loaded).toBe('http://localhost:5173/');
  });

  it('ignores ELECTRON_RENDERER_URL when packaged and loads app://tether', () => {
    appFake.isPackaged = true;
    const { devServerUrl } = hardenApp(DEV);
    expect(devServerUrl).toBeUndefined();
    createMainWindow(devServerUrl);
    expect(FakeBrowserWindow.created[0]?.loaded).toBe('app://tether/index.html');
    // …and the dev server's origin gets no clipboard grant either.
    const other = new FakeSession();
    appFake.emit('session-created', other);
    expect(other.request('clipboard-sanitized-write', 'http://localhost:5173/')).toBe(false);
  });
});
