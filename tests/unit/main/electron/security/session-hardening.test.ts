import { describe, expect, it, vi } from 'vitest';
import { electronFake, FakeSession } from '../../../../fixtures/fake-electron';

vi.mock('electron', () => ({ ...electronFake, default: electronFake }));
const { hardenSession } = await import('../../../../../main/electron/security/session-hardening');

// A spread of what pages ask for, including the ones an OAuth page might try.
const PERMISSIONS = [
  'media',
  'notifications',
  'geolocation',
  'openExternal',
  'clipboard-read',
  'fullscreen',
  'midiSysex',
  'display-capture',
  'hid',
  'serial',
  'usb',
  'unknown',
];
const check = (ses: FakeSession, permission: string, origin: string, isMainFrame = true) =>
  ses.permissionCheckHandler?.({}, permission, origin, { requestingUrl: origin, isMainFrame });

describe('hardenSession', () => {
  it('sets a request, a check and a device handler (Electron allows everything without them)', () => {
    const ses = new FakeSession();
    hardenSession(ses as never);
    expect(ses.permissionRequestHandler).toBeTypeOf('function');
    expect(ses.permissionCheckHandler).toBeTypeOf('function');
    expect(ses.devicePermissionHandler).toBeTypeOf('function');
  });

  it('denies every permission, even to our own page', () => {
    const ses = new FakeSession();
    hardenSession(ses as never);
    for (const permission of PERMISSIONS) {
      for (const url of ['app://tether/index.html', 'https://www.facebook.com/dialog/oauth']) {
        expect(ses.request(permission, url), `${permission} ${url}`).toBe(false);
        expect(check(ses, permission, url), `${permission} ${url}`).toBe(false);
      }
    }
    expect(ses.devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://tether' })).toBe(false);
  });

  it('lets only our own main frame write to the clipboard ("Copy support details")', () => {
    const ses = new FakeSession();
    hardenSession(ses as never);
    expect(ses.request('clipboard-sanitized-write', 'app://tether/index.html')).toBe(true);
    expect(check(ses, 'clipboard-sanitized-write', 'app://tether')).toBe(true);
    expect(ses.request('clipboard-sanitized-write', 'app://tether/index.html', false)).toBe(false);
    for (const url of ['https://www.facebook.com/', 'file:///tmp/x.html', 'app://tether.evil/', 'http://localhost:5173/']) {
      expect(ses.request('clipboard-sanitized-write', url), url).toBe(false);
      expect(check(ses, 'clipboard-sanitized-write', url), url).toBe(false);
    }
  });

  it('takes the caller’s idea of "our page" (the dev server in development)', () => {
    const ses = new FakeSession();
    hardenSession(ses as never, (url) => url.startsWith('http://localhost:5173/'));
    expect(ses.request('clipboard-sanitized-write', 'http://localhost:5173/')).toBe(true);
    expect(ses.request('media', 'http://localhost:5173/')).toBe(false);
  });
});
