import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseFromFutureError, migrate, schemaVersion } from '../../../../../main/core/history/migrate';
import { MIGRATIONS } from '../../../../../main/core/history/migrations';
import type { Migration } from '../../../../../main/core/history/migrations/migration';
import { DATABASE_FILE, openDatabase } from '../../../../../main/core/history/database';
import { tempDir } from '../../../../fixtures/history/history-db';

const tables = (db: Database): string[] =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

const okMigration = (version: number, table: string): Migration => ({
  version,
  name: `create-${table}`,
  up: (db) => db.exec(`CREATE TABLE ${table} (x INTEGER) STRICT`),
});

describe('migrate', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((f) => f()));
  const memory = (): Database => {
    const db = new BetterSqlite3(':memory:');
    cleanups.push(() => db.close());
    return db;
  };

  it('lists the real migrations in steps of 10, strictly increasing', () => {
    expect(MIGRATIONS.length).toBeGreaterThan(0);
    MIGRATIONS.forEach((m, i) => {
      expect(m.version % 10).toBe(0);
      if (i > 0) expect(m.version).toBeGreaterThan((MIGRATIONS[i - 1] as Migration).version);
    });
  });

  it('applies every pending migration, sets user_version, and does nothing the second time', () => {
    const db = memory();
    expect(migrate(db, [okMigration(10, 'a'), okMigration(20, 'b')])).toEqual([10, 20]);
    expect(schemaVersion(db)).toBe(20);
    expect(tables(db)).toEqual(['a', 'b']);
    expect(migrate(db, [okMigration(10, 'a'), okMigration(20, 'b')])).toEqual([]);
    expect(migrate(db, [okMigration(10, 'a'), okMigration(20, 'b'), okMigration(30, 'c')])).toEqual([30]);
    expect(tables(db)).toEqual(['a', 'b', 'c']);
  });

  it('rolls back every pending migration when one fails: nothing is applied', () => {
    const db = memory();
    migrate(db, [okMigration(10, 'a')]);
    const failing: Migration = {
      version: 30,
      name: 'half-done',
      up: (d) => {
        d.exec('CREATE TABLE half (x INTEGER) STRICT');
        throw new Error('boom in 30');
      },
    };
    expect(() => migrate(db, [okMigration(10, 'a'), okMigration(20, 'b'), failing])).toThrow('boom in 30');
    expect(schemaVersion(db)).toBe(10);
    expect(tables(db)).toEqual(['a']);
  });

  it('refuses migrations out of order or with a repeated version, before touching the file', () => {
    const db = memory();
    expect(() => migrate(db, [okMigration(20, 'b'), okMigration(10, 'a')])).toThrow(/out of order: 10 after 20/);
    expect(() => migrate(db, [okMigration(10, 'a'), okMigration(10, 'b')])).toThrow(/out of order/);
    expect(tables(db)).toEqual([]);
    expect(schemaVersion(db)).toBe(0);
  });

  it('refuses a database from the future, and openDatabase leaves that file exactly as it was', () => {
    const db = memory();
    db.pragma('user_version = 990');
    expect(() => migrate(db, MIGRATIONS)).toThrow(DatabaseFromFutureError);

    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const path = join(dir, DATABASE_FILE);
    const future = new BetterSqlite3(path);
    future.exec('CREATE TABLE from_the_future (x INTEGER)');
    future.pragma('user_version = 990');
    future.close();
    const before = readFileSync(path);
    const error = (() => {
      try {
        openDatabase({ dataDir: dir });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(DatabaseFromFutureError);
    expect((error as DatabaseFromFutureError).found).toBe(990);
    expect((error as DatabaseFromFutureError).known).toBe(MIGRATIONS.at(-1)?.version);
    // Not mistaken for corruption: the file is neither moved aside nor changed.
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
