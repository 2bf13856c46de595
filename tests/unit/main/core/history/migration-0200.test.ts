/** Migrations 0200 (the sealed secrets and the secret store's state) and 0210 (who holds a refresh lease). */
import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { hostname } from 'node:os';
import { migrate, schemaVersion } from '../../../../../main/core/history/migrate';
import { MIGRATIONS } from '../../../../../main/core/history/migrations';
import { SqliteRefreshLock } from '../../../../../main/core/validation/refresh-lock';
import type { GrantId } from '../../../../../shared/domain/ids';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

describe('migrations 0200 and 0210', () => {
  let db: Database;
  afterEach(() => db.close());

  it('adds STRICT tables that take only ciphertext blobs', () => {
    db = new BetterSqlite3(':memory:');
    migrate(db, upTo(200));
    expect(schemaVersion(db)).toBe(200);
    const insert = db.prepare('INSERT INTO sealed_secrets (account, grant_id, key_id, nonce, sealed, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    insert.run('grant:g:tokens', 'g', 'k', Buffer.alloc(12), Buffer.alloc(40), 1);
    expect(() => insert.run('grant:h:tokens', 'h', 'k', 'a nonce as text', Buffer.alloc(40), 1)).toThrow(/cannot store TEXT value in BLOB column/);
    expect(() => insert.run('grant:g:tokens', 'g', 'k', Buffer.alloc(12), Buffer.alloc(40), 2)).toThrow(/UNIQUE/);
    db.prepare('INSERT INTO secret_store_state (name, value, expires_at) VALUES (?, ?, NULL)').run('legacy_moved_at', 'now');
  });

  it('keeps a lease taken before 0210 (no holder identity) and lets new leases record it', async () => {
    db = new BetterSqlite3(':memory:');
    migrate(db, upTo(200));
    db.prepare('INSERT INTO refresh_leases (grant_id, owner, pid, host, expires_at) VALUES (?, ?, ?, ?, ?)').run(
      'g',
      'old',
      process.pid,
      hostname(),
      Date.now() + 60_000,
    );
    migrate(db, upTo(210));
    expect(db.prepare('SELECT grant_id, holder_start FROM refresh_leases').all()).toEqual([{ grant_id: 'g', holder_start: null }]);
    // An older lease of a live process on this host is still respected (its pid alone speaks for it).
    await expect(new SqliteRefreshLock(db, { maxWaitMs: 50 }).hold('g' as GrantId, () => Promise.resolve('never'))).rejects.toThrow(/still renewing/);
    db.prepare('DELETE FROM refresh_leases').run();
    const recorded = await new SqliteRefreshLock(db).hold('g' as GrantId, async () => db.prepare('SELECT holder_start FROM refresh_leases').get());
    expect(recorded).toMatchObject({ holder_start: process.platform === 'win32' ? null : expect.any(String) });
  });
});
