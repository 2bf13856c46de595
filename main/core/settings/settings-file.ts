/**
 * Reads the settings file at startup. A corrupt file (not JSON, or JSON with invalid keys) is copied aside to
 * `<file>.corrupt-<timestamp>` and replaced by a repaired one, and a notice says so. Nothing is silently dropped.
 */
import { constants, copyFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { DEFAULT_SETTINGS, type Settings, type SettingsNotice } from '../../../shared/domain/settings';
import { repairSettings } from './settings-repair';
import { makePrivate, PRIVATE_FILE_MODE } from '../paths/private-files';

/** What startup found in the settings file. */
export interface SettingsLoad {
  readonly settings: Settings;
  /** Null when the file was fine (or absent); otherwise what was backed up and why. */
  readonly notice: SettingsNotice | null;
}

/** The settings file exists but cannot be read at all (permissions, a folder in its place): nothing is touched. */
export class SettingsFileError extends Error {
  override readonly name = 'SettingsFileError';
}

/** `2026-11-28T08-37-00-123Z`: an ISO time that is a valid file name everywhere. */
function fileTimestamp(at: number): string {
  return new Date(at).toISOString().replace(/[:.]/g, '-');
}

/** Copies the file aside under a name that is never reused; returns that name. */
function backUp(filePath: string, at: number): string {
  const base = `${filePath}.corrupt-${fileTimestamp(at)}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const target = attempt === 0 ? base : `${base}-${attempt}`;
    try {
      copyFileSync(filePath, target, constants.COPYFILE_EXCL);
      makePrivate(target); // the copy takes the original's mode, which may be world-readable
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new SettingsFileError(`Could not find a free backup name next to ${filePath}`);
}

/** Writes through a temporary file and a rename, so a crash leaves the old file or the new one, never half. */
export function writeSettingsFileAtomically(filePath: string, settings: Settings): void {
  const temp = `${filePath}.tmp-${process.pid}-${Date.now()}`;
  try {
    writeFileSync(temp, `${JSON.stringify(settings, null, 2)}\n`, { flag: 'wx', mode: PRIVATE_FILE_MODE });
    renameSync(temp, filePath);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function readText(filePath: string): string | null {
  try {
    return readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    const why = error instanceof Error ? error.message : String(error);
    throw new SettingsFileError(`The settings file ${filePath} exists but cannot be read: ${why}`);
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    // A byte-order mark is what some editors add on Windows: not corruption.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

function describe(resetKeys: readonly string[], removedKeys: readonly string[]): string {
  const parts: string[] = [];
  if (resetKeys.length > 0) parts.push(`${resetKeys.length} invalid setting(s) went back to their defaults`);
  if (removedKeys.length > 0) parts.push(`${removedKeys.length} unknown setting(s) were removed`);
  return `The settings file had problems: ${parts.join(' and ')}.`;
}

/**
 * Loads `filePath`, repairing it on disk when needed (backup first, then an atomic replace).
 * @param now the clock, for the backup name and the notice.
 */
export function loadSettingsFile(filePath: string, now: () => number = Date.now): SettingsLoad {
  const text = readText(filePath);
  if (text === null) return { settings: structuredClone(DEFAULT_SETTINGS), notice: null };
  const parsed = parseJson(text);
  const at = now();
  if (!parsed.ok) {
    const backupPath = backUp(filePath, at);
    const settings = structuredClone(DEFAULT_SETTINGS);
    writeSettingsFileAtomically(filePath, settings);
    const reason = 'The settings file was not valid JSON, so every setting went back to its default.';
    return { settings, notice: { kind: 'reset', backupPath, resetKeys: ['*'], removedKeys: [], reason, at } };
  }
  const repair = repairSettings(parsed.value);
  if (repair.resetKeys.length === 0 && repair.removedKeys.length === 0) {
    // Missing keys alone (a setting added by an upgrade) get their defaults quietly, without a rewrite.
    return { settings: repair.settings, notice: null };
  }
  const backupPath = backUp(filePath, at);
  writeSettingsFileAtomically(filePath, repair.settings);
  const reason = repair.nothingKept
    ? 'The settings file did not hold usable settings, so every setting went back to its default.'
    : describe(repair.resetKeys, repair.removedKeys);
  return {
    settings: repair.settings,
    notice: {
      kind: repair.nothingKept ? 'reset' : 'repaired',
      backupPath,
      resetKeys: [...repair.resetKeys],
      removedKeys: [...repair.removedKeys],
      reason,
      at,
    },
  };
}
