/** Moves a corrupt database file (with its -wal and -shm) aside under a timestamped name. Nothing is ever deleted. */
import { existsSync, renameSync } from 'node:fs';
import { makePrivate } from '../paths/private-files';

/** Where a corrupt database went, so the user can be told (and support can look at it). */
export interface MovedAside {
  /** The new path of the database file itself. */
  readonly path: string;
  /** Every file moved, the database first, then its -wal and -shm if they existed. */
  readonly files: readonly string[];
  /** Why it was judged corrupt, in SQLite's words. */
  readonly reason: string;
}

/** `2026-11-28T08-30-00Z`: an ISO time without milliseconds, safe in file names on every OS. */
export function fileStamp(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
}

/** A name beside `dbPath` that nothing uses yet, for the database and its -wal/-shm companions. */
function freeTarget(dbPath: string, stamp: string): string {
  const taken = (base: string): boolean => ['', '-wal', '-shm'].some((suffix) => existsSync(`${base}${suffix}`));
  let candidate = `${dbPath}.corrupt-${stamp}`;
  for (let n = 2; taken(candidate); n += 1) candidate = `${dbPath}.corrupt-${stamp}-${n}`;
  return candidate;
}

/**
 * Renames `dbPath` and its companions to `<dbPath>.corrupt-<stamp>[-wal|-shm]`. The database must be closed.
 * Throws if a rename fails: a file that can't be moved is left where it is, never deleted.
 */
export function moveAside(dbPath: string, epochMs: number, reason: string): MovedAside {
  const target = freeTarget(dbPath, fileStamp(epochMs));
  const files: string[] = [];
  for (const suffix of ['', '-wal', '-shm']) {
    if (!existsSync(`${dbPath}${suffix}`)) continue;
    renameSync(`${dbPath}${suffix}`, `${target}${suffix}`);
    makePrivate(`${target}${suffix}`); // an older install's file may still be world-readable
    files.push(`${target}${suffix}`);
  }
  return { path: target, files, reason };
}
