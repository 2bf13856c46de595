/** What a check learns about a login beyond its accounts: Pages and Instagram accounts it newly lists, and whether the login itself expired. */
import type { Migration } from './migration';

const migration: Migration = {
  version: 50,
  name: 'grant-offers',
  up(db) {
    db.exec(`
      -- JSON array of {provider, networkAccountId, name, handle, parentNetworkId} listed under the login but not tracked yet
      ALTER TABLE grants ADD COLUMN new_accounts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(new_accounts));
      -- epoch ms of the check that found the login's own token expired while its accounts still worked; NULL otherwise
      ALTER TABLE grants ADD COLUMN login_expired_at INTEGER;
    `);
  },
};
export default migration;
