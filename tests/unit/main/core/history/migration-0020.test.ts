import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate, schemaVersion } from '../../../../../main/core/history/migrate';
import { MIGRATIONS } from '../../../../../main/core/history/migrations';
import { HistoryWriter } from '../../../../../main/core/history/history.writer';
import { addGrantAt0010 as addGrant } from '../../../../fixtures/history/history-db';
import type { AccountId, GrantId } from '../../../../../shared/domain/ids';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

describe('migration 0020: the event log', () => {
  let db: Database;
  afterEach(() => db.close());

  function migratedWithAccounts(): Database {
    db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, upTo(10));
    addGrant(db, 'g1', 'facebook', ['a1', 'a2'], 5);
    migrate(db, upTo(20));
    return db;
  }

  it('keeps the grants and accounts that existed before, and records events for them', () => {
    migratedWithAccounts();
    expect(schemaVersion(db)).toBe(20);
    expect(db.prepare('SELECT id FROM accounts ORDER BY id').all()).toEqual([{ id: 'a1' }, { id: 'a2' }]);
    const writer = new HistoryWriter(db);
    const id = writer.record({ kind: 'check', at: 1000, accountId: 'a1' as AccountId, outcome: 'ok', latencyMs: 120, reason: null });
    writer.record({ kind: 'token_refreshed', at: 2000, grantId: 'g1' as GrantId, expiresAt: 9_000_000 });
    expect(db.prepare('SELECT id, kind, outcome, latency_ms, account_key IS NOT NULL AS has_account FROM events ORDER BY id').all()).toEqual([
      { id, kind: 'check', outcome: 'ok', latency_ms: 120, has_account: 1 },
      { id: id + 1, kind: 'token_refreshed', outcome: null, latency_ms: null, has_account: 0 },
    ]);
    expect(db.prepare('SELECT account_id, provider FROM history_accounts').all()).toEqual([{ account_id: 'a1', provider: 'facebook' }]);
  });

  it('is append-only: updates are refused, and only checks may be deleted', () => {
    migratedWithAccounts();
    const writer = new HistoryWriter(db);
    writer.record({ kind: 'check', at: 1000, accountId: 'a1' as AccountId, outcome: 'ok', latencyMs: 1, reason: null });
    writer.record({
      kind: 'status_changed',
      at: 2000,
      accountId: 'a1' as AccountId,
      from: 'connected',
      to: 'needs_reconnect',
      reason: 'password_changed',
      providerCode: 190,
      providerSubcode: 460,
      message: 'Error validating access token',
      traceId: 'AbC123',
    });
    expect(() => db.prepare(`UPDATE events SET at = 5`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM events WHERE kind = 'status_changed'`).run()).toThrow(/only check events may be pruned/);
    expect(db.prepare(`DELETE FROM events WHERE kind = 'check'`).run().changes).toBe(1);
    expect(db.prepare('SELECT kind, provider_code, provider_subcode FROM events').all()).toEqual([
      { kind: 'status_changed', provider_code: 190, provider_subcode: 460 },
    ]);
  });

  it("refuses rows that break a kind's shape or the STRICT types", () => {
    migratedWithAccounts();
    new HistoryWriter(db).record({ kind: 'check', at: 1, accountId: 'a1' as AccountId, outcome: 'ok', latencyMs: 1, reason: null });
    const insert = (columns: string, values: string) => () => db.prepare(`INSERT INTO events (grant_key, ${columns}) VALUES (1, ${values})`).run();
    expect(insert('at, kind, account_key, outcome', `1, 'check', 1, 'ok'`)).toThrow(/CHECK constraint/); // no latency
    expect(insert('at, kind, account_key, from_status, to_status', `1, 'status_changed', 1, 'connected', 'connected'`)).toThrow(/CHECK/);
    expect(insert('at, kind, account_key, from_status, to_status', `1, 'status_changed', 1, 'connected', 'checking'`)).toThrow(/CHECK/);
    expect(insert('at, kind', `1, 'coffee_break'`)).toThrow(/CHECK/);
    expect(insert('at, kind, threshold', `1, 'expiry_warning', '2d'`)).toThrow(/CHECK/);
    expect(insert('at, kind, missing_scopes, declined_scopes', `1, 'permission_drift', 'not json', '[]'`)).toThrow(/CHECK/);
    expect(insert('at, kind', `'noon', 'reconnected'`)).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(insert('at, kind, account_key', `1, 'reconnected', 999`)).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT COUNT(*) AS n FROM events').get()).toEqual({ n: 1 });
  });

  it('creates the indexes the queries rely on', () => {
    migratedWithAccounts();
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' ORDER BY name").all() as { name: string }[]).map(
      (r) => r.name,
    );
    expect(names).toEqual(['events_by_account_kind', 'events_by_account_time', 'events_by_grant_time']);
    const plan = (sql: string): string => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan(`SELECT id FROM events WHERE account_key = 1 AND at < 5 ORDER BY at DESC`)).toContain('events_by_account_time');
    expect(plan(`SELECT id FROM events WHERE account_key = 1 AND kind = 'status_changed' AND kind <> 'check' ORDER BY at DESC LIMIT 1`)).toContain(
      'events_by_account_kind',
    );
    expect(plan(`SELECT id FROM events WHERE grant_key = 1 AND account_key IS NULL ORDER BY at DESC`)).toContain('events_by_grant_time');
  });
});
