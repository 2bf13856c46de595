// The Node settings adapter (conf) on real files: what `tether serve` and the CLI use.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../shared/domain/settings';
import { openSettingsStore } from '../../../../../main/core/settings/open-settings-store';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tether-conf-settings-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const fileOnDisk = (): unknown => JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));

describe('conf settings store', () => {
  it('starts with the defaults and keeps the file in the data folder', () => {
    const store = openSettingsStore({ dataDir: dir });
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.path).toBe(join(dir, 'settings.json'));
    expect(store.notice).toBeNull();
  });

  it('saves a deep patch, keeps the keys it did not name, and a new store reads it back', () => {
    const store = openSettingsStore({ dataDir: dir });
    const result = store.update({ notifications: { quietHours: { enabled: true } }, theme: 'dark', networkApps: { metaAppId: '1234567890' } });
    expect(result.ok).toBe(true);
    const expected: Settings = {
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      notifications: { ...DEFAULT_SETTINGS.notifications, quietHours: { enabled: true, start: '22:00', end: '07:00' } },
      networkApps: { metaAppId: '1234567890', metaConfigId: null, xClientId: null, xCallbackPort: 53682 },
    };
    expect(store.get()).toEqual(expected);
    expect(fileOnDisk()).toEqual(expected);
    expect(openSettingsStore({ dataDir: dir }).get()).toEqual(expected);
  });

  it('refuses an invalid patch with the offending paths, and changes nothing', () => {
    const store = openSettingsStore({ dataDir: dir });
    store.update({ theme: 'light' });
    const result = store.update({ checkIntervalMinutes: 2, theme: 'dark', notifications: { quietHours: { start: '9pm' } } });
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.kind === 'invalid') {
      expect(result.error.issues.map((issue) => issue.path)).toEqual(['checkIntervalMinutes', 'notifications.quietHours.start']);
    } else {
      throw new Error('expected an invalid-patch error');
    }
    expect(store.get().theme).toBe('light');
    expect(fileOnDisk()).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
  });

  it('refuses an app secret smuggled into settings (it belongs in the keychain)', () => {
    const store = openSettingsStore({ dataDir: dir });
    store.update({ networkApps: { metaAppId: '1234567890' } });
    const result = store.update({ networkApps: { metaAppSecret: 'abc123' } } as never);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(readFileSync(join(dir, 'settings.json'), 'utf8').includes('abc123')).toBe(false);
  });

  it('tells listeners about saved changes only, and stops after unsubscribe', () => {
    const store = openSettingsStore({ dataDir: dir });
    const seen: Array<[number, number]> = [];
    const off = store.onChange((next, previous) => seen.push([next.checkIntervalMinutes, previous.checkIntervalMinutes]));
    store.onChange(() => {
      throw new Error('a broken listener');
    });
    store.update({ checkIntervalMinutes: 60 });
    store.update({ checkIntervalMinutes: 60 });
    store.update({ checkIntervalMinutes: 1 });
    off();
    store.update({ checkIntervalMinutes: 90 });
    expect(seen).toEqual([[60, 30]]);
    expect(store.get().checkIntervalMinutes).toBe(90);
  });

  it('says so when the disk refuses, and keeps the settings it had', () => {
    const store = openSettingsStore({ dataDir: dir });
    store.update({ theme: 'dark' });
    // A non-empty folder where the file goes: the atomic rename fails, even for root.
    renameSync(join(dir, 'settings.json'), join(dir, 'moved.json'));
    mkdirSync(join(dir, 'settings.json'));
    writeFileSync(join(dir, 'settings.json', 'blocker'), 'x');
    const result = store.update({ theme: 'light' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'write_failed', message: expect.stringContaining('Could not save the settings') } });
    expect(store.get().theme).toBe('dark');
  });

  it('opens a corrupt file as defaults, with a notice the UI can show and dismiss', () => {
    writeFileSync(join(dir, 'settings.json'), '{ this is not json');
    const store = openSettingsStore({ dataDir: dir, now: () => 0 });
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.notice).toMatchObject({ kind: 'reset', backupPath: join(dir, 'settings.json.corrupt-1970-01-01T00-00-00-000Z') });
    // The notice is kept beside the settings until dismissed, so the next Tether to open shows it too.
    expect(readdirSync(dir).sort()).toEqual(['settings.json', 'settings.json.corrupt-1970-01-01T00-00-00-000Z', 'settings.notice.json']);
    store.dismissNotice();
    expect(store.notice).toBeNull();
    expect(readdirSync(dir).sort()).toEqual(['settings.json', 'settings.json.corrupt-1970-01-01T00-00-00-000Z']);
    expect(store.update({ theme: 'dark' }).ok).toBe(true);
  });

  it("hands out frozen settings, so nobody changes them behind the store's back", () => {
    const store = openSettingsStore({ dataDir: dir });
    expect(Object.isFrozen(store.get().notifications.kinds)).toBe(true);
  });
});
