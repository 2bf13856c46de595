// The tray: the right icon, count, tooltip and menu for the accounts, and the actions its menu and click start.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Tray } from 'electron';
import { appFake, electronFake, type FakeNativeImage, FakeTray, resetElectronFake } from '../../../../fixtures/fake-electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { view } from '../../core/notify/notify-fixtures';

const REPO = join(__dirname, '../../../../..');

vi.mock('electron', () => ({ ...electronFake, default: electronFake }));
const { TetherTray } = await import('../../../../../main/electron/tray/tray');
const { loadTrayIcons, trayIconDir } = await import('../../../../../main/electron/tray/tray-icons');

let actions: { open: number; checkAll: number; quit: number };

function makeTray(platform: NodeJS.Platform = 'linux') {
  actions = { open: 0, checkAll: 0, quit: 0 };
  const tether = new TetherTray({
    icons: loadTrayIcons('/icons'),
    actions: { open: () => (actions.open += 1), checkAll: () => (actions.checkAll += 1), quit: () => (actions.quit += 1) },
    createTrayInstance: (image) => new FakeTray(image as unknown as FakeNativeImage) as unknown as Tray,
    platform,
  });
  const fake = FakeTray.created.at(-1);
  if (!fake) throw new Error('no tray was created');
  return { tether, fake };
}

const iconOf = (fake: FakeTray): string => (fake.image as FakeNativeImage).path;

beforeEach(() => resetElectronFake());

describe('TetherTray', () => {
  it('starts all good, with no count', () => {
    const { fake } = makeTray('darwin');
    expect(iconOf(fake)).toBe('/icons/tray-ok.png');
    expect(fake.tooltip).toBe('Tether: no accounts yet');
    expect(fake.title).toBe('');
  });

  it('shows the "needs you" icon and count for accounts that need the user', () => {
    const { tether, fake } = makeTray('darwin');
    const state = tether.update([view('a', 'needs_reconnect'), view('b', 'needs_action'), view('c', 'expiring'), view('d', 'connected')]);
    expect(state).toMatchObject({ level: 'needs_you', count: 2 });
    expect(iconOf(fake)).toBe('/icons/tray-needs-you.png');
    expect(fake.title).toBe('2');
    expect(fake.tooltip).toBe('Tether: 2 accounts need you, 1 account expiring soon');
    expect(fake.contextMenu?.labels()[0]).toBe('Tether: 2 accounts need you, 1 account expiring soon');
  });

  it('shows the expiring icon, then all good again', () => {
    const { tether, fake } = makeTray('darwin');
    tether.update([view('a', 'expiring'), view('b', 'connected')]);
    expect([iconOf(fake), fake.title]).toEqual(['/icons/tray-expiring.png', '1']);
    tether.update([view('a', 'connected'), view('b', 'connected')]);
    expect([iconOf(fake), fake.title, fake.tooltip]).toEqual(['/icons/tray-ok.png', '', 'Tether: all 2 accounts connected']);
  });

  it('puts the count in the tooltip and menu, not beside the icon, outside macOS', () => {
    const { tether, fake } = makeTray('win32');
    tether.update([view('a', 'needs_reconnect')]);
    expect(fake.title).toBe('');
    expect(fake.tooltip).toBe('Tether: 1 account needs you');
  });

  it('offers Open, Check all now and Quit, each doing its action', () => {
    const { fake } = makeTray();
    expect(fake.contextMenu?.labels()).toEqual(['Tether: no accounts yet', '-', 'Open Tether', 'Check all now', '-', 'Quit Tether']);
    fake.contextMenu?.click('Open Tether');
    fake.contextMenu?.click('Check all now');
    fake.contextMenu?.click('Quit Tether');
    expect(actions).toEqual({ open: 1, checkAll: 1, quit: 1 });
  });

  it('opens the window on click except on macOS, where a click opens the menu', () => {
    makeTray('linux').fake.emit('click');
    expect(actions.open).toBe(1);
    const mac = makeTray('darwin').fake;
    expect(mac.listenerCount('click')).toBe(0);
  });

  it('rebuilds the menu only when its words change', () => {
    const { tether, fake } = makeTray();
    tether.update([view('a', 'needs_reconnect')]);
    const menu = fake.contextMenu;
    tether.update([view('a', 'needs_reconnect', { reason: 'password_changed' })]);
    expect(fake.contextMenu).toBe(menu);
    tether.update([view('a', 'needs_reconnect'), view('b', 'needs_action')]);
    expect(fake.contextMenu).not.toBe(menu);
  });

  it('removes the icon once', () => {
    const { tether, fake } = makeTray();
    tether.destroy();
    tether.destroy();
    expect(fake.isDestroyed()).toBe(true);
  });
});

describe('tray icon files', () => {
  it('come from build/tray in a checkout and from resources/tray when packaged', () => {
    appFake.appPath = '/home/dev/tether';
    expect(trayIconDir('/unused')).toBe('/home/dev/tether/build/tray');
    appFake.isPackaged = true;
    expect(trayIconDir('/opt/Tether/resources')).toBe('/opt/Tether/resources/tray');
  });

  it('load from the checkout without a warning, and warn for each one that cannot be read', () => {
    const warnings: unknown[] = [];
    const log = { debug() {}, info() {}, warn: (_m: string, data?: unknown) => warnings.push(data), error() {}, child: () => log };
    appFake.appPath = REPO;
    const icons = loadTrayIcons(trayIconDir(), log);
    expect(warnings).toEqual([]);
    expect(Object.values(icons).map((i) => (i as unknown as FakeNativeImage).path)).toEqual(
      ['ok', 'expiring', 'needs-you'].map((n) => join(REPO, 'build', 'tray', `tray-${n}.png`)),
    );
    loadTrayIcons('/nowhere', log);
    expect(warnings).toEqual([{ path: '/nowhere/tray-ok.png' }, { path: '/nowhere/tray-expiring.png' }, { path: '/nowhere/tray-needs-you.png' }]);
  });

  it('are packaged where the app looks for them: electron-builder copies build/tray/*.png to resources/tray', () => {
    const config = readFileSync(join(REPO, 'electron-builder.yml'), 'utf8');
    const block = /^extraResources:\n((?:[ -].*\n)+)/m.exec(config)?.[1] ?? '';
    expect(block).toMatch(/- from: build\/tray\n\s+to: tray\n\s+filter:\n\s+- "\*\.png"/);
  });
});
