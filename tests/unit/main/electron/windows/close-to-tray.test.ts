// Close to tray: closing hides the window while the setting is on, unless Tether is really quitting.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { appFake, electronFake, FakeBrowserWindow, resetElectronFake } from '../../../../fixtures/fake-electron';

vi.mock('electron', () => ({ ...electronFake, default: electronFake }));
const { installCloseToTray, revealWindow } = await import('../../../../../main/electron/windows/close-to-tray');

let setting: boolean;
function openWindow() {
  const fake = new FakeBrowserWindow({});
  fake.show();
  const control = installCloseToTray(fake as unknown as BrowserWindow, { closeToTray: () => setting });
  return { fake, control };
}

beforeEach(() => {
  resetElectronFake();
  setting = true;
});

describe('close to tray', () => {
  it('hides the window instead of closing it when the setting is on', () => {
    const { fake } = openWindow();
    fake.close();
    expect([fake.isDestroyed(), fake.isVisible()]).toEqual([false, false]);
  });

  it('closes the window when the setting is off, read at each close', () => {
    const { fake } = openWindow();
    fake.close();
    expect(fake.isDestroyed()).toBe(false);
    setting = false;
    fake.close();
    expect(fake.isDestroyed()).toBe(true);
  });

  it('lets the window close once Tether is really quitting (tray Quit, Cmd+Q)', () => {
    const { fake, control } = openWindow();
    expect(control.isQuitting()).toBe(false);
    appFake.quit();
    expect(control.isQuitting()).toBe(true);
    fake.close();
    expect(fake.isDestroyed()).toBe(true);
  });

  it('stops intercepting once disposed', () => {
    const { fake, control } = openWindow();
    control.dispose();
    expect(appFake.listenerCount('before-quit')).toBe(0);
    fake.close();
    expect(fake.isDestroyed()).toBe(true);
  });
});

describe('revealWindow', () => {
  it('brings back a window hidden in the tray or minimised, and focuses it', () => {
    const { fake } = openWindow();
    fake.close();
    fake.minimize();
    expect(revealWindow(fake as unknown as BrowserWindow)).toBe(true);
    expect([fake.isVisible(), fake.isMinimized(), fake.focused]).toEqual([true, false, true]);
  });

  it('says when there is no window to bring back', () => {
    expect(revealWindow(undefined)).toBe(false);
    const { fake } = openWindow();
    setting = false;
    fake.close();
    expect(revealWindow(fake as unknown as BrowserWindow)).toBe(false);
  });
});
