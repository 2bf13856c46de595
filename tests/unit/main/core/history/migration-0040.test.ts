import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate, schemaVersion } from '../../../../../main/core/history/migrate';
import { MIGRATIONS } from '../../../../../main/core/history/migrations';
import { AccountsRepository } from '../../../../../main/core/accounts/accounts.repository';
import { addGrantAt0010 as addGrant } from '../../../../fixtures/history/history-db';
import type { AccountId, GrantId } from '../../../../../shared/domain/ids';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

describe('migration 0040: account health', () => {
  let db: Database;
  afterEach(() => db.close());

  it('keeps existing accounts, treats their status as last known, and starts with no warnings or problem', () => {
    db = new BetterSqlite3(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, upTo(30));
    addGrant(db, 'g1', 'facebook', ['a1', 'a2']);
    db.prepare(`UPDATE accounts SET status = 'needs_action', reason = 'page_restricted' WHERE id = 'a2'`).run();
    migrate(db, upTo(40));
    expect(schemaVersion(db)).toBe(40);
    // Today's repository reads columns later migrations add (0400: proven_alive_at); they leave 0040's values alone.
    migrate(db, MIGRATIONS);
    const repo = new AccountsRepository(db);
    const accounts = repo.accountsOfGrant('g1' as GrantId);
    expect(accounts.map((a) => [a.id, a.health.status, a.health.lastKnownStatus, a.health.reason, [...a.warned]])).toEqual([
      ['a1', 'connected', 'connected', null, []],
      ['a2', 'needs_action', 'needs_action', 'page_restricted', []],
    ]);
    expect(repo.missingScopes('g1' as GrantId)).toEqual([]);
  });

  it('refuses a problem that is not JSON, and stores health, problem and warnings', () => {
    db = new BetterSqlite3(':memory:');
    migrate(db, upTo(40));
    addGrant(db, 'g1', 'twitter', ['a1']);
    expect(() => db.prepare(`UPDATE accounts SET problem = 'not json' WHERE id = 'a1'`).run()).toThrow(/CHECK constraint/);
    migrate(db, MIGRATIONS);
    const repo = new AccountsRepository(db);
    repo.saveHealth(
      'a1' as AccountId,
      { status: 'unverified', reason: 'rate_limited', statusSince: 5, lastKnownStatus: 'connected', unverifiedSince: 5, expiresAt: 99 },
      { code: 88, subcode: null, traceId: 't', detail: null },
      new Set(['7d']),
      5,
    );
    const [a1] = repo.accountsOfGrant('g1' as GrantId);
    expect(a1?.health).toEqual({
      status: 'unverified',
      reason: 'rate_limited',
      statusSince: 5,
      lastKnownStatus: 'connected',
      unverifiedSince: 5,
      expiresAt: 99,
    });
    expect([...(a1?.warned ?? [])]).toEqual(['7d']);
  });
});
