/** Runs pending migrations in one transaction and refuses a database written by a newer Tether. */
import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations/migration';
import type { Logger } from '../logging/create-logger';

/** Thrown when the file's schema is newer than this build knows: opening it could damage it. */
export class DatabaseFromFutureError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`This history database was written by a newer version of Tether (schema ${found}; this version knows up to ${known}). Update Tether to open it.`);
    this.name = 'DatabaseFromFutureError';
  }
}

/** Returns the schema version stored in the file. */
export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Returns the file's schema version, or throws DatabaseFromFutureError if it is newer than `migrations` know. */
export function refuseFuture(db: Database, migrations: readonly Migration[]): number {
  const known = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > known) throw new DatabaseFromFutureError(current, known);
  return current;
}

/** Applies every migration newer than the file's version, all or nothing. Returns the versions applied. */
export function migrate(db: Database, migrations: readonly Migration[], log?: Logger): number[] {
  for (let i = 1; i < migrations.length; i += 1) {
    const prev = migrations[i - 1];
    const next = migrations[i];
    if (prev && next && next.version <= prev.version) {
      throw new Error(`Migrations out of order: ${next.version} after ${prev.version}`);
    }
  }
  const current = refuseFuture(db, migrations);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const m of pending) {
      log?.info(`migrating to ${m.version} (${m.name})`);
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return pending.map((m) => m.version);
}
