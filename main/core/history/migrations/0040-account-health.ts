/** What the validation engine keeps per account besides its status: the last conclusive status, the problem details, the expiry warnings given. */
import type { Migration } from './migration';

const migration: Migration = {
  version: 40,
  name: 'account-health',
  up(db) {
    db.exec(`
      -- the status the last conclusive check decided; kept while checks fail for transient reasons ("unverified")
      ALTER TABLE accounts ADD COLUMN last_known_status TEXT;
      -- epoch ms since when checks have failed for transient reasons; NULL while they succeed
      ALTER TABLE accounts ADD COLUMN unverified_since INTEGER;
      -- for an Instagram account: the Page it is linked through
      ALTER TABLE accounts ADD COLUMN parent_network_id TEXT;
      -- JSON {code, subcode, type, message, traceId} of the network's answer behind the current reason; never a token
      ALTER TABLE accounts ADD COLUMN problem TEXT CHECK (problem IS NULL OR json_valid(problem));
      -- JSON array of the expiry warnings already given for expires_at (7d, 1d, 1h)
      ALTER TABLE accounts ADD COLUMN warned_thresholds TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warned_thresholds));
      -- epoch ms of the last check of the grant, finished or not
      ALTER TABLE grants ADD COLUMN last_checked_at INTEGER;
      -- JSON array of required scopes the grant lacked at its last check, to record permission drift once per change
      ALTER TABLE grants ADD COLUMN missing_scopes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(missing_scopes));
    `);
  },
};
export default migration;
