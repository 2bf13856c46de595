import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate, schemaVersion } from '../../../../../main/core/history/migrate';
import { MIGRATIONS } from '../../../../../main/core/history/migrations';
import { AccountsRepository } from '../../../../../main/core/accounts/accounts.repository';
import { SqliteXLedger } from '../../../../../main/core/providers/twitter/x-ledger.sqlite';
import { addGrantAt0010 as addGrant } from '../../../../fixtures/history/history-db';
import type { AccountId, GrantId } from '../../../../../shared/domain/ids';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);
const HOUR = 3_600_000;

describe('migration 0400: X checks', () => {
  let db: Database;
  afterEach(() => db.close());

  it('keeps existing accounts, with no proof of life and no next check until Tether records them', () => {
    db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, upTo(60));
    addGrant(db, 'g1', 'twitter', ['a1']);
    addGrant(db, 'g2', 'facebook', ['a2', 'a3']);
    migrate(db, MIGRATIONS);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)?.version);
    const repo = new AccountsRepository(db);
    expect(repo.list().map((a) => [a.id, a.provenAliveAt, a.nextCheckAt])).toEqual([
      ['a2', null, null],
      ['a3', null, null],
      ['a1', null, null],
    ]);
    // The scheduler's times carry jitter: fractions of a millisecond are rounded, never refused by the STRICT table.
    repo.setNextCheckAt('g1' as GrantId, 4_999.6);
    repo.markProvenAlive(['a1' as AccountId], 4_000);
    // Proof of life only moves forward.
    repo.markProvenAlive(['a1' as AccountId], 3_000);
    expect(repo.viewsOfGrant('g1' as GrantId).map((a) => [a.provenAliveAt, a.nextCheckAt])).toEqual([[4_000, 5_000]]);
    // A refresh proves only accounts whose connection is known good.
    db.prepare(`UPDATE accounts SET status = 'needs_action' WHERE id = 'a3'`).run();
    repo.markGrantProvenAlive('g2' as GrantId, 9_000);
    expect(repo.viewsOfGrant('g2' as GrantId).map((a) => [a.id, a.provenAliveAt])).toEqual([
      ['a2', 9_000],
      ['a3', null],
    ]);
    expect(repo.xUserIds()).toEqual(['n-a1']);
  });

  it('keeps one paid read per X user and UTC day, two days of requests, and refuses a malformed day', () => {
    db = new BetterSqlite3(':memory:');
    migrate(db, MIGRATIONS);
    const ledger = new SqliteXLedger(db);
    expect(ledger.recordPaidRead('u1', '2026-11-10', 10_000, 1)).toBe(true);
    expect(ledger.recordPaidRead('u1', '2026-11-10', 10_000, 2)).toBe(false);
    expect(ledger.recordPaidRead('u1', '2026-11-11', 10_000, 3)).toBe(true);
    expect(ledger.recordPaidRead('u2', '2026-11-10', 10_000, 4)).toBe(true);
    expect(ledger.spentSince(2)).toBe(20_000);
    expect(ledger.paidOn('u2', '2026-11-10')).toBe(true);
    expect(ledger.lastPaidDay('u1')).toBe('2026-11-11');
    expect(ledger.lastPaidDay('u3')).toBeNull();
    expect(() => ledger.recordPaidRead('u1', '11/12/2026', 10_000, 5)).toThrow(/CHECK constraint/);
    ledger.recordRequest('u1', 0);
    ledger.recordRequest('u1', 47 * HOUR);
    ledger.recordRequest('u1', 49 * HOUR);
    expect(ledger.requestsSince('u1', 0)).toEqual([47 * HOUR, 49 * HOUR]);
    expect(ledger.requestsSince('u2', 0)).toEqual([]);
  });
});
