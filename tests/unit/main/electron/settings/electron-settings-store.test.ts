// The Electron settings adapter: real electron-store and real files; only `electron` is faked (app paths,
// version, and the ipcMain listener electron-store registers for renderer access).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fake = vi.hoisted(() => ({ userData: '/nonexistent', ipcChannels: [] as string[] }));

vi.mock('electron', () => {
  const module = {
    app: { getPath: () => fake.userData, getVersion: () => '0.1.0', getName: () => 'Tether' },
    ipcMain: { on: (channel: string) => fake.ipcChannels.push(channel) },
    shell: { openPath: async () => '' },
  };
  return { ...module, default: module };
});

const { electronStoreBackend } = await import('../../../../../main/electron/settings/electron-settings-store');
const { openSettingsStore } = await import('../../../../../main/core/settings/open-settings-store');
const { DEFAULT_SETTINGS } = await import('../../../../../shared/domain/settings');

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tether-electron-settings-'));
  fake.userData = join(dir, 'userData');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('electron-store settings', () => {
  it('keeps settings.json in the data folder it is given, and saves patches', () => {
    const store = openSettingsStore({ dataDir: dir, backend: electronStoreBackend });
    expect(store.path).toBe(join(dir, 'settings.json'));
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.update({ closeToTray: false, retention: { rawCheckDays: 90 } })).toMatchObject({ ok: true });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, closeToTray: false, retention: { rawCheckDays: 90 } });
    expect(openSettingsStore({ dataDir: dir, backend: electronStoreBackend }).get().retention.rawCheckDays).toBe(90);
  });

  it('validates with the same schema as the Node adapter', () => {
    const store = openSettingsStore({ dataDir: dir, backend: electronStoreBackend });
    expect(store.update({ theme: 'sepia' as never })).toMatchObject({ ok: false, error: { kind: 'invalid', issues: [{ path: 'theme' }] } });
    expect(store.update({ checkIntervalMinutes: 1441 })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('shares the file with `tether serve` (the conf adapter), both ways', () => {
    openSettingsStore({ dataDir: dir, backend: electronStoreBackend }).update({ theme: 'dark' });
    const node = openSettingsStore({ dataDir: dir });
    expect(node.get().theme).toBe('dark');
    node.update({ launchAtLogin: true });
    expect(openSettingsStore({ dataDir: dir, backend: electronStoreBackend }).get()).toMatchObject({ theme: 'dark', launchAtLogin: true });
  });

  it('backs up a corrupt file and starts from the defaults with a notice', () => {
    writeFileSync(join(dir, 'settings.json'), '\u0000\u0000 binary junk');
    const store = openSettingsStore({ dataDir: dir, now: () => Date.UTC(2026, 0, 2), backend: electronStoreBackend });
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.notice).toMatchObject({ kind: 'reset', backupPath: join(dir, 'settings.json.corrupt-2026-01-02T00-00-00-000Z') });
    expect(readFileSync(store.notice?.backupPath ?? '', 'utf8')).toBe('\u0000\u0000 binary junk');
  });

  it('keeps the valid keys of a half-valid file', () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, theme: 'light', checkIntervalMinutes: -3 }));
    const store = openSettingsStore({ dataDir: dir, backend: electronStoreBackend });
    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
    expect(store.notice).toMatchObject({ kind: 'repaired', resetKeys: ['checkIntervalMinutes'] });
  });
});
