import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate, schemaVersion } from '../../../../../main/core/history/migrate';
import { MIGRATIONS } from '../../../../../main/core/history/migrations';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

describe('migration 0010: grants and accounts', () => {
  let db: Database;
  afterEach(() => db.close());

  it('creates STRICT grants and accounts tables, linked, unique per network identity', () => {
    db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, upTo(0));
    expect(schemaVersion(db)).toBe(0);
    migrate(db, upTo(10));
    expect(schemaVersion(db)).toBe(10);
    db.prepare(`INSERT INTO grants (id, provider, network_user_id, name, created_at, updated_at) VALUES ('g1', 'facebook', 'u1', 'Dana', 1, 1)`).run();
    db.prepare(
      `INSERT INTO accounts (id, grant_id, provider, network_account_id, name, status_since, created_at) VALUES ('a1', 'g1', 'facebook', 'p1', 'Bakery', 1, 1)`,
    ).run();
    const account = db.prepare('SELECT status, reason FROM accounts WHERE id = ?').get('a1');
    expect(account).toEqual({ status: 'connected', reason: null });
    expect(() =>
      db.prepare(`INSERT INTO grants (id, provider, network_user_id, name, created_at, updated_at) VALUES ('g2', 'facebook', 'u1', 'Dup', 1, 1)`).run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO accounts (id, grant_id, provider, network_account_id, name, status_since, created_at) VALUES ('a2', 'nope', 'facebook', 'p2', 'X', 1, 1)`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    // STRICT: text where an integer belongs is refused, not stored.
    expect(() => db.prepare(`UPDATE accounts SET status_since = 'yesterday' WHERE id = 'a1'`).run()).toThrow(/cannot store TEXT value in INTEGER column/);
    db.prepare(`DELETE FROM grants WHERE id = 'g1'`).run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM accounts').get()).toEqual({ n: 0 });
  });
});
