/**
 * X checks that respect X's prices and quotas: when each account was last proven alive and when its login is next
 * checked (for the dashboard), and Tether's own ledger of X reads (per-user 24-hour caps, one paid read per user
 * per UTC day on pay-per-use).
 */
import type { Migration } from './migration';

const migration: Migration = {
  version: 400,
  name: 'x-checks',
  up(db) {
    db.exec(`
      -- epoch ms of the last check (or token refresh) that showed the account's connection working; NULL before one
      ALTER TABLE accounts ADD COLUMN proven_alive_at INTEGER;
      -- epoch ms the scheduler plans the login's next check for; NULL when none is planned
      ALTER TABLE grants ADD COLUMN next_check_at INTEGER;
      -- every GET /2/users/me Tether sent, per X user, kept two days (capped plans count them per 24 hours)
      CREATE TABLE x_requests (
        x_user_id TEXT NOT NULL,
        at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX x_requests_by_user ON x_requests (x_user_id, at);
      -- one row per X user and UTC day whose read X bills (pay-per-use deduplicates the rest of the day)
      CREATE TABLE x_paid_reads (
        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        x_user_id TEXT NOT NULL,
        micros INTEGER NOT NULL CHECK (micros >= 0),
        at INTEGER NOT NULL,
        PRIMARY KEY (day, x_user_id)
      ) STRICT;
      CREATE INDEX x_paid_reads_by_time ON x_paid_reads (at);
    `);
  },
};
export default migration;
