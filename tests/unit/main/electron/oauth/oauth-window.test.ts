/** The Facebook sign-in window and the desktop sign-in agent, against the fake electron. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronFake, FakeBrowserWindow, FakeEvent, resetElectronFake, sessionFake, shellFake } from '../../../../fixtures/fake-electron';

vi.mock('electron', () => ({ ...electronFake, default: electronFake }));
const { openOAuthWindow, isAllowedOrigin } = await import('../../../../../main/electron/oauth/oauth-window');
const { createDesktopSignInAgent, facebookOrigins } = await import('../../../../../main/electron/oauth/desktop-sign-in-agent');
const { REAL_ENDPOINTS } = await import('../../../../../main/core/providers/network-endpoints');

const REDIRECT = 'https://www.facebook.com/connect/login_success.html';
const DIALOG = 'https://www.facebook.com/v24.0/dialog/oauth?client_id=1&state=S';
const request = { network: 'facebook' as const, url: DIALOG, redirectUri: REDIRECT, state: 'S' };
const ORIGINS = facebookOrigins(REAL_ENDPOINTS);

function navigate(window: FakeBrowserWindow, event: 'will-navigate' | 'will-redirect', url: string): boolean {
  const e = new FakeEvent();
  window.webContents.fire(event, e, url);
  return e.defaultPrevented;
}

beforeEach(() => resetElectronFake());

describe('the OAuth window', () => {
  it('is sandboxed, isolated, without preload, on its own in-memory partition whose permissions are all denied', () => {
    openOAuthWindow(request, { allowedOrigins: ORIGINS });
    const window = FakeBrowserWindow.created[0];
    const prefs = window?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(prefs).not.toHaveProperty('preload');
    expect(prefs.partition).toMatch(/^oauth-[0-9a-f-]{36}$/);
    expect(String(prefs.partition).startsWith('persist:')).toBe(false);
    const partition = sessionFake.partitions.get(String(prefs.partition));
    expect(partition?.request('notifications', DIALOG)).toBe(false);
    expect(partition?.request('clipboard-sanitized-write', DIALOG)).toBe(false);
    expect(window?.loaded).toBe(DIALOG);
  });

  it('denies window.open and webviews', () => {
    openOAuthWindow(request, { allowedOrigins: ORIGINS });
    const window = FakeBrowserWindow.created[0] as FakeBrowserWindow;
    expect(window.webContents.windowOpenHandler?.({ url: 'https://www.facebook.com/help' })).toEqual({ action: 'deny' });
    const e = new FakeEvent();
    window.webContents.fire('will-attach-webview', e);
    expect(e.defaultPrevented).toBe(true);
  });

  it('navigates only to allowlisted origins, compared as parsed origins', () => {
    openOAuthWindow(request, { allowedOrigins: ORIGINS });
    const window = FakeBrowserWindow.created[0] as FakeBrowserWindow;
    expect(navigate(window, 'will-navigate', 'https://www.facebook.com/login/device-based/regular/login/')).toBe(false);
    expect(navigate(window, 'will-navigate', 'https://m.facebook.com/checkpoint/')).toBe(false);
    for (const url of [
      'https://www.facebook.com.evil.example/',
      'https://www.facebook.com@evil.example/',
      'http://www.facebook.com/',
      'https://evil.example/?https://www.facebook.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ]) {
      expect(navigate(window, 'will-navigate', url), url).toBe(true);
      expect(navigate(window, 'will-redirect', url), url).toBe(true);
    }
    expect(isAllowedOrigin('https://WWW.FACEBOOK.COM/x', ORIGINS)).toBe(true);
  });

  it('reads the answer from the redirect (fragment included) without loading it, and closes', async () => {
    const session = openOAuthWindow(request, { allowedOrigins: ORIGINS });
    const window = FakeBrowserWindow.created[0] as FakeBrowserWindow;
    const landing = `${REDIRECT}#access_token=EAAB&expires_in=3600&state=S`;
    expect(navigate(window, 'will-redirect', landing)).toBe(true);
    expect(await session.landed).toEqual({ kind: 'redirected', url: landing });
    expect(window.isDestroyed()).toBe(true);
  });

  it('closing the window ends the sign-in as closed', async () => {
    const session = openOAuthWindow(request, { allowedOrigins: ORIGINS });
    (FakeBrowserWindow.created[0] as FakeBrowserWindow).close();
    expect(await session.landed).toEqual({ kind: 'closed' });
  });
});

describe('the desktop sign-in agent', () => {
  const agent = createDesktopSignInAgent({ endpoints: REAL_ENDPOINTS, xCallbackPort: () => 53682, parent: () => undefined });

  it('registers login_success.html for Facebook and the fixed loopback callback for X', () => {
    expect(agent.redirectUri('facebook')).toBe(REDIRECT);
    expect(agent.redirectUri('twitter')).toBe('http://127.0.0.1:53682/callback');
  });

  it('opens X in the system browser, never in a window, and only X’s own authorize page', async () => {
    const port = 40000 + Math.floor(Math.random() * 20000);
    const x = createDesktopSignInAgent({ endpoints: REAL_ENDPOINTS, xCallbackPort: () => port, parent: () => undefined });
    const good = x.open({ network: 'twitter', url: 'https://x.com/i/oauth2/authorize?state=S', redirectUri: x.redirectUri('twitter'), state: 'S' });
    expect(shellFake.opened).toEqual(['https://x.com/i/oauth2/authorize?state=S']);
    expect(FakeBrowserWindow.created).toHaveLength(0);
    good.close();
    expect(await good.landed).toEqual({ kind: 'closed' });
    const bad = x.open({ network: 'twitter', url: 'https://evil.example/i/oauth2/authorize', redirectUri: x.redirectUri('twitter'), state: 'S' });
    expect(await bad.landed).toMatchObject({ kind: 'failed' });
    expect(shellFake.opened).toHaveLength(1);
  });

  it('opens Facebook in the OAuth window, on a new empty session each time, so Facebook asks who is signing in', () => {
    agent.open(request);
    agent.open(request);
    expect(FakeBrowserWindow.created).toHaveLength(2);
    const partitions = FakeBrowserWindow.created.map((w) => String((w.options.webPreferences as Record<string, unknown>).partition));
    expect(new Set(partitions).size).toBe(2);
    expect(shellFake.opened).toEqual([]);
    expect(agent.freshSession('facebook')).toBe(true);
    expect(agent.freshSession('twitter')).toBe(false);
    expect([agent.availability('facebook'), agent.availability('twitter')]).toEqual(['here', 'here']);
  });

  it('brings Tether to the front when X came back (the browser stays on X’s page after the 204)', async () => {
    const port = 40000 + Math.floor(Math.random() * 20000);
    const parent = new FakeBrowserWindow({});
    const x = createDesktopSignInAgent({ endpoints: REAL_ENDPOINTS, xCallbackPort: () => port, parent: () => parent as never });
    const session = x.open({ network: 'twitter', url: 'https://x.com/i/oauth2/authorize?state=S', redirectUri: x.redirectUri('twitter'), state: 'S' });
    await new Promise((r) => setTimeout(r, 20));
    const answer = await fetch(`http://127.0.0.1:${port}/callback?state=S&code=C`);
    expect(answer.status).toBe(204);
    expect(await session.landed).toMatchObject({ kind: 'redirected' });
    await vi.waitFor(() => expect(parent.focused).toBe(true));
  });
});
