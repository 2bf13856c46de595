// Real files in a temp folder: what startup does with a missing, valid, corrupt or half-valid settings file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, SettingsNoticeSchema, SettingsSchema } from '../../../../../shared/domain/settings';
import { loadSettingsFile, SettingsFileError } from '../../../../../main/core/settings/settings-file';

const AT = Date.UTC(2026, 10, 28, 8, 37, 0, 123);
let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tether-settings-file-'));
  file = join(dir, 'settings.json');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const onDisk = (): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('loadSettingsFile', () => {
  it('starts from the defaults when there is no file, and creates nothing', () => {
    expect(loadSettingsFile(file, () => AT)).toEqual({ settings: DEFAULT_SETTINGS, notice: null });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reads a valid file without touching it', () => {
    const text = JSON.stringify({ ...DEFAULT_SETTINGS, theme: 'dark' }, null, '\t');
    writeFileSync(file, text);
    const before = statSync(file).mtimeMs;
    expect(loadSettingsFile(file, () => AT)).toEqual({ settings: { ...DEFAULT_SETTINGS, theme: 'dark' }, notice: null });
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it('fills keys a newer version added, without a backup or a notice', () => {
    const { theme: _theme, ...older } = structuredClone(DEFAULT_SETTINGS);
    writeFileSync(file, JSON.stringify({ ...older, closeToTray: false }));
    const load = loadSettingsFile(file, () => AT);
    expect(load).toEqual({ settings: { ...DEFAULT_SETTINGS, closeToTray: false }, notice: null });
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it('backs up a file that is not JSON, byte for byte, and resets to the defaults with a notice', () => {
    const garbage = '{"checkIntervalMinutes": 15, "theme": "da';
    writeFileSync(file, garbage);
    const load = loadSettingsFile(file, () => AT);
    const backupPath = join(dir, 'settings.json.corrupt-2026-11-28T08-37-00-123Z');
    expect(load.settings).toEqual(DEFAULT_SETTINGS);
    expect(load.notice).toEqual({
      kind: 'reset',
      backupPath,
      resetKeys: ['*'],
      removedKeys: [],
      reason: 'The settings file was not valid JSON, so every setting went back to its default.',
      at: AT,
    });
    expect(SettingsNoticeSchema.safeParse(load.notice).success).toBe(true);
    expect(readFileSync(backupPath, 'utf8')).toBe(garbage);
    expect(onDisk()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid keys of a half-valid file, resets the rest, and backs it up', () => {
    const raw = { ...DEFAULT_SETTINGS, checkIntervalMinutes: 1, theme: 'dark', launchAtLogin: 'sometimes', metaAppSecret: 'abc' };
    writeFileSync(file, JSON.stringify(raw));
    const load = loadSettingsFile(file, () => AT);
    expect(load.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(load.notice).toMatchObject({ kind: 'repaired', resetKeys: ['checkIntervalMinutes', 'launchAtLogin'], removedKeys: ['metaAppSecret'] });
    expect(load.notice?.reason).toBe('The settings file had problems: 2 invalid setting(s) went back to their defaults and 1 unknown setting(s) were removed.');
    expect(JSON.parse(readFileSync(load.notice?.backupPath ?? '', 'utf8'))).toEqual(raw);
    expect(onDisk()).toEqual(load.settings);
  });

  it.each([['[1, 2, 3]'], ['null'], ['"settings"'], ['{"theme": 7, "checkIntervalMinutes": "often"}']])('resets a file holding %s, with a backup', (text) => {
    writeFileSync(file, text);
    const load = loadSettingsFile(file, () => AT);
    expect(load.notice?.kind).toBe('reset');
    expect(load.settings).toEqual(DEFAULT_SETTINGS);
    expect(readFileSync(load.notice?.backupPath ?? '', 'utf8')).toBe(text);
    expect(SettingsSchema.safeParse(onDisk()).success).toBe(true);
  });

  it('accepts a byte-order mark', () => {
    writeFileSync(file, `\uFEFF${JSON.stringify({ ...DEFAULT_SETTINGS, theme: 'light' })}`);
    expect(loadSettingsFile(file, () => AT)).toEqual({ settings: { ...DEFAULT_SETTINGS, theme: 'light' }, notice: null });
  });

  it('never overwrites an earlier backup', () => {
    writeFileSync(file, 'first corruption');
    const first = loadSettingsFile(file, () => AT).notice?.backupPath;
    writeFileSync(file, 'second corruption');
    const second = loadSettingsFile(file, () => AT).notice?.backupPath;
    expect(second).toBe(`${first}-1`);
    expect(readFileSync(first ?? '', 'utf8')).toBe('first corruption');
    expect(readFileSync(second ?? '', 'utf8')).toBe('second corruption');
  });

  it('refuses, touching nothing, when the path cannot be read as a file', () => {
    mkdirSync(file);
    writeFileSync(join(file, 'inside.txt'), 'keep me');
    expect(() => loadSettingsFile(file, () => AT)).toThrow(SettingsFileError);
    expect(() => loadSettingsFile(file, () => AT)).toThrow(/exists but cannot be read/);
    expect(readdirSync(dir)).toEqual(['settings.json']);
    expect(readFileSync(join(file, 'inside.txt'), 'utf8')).toBe('keep me');
  });
});
