// One decision, every presenter: the desktop, the browser tabs and the team channel get the same notifications,
// with one policy memory (a second presenter never makes old news new), and a failing presenter stops no other.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Notifications } from '../../../../../main/core/notify/notifications';
import { startNotificationFeed } from '../../../../../main/core/notify/notification-feed';
import type { TetherNotification } from '../../../../../main/core/notify/notification';
import { CoreEventBus } from '../../../../../main/core/kernel/core-events';
import { createLogger } from '../../../../../main/core/logging/create-logger';
import { openSettingsStore } from '../../../../../main/core/settings/open-settings-store';
import type { SettingsStore } from '../../../../../main/core/settings/settings-store';
import type { NotificationsDecided } from '../../../../../shared/domain/notification-view';
import { UTC, disconnect, utc } from './notify-fixtures';

let dir: string;
let settings: SettingsStore;
let events: CoreEventBus;
let notifications: Notifications;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(utc(12));
  dir = mkdtempSync(join(tmpdir(), 'tether-notify-'));
  settings = openSettingsStore({ dataDir: dir, now: () => Date.now() });
  events = new CoreEventBus();
  notifications = new Notifications({ clock: { now: () => Date.now() }, settings, events, accounts: () => [], log: createLogger('test'), localMinutes: UTC });
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

const sweepEnds = () => events.emit('validation:progressed', { trigger: 'manual', done: 1, total: 1, finished: true });

describe('Notifications with several presenters', () => {
  it('hands the same batch to each presenter, and the browser feed carries its words and click target', () => {
    const desktop: TetherNotification[][] = [];
    const team: TetherNotification[][] = [];
    const shown: NotificationsDecided[] = [];
    events.on('notifications:decided', (p) => shown.push(p));
    notifications.start({ deliver: (list) => desktop.push([...list]) });
    notifications.start({ deliver: (list) => team.push([...list]) });
    startNotificationFeed(notifications, events);

    notifications.push({ transitions: [disconnect('a', 'password_changed', { grant: 'g', name: 'Acme', at: utc(12) })], warnings: [] });
    sweepEnds();

    expect(desktop).toHaveLength(1);
    expect(team).toEqual(desktop);
    expect(shown).toEqual([
      {
        notifications: [
          {
            id: desktop[0]?.[0]?.id,
            kind: 'disconnection',
            title: desktop[0]?.[0]?.title,
            body: desktop[0]?.[0]?.body,
            accountIds: ['a'],
            urgency: 'critical',
            openAccountId: 'a',
          },
        ],
      },
    ]);
  });

  it('keeps one memory: a presenter attached later does not make the same news new again', () => {
    const first: TetherNotification[][] = [];
    notifications.start({ deliver: (list) => first.push([...list]) });
    notifications.push({ transitions: [disconnect('a', 'password_changed', { at: utc(12) })], warnings: [] });
    sweepEnds();
    const later: TetherNotification[][] = [];
    notifications.start({ deliver: (list) => later.push([...list]) });
    // The same news again (another process checked too): still told once, to nobody.
    notifications.push({ transitions: [disconnect('a', 'password_changed', { at: utc(12, 5) })], warnings: [] });
    sweepEnds();
    expect(first).toHaveLength(1);
    expect(later).toEqual([]);
  });

  it('still delivers to the others when one presenter throws, and stops deciding when the last one leaves', () => {
    const got: TetherNotification[][] = [];
    const stopBroken = notifications.start({
      deliver: () => {
        throw new Error('no desktop notifications here');
      },
    });
    const stopGood = notifications.start({ deliver: (list) => got.push([...list]) });
    notifications.push({ transitions: [disconnect('a', 'password_changed', { at: utc(12) })], warnings: [] });
    sweepEnds();
    expect(got).toHaveLength(1);

    stopBroken();
    stopGood();
    notifications.push({ transitions: [disconnect('b', 'password_changed', { at: utc(12, 1) })], warnings: [] });
    sweepEnds();
    expect(got).toHaveLength(1);
  });
});
