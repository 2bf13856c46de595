/**
 * Tether's folder and files hold the user's account history: only the user may read them. Folders are created
 * 0700 and files 0600 where the OS has POSIX modes (on Windows the user's profile folder already is private).
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

const hasModes = process.platform !== 'win32';

/** Files whose presence makes a folder Tether's own data folder. */
const TETHER_FILES = ['tether.db', 'settings.json', 'tether.lock'];

/**
 * Creates `dir` (and missing parents) 0700. An existing folder of Tether's (empty, or holding its database or
 * settings) that others can read, say 0755 from an older install or a `mkdir` by hand, is tightened to 0700. A
 * folder of the user's own that --data-dir points at keeps its mode: Tether's files inside are 0600 anyway.
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (!hasModes) return;
  const stat = statSync(dir);
  if ((stat.mode & 0o077) === 0) return;
  if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return;
  const names = readdirSync(dir);
  if (names.length > 0 && !names.some((name) => TETHER_FILES.includes(name))) return;
  chmodSync(dir, stat.mode & PRIVATE_DIR_MODE);
}

/** Makes an existing file 0600 (a no-op where there are no modes, or when the file is gone). */
export function makePrivate(path: string): void {
  if (!hasModes || !existsSync(path)) return;
  chmodSync(path, PRIVATE_FILE_MODE);
}

/** Creates `path` empty and 0600 if missing (never truncates), or tightens it to 0600 if it exists. */
export function ensurePrivateFile(path: string): void {
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  makePrivate(path);
}
