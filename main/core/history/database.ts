/**
 * Opens the history database: better-sqlite3, WAL, foreign keys on, checked, schema migrated. A corrupt file is
 * moved aside with a timestamp and a fresh database is created; the caller learns where the old one went.
 */
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseFromFutureError, migrate, refuseFuture } from './migrate';
import { MIGRATIONS } from './migrations';
import { moveAside, type MovedAside } from './corrupt-file';
import type { Logger } from '../logging/create-logger';
import { ensurePrivateDir, ensurePrivateFile, makePrivate } from '../paths/private-files';

export const DATABASE_FILE = 'tether.db';

export interface OpenDatabaseOptions {
  readonly dataDir: string;
  readonly log?: Logger;
  /** Epoch ms used to stamp a corrupt file's new name (injected for tests). */
  readonly now?: () => number;
  /**
   * `quick` (default) runs `PRAGMA quick_check` on an existing file before opening it for writing: it reads every
   * page once (see the history benchmark for its cost on a year of 500 accounts) and catches damage before anything
   * is written on top of it. `none` relies on SQLite's own errors at open.
   */
  readonly check?: 'quick' | 'none';
}

/** The open database, and where a corrupt predecessor was moved (null when the file was healthy or new). */
export interface OpenedDatabase {
  readonly db: Database;
  readonly recovered: MovedAside | null;
}

/** Thrown when `quick_check` finds damage in a file SQLite could otherwise open. */
export class CorruptDatabaseError extends Error {
  constructor(readonly details: string) {
    super(`The history database is damaged: ${details}`);
    this.name = 'CorruptDatabaseError';
  }
}

/** True for the errors that mean "this file is not a healthy database", as opposed to a busy disk or a bug. */
export function isCorruption(error: unknown): boolean {
  if (error instanceof CorruptDatabaseError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}

/** The problems quick_check reports, empty when the file is sound. */
function quickCheck(db: Database): string[] {
  const rows = db.pragma('quick_check(5)') as { quick_check: string }[];
  return rows.map((r) => r.quick_check).filter((line) => line !== 'ok');
}

/**
 * Looks at an existing file through a read-only connection, so that nothing is written to a damaged file and, on
 * close, SQLite neither checkpoints nor deletes its -wal (a read-write connection would). Returns why the file is
 * corrupt, or null. Throws DatabaseFromFutureError for a file from a newer Tether, which must be left alone.
 */
function findCorruption(path: string, check: 'quick' | 'none'): string | null {
  if (!existsSync(path)) return null;
  let db: Database | null = null;
  try {
    db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    refuseFuture(db, MIGRATIONS);
    const problems = check === 'quick' ? quickCheck(db) : [];
    return problems.length > 0 ? new CorruptDatabaseError(problems.join('; ')).message : null;
  } catch (error) {
    if (isCorruption(error)) return error instanceof Error ? error.message : String(error);
    if (error instanceof DatabaseFromFutureError) throw error;
    // Locked, or a hot rollback journal a read-only connection can't replay: the read-write open decides.
    return null;
  } finally {
    db?.close();
  }
}

/** Opens read-write, sets the connection up and migrates. */
function openReadWrite(path: string, log?: Logger): Database {
  // SQLite creates the -wal and -shm with the database file's mode: a 0600 database keeps all three private.
  ensurePrivateFile(path);
  makePrivate(`${path}-wal`);
  makePrivate(`${path}-shm`);
  const db = new BetterSqlite3(path);
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a crash of the app loses nothing committed; a power cut may lose the last commits, never the file.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, MIGRATIONS, log);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Opens (creating if needed) the database in `dataDir`, recovering from a corrupt file by moving it aside. */
export function openHistoryDatabase({ dataDir, log, now = Date.now, check = 'quick' }: OpenDatabaseOptions): OpenedDatabase {
  ensurePrivateDir(dataDir);
  const path = join(dataDir, DATABASE_FILE);
  const recover = (reason: string): MovedAside => {
    const moved = moveAside(path, now(), reason);
    log?.warn('the history database was damaged; moved it aside and started a fresh one', { movedTo: moved.path, reason });
    return moved;
  };
  const corruption = findCorruption(path, check);
  const recovered = corruption === null ? null : recover(corruption);
  try {
    return { db: openReadWrite(path, log), recovered };
  } catch (error) {
    // Damage the probe could not see (with check 'none', or found while migrating): move aside as a last resort.
    if (recovered !== null || !isCorruption(error)) throw error;
    const late = recover(error instanceof Error ? error.message : String(error));
    return { db: openReadWrite(path, log), recovered: late };
  }
}

/** Opens the database like `openHistoryDatabase`, for callers that only need the handle (recovery is logged). */
export function openDatabase(options: OpenDatabaseOptions): Database {
  return openHistoryDatabase(options).db;
}

/** A read-only second connection to an existing database, for long reads such as exports. */
export function openReadConnection(dataDir: string): Database {
  const db = new BetterSqlite3(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}
