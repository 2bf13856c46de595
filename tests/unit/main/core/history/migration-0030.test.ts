import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate, schemaVersion } from '../../../../../main/core/history/migrate';
import { MIGRATIONS } from '../../../../../main/core/history/migrations';
import { HistoryWriter } from '../../../../../main/core/history/history.writer';
import { rolledThroughDay } from '../../../../../main/core/history/rollup-state';
import { addGrantAt0010 as addGrant } from '../../../../fixtures/history/history-db';
import type { AccountId } from '../../../../../shared/domain/ids';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

describe('migration 0030: daily rollups', () => {
  let db: Database;
  afterEach(() => db.close());

  it('adds empty rollups and an unset mark, leaving the events written at 0020 untouched', () => {
    db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, upTo(20));
    addGrant(db, 'g1', 'twitter', ['a1']);
    const writer = new HistoryWriter(db);
    writer.recordMany([
      { kind: 'check', at: 10, accountId: 'a1' as AccountId, outcome: 'transient', latencyMs: 30, reason: 'rate_limited' },
      { kind: 'check', at: 20, accountId: 'a1' as AccountId, outcome: 'ok', latencyMs: 40, reason: null },
    ]);
    const before = db.prepare('SELECT * FROM events ORDER BY id').all();

    migrate(db, upTo(30));
    expect(schemaVersion(db)).toBe(30);
    expect(db.prepare('SELECT * FROM events ORDER BY id').all()).toEqual(before);
    expect(db.prepare('SELECT COUNT(*) AS n FROM daily_rollups').get()).toEqual({ n: 0 });
    expect(rolledThroughDay(db)).toBeNull();
  });

  it('guards rollup rows: up time within observed time within a day, one row per account and day, one mark', () => {
    db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, upTo(30));
    addGrant(db, 'g1', 'twitter', ['a1']);
    new HistoryWriter(db).record({ kind: 'check', at: 10, accountId: 'a1' as AccountId, outcome: 'ok', latencyMs: 1, reason: null });
    const insert =
      (observed: number, up: number, day = 1) =>
      () =>
        db.prepare('INSERT INTO daily_rollups VALUES (1, ?, 0, 0, 0, 0, 0, ?, ?)').run(day, observed, up);
    insert(1000, 1000)();
    expect(insert(1000, 1000)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(insert(1000, 1001, 2)).toThrow(/CHECK/);
    expect(insert(86_400_001, 0, 3)).toThrow(/CHECK/);
    expect(() => db.prepare('INSERT INTO daily_rollups VALUES (77, 4, 0, 0, 0, 0, 0, 0, 0)').run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('INSERT INTO rollup_state VALUES (2, 5)').run()).toThrow(/CHECK/);
  });
});
