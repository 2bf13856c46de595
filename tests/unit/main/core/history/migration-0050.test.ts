import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate, schemaVersion } from '../../../../../main/core/history/migrate';
import { MIGRATIONS } from '../../../../../main/core/history/migrations';
import { AccountsRepository } from '../../../../../main/core/accounts/accounts.repository';
import { addGrantAt0010 as addGrant } from '../../../../fixtures/history/history-db';
import type { GrantId } from '../../../../../shared/domain/ids';

const upTo = (version: number) => MIGRATIONS.filter((m) => m.version <= version);

describe('migration 0050: grant offers', () => {
  let db: Database;
  afterEach(() => db.close());

  it('starts existing logins with no offers and not expired, then keeps what checks find', () => {
    db = new BetterSqlite3(':memory:');
    migrate(db, upTo(40));
    addGrant(db, 'g1', 'facebook', ['a1']);
    migrate(db, upTo(50));
    expect(schemaVersion(db)).toBe(50);
    const repo = new AccountsRepository(db);
    expect(repo.grantViews()).toMatchObject([{ grantId: 'g1', loginExpired: false, newAccounts: [], newAccountsSummary: null }]);
    const page = { provider: 'facebook' as const, networkAccountId: '9', name: 'New', handle: null, parentNetworkId: null };
    repo.saveGrantOffers('g1' as GrantId, [page, { provider: 'instagram', networkAccountId: '8', name: 'ig', handle: '@ig', parentNetworkId: '9' }], 123);
    const [g1] = repo.grantViews();
    expect(g1?.loginExpired).toBe(true);
    expect(g1?.newAccountsSummary).toMatch(/^1 new Page and 1 new Instagram account available via /);
    // A check that could not read the list keeps the last offers.
    repo.saveGrantOffers('g1' as GrantId, null, null);
    expect(repo.grantViews()[0]).toMatchObject({ loginExpired: false, newAccounts: [page, expect.anything()] });
    expect(() => db.prepare(`UPDATE grants SET new_accounts = 'nope'`).run()).toThrow(/CHECK constraint/);
  });
});
