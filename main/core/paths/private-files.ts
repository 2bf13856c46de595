/**
 * Tether's folder and files hold the user's account history: only the user may read them. Folders are created
 * 0700 and files 0600 where the OS has POSIX modes (on Windows the user's profile folder already is private).
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

const hasModes = process.platform !== 'win32';

/**
 * Creates `dir` (and missing parents) 0700. An existing folder keeps its mode: the user may have pointed
 * --data-dir at a folder of their own, and Tether's files inside are 0600 anyway.
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
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
