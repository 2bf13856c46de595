/** Opens the history database: better-sqlite3, WAL, foreign keys on, schema migrated. */
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Logger } from '../logging/create-logger';

export const DATABASE_FILE = 'tether.db';

export interface OpenDatabaseOptions {
  readonly dataDir: string;
  readonly log?: Logger;
}

/** Opens (creating if needed) the database in `dataDir` and brings its schema up to date. */
export function openDatabase({ dataDir, log }: OpenDatabaseOptions): Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new BetterSqlite3(join(dataDir, DATABASE_FILE));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, MIGRATIONS, log);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
