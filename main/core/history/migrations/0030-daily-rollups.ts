/** Daily rollups: what survives of raw checks once they are pruned, and the mark up to which days are rolled up. */
import type { Migration } from './migration';

const migration: Migration = {
  version: 30,
  name: 'daily-rollups',
  up(db) {
    db.exec(`
      -- One row per account per UTC day that had any observation. Written once the day is over.
      CREATE TABLE daily_rollups (
        account_key INTEGER NOT NULL REFERENCES history_accounts (key),
        -- UTC day number: floor(epoch ms / 86 400 000), so 0 is 1970-01-01
        day INTEGER NOT NULL,
        -- how many checks ended ok, transient, permanent that day
        checks_ok INTEGER NOT NULL CHECK (checks_ok >= 0),
        checks_transient INTEGER NOT NULL CHECK (checks_transient >= 0),
        checks_permanent INTEGER NOT NULL CHECK (checks_permanent >= 0),
        -- sum and maximum of the checks' latencies, in ms (average = sum / number of checks)
        latency_sum_ms INTEGER NOT NULL CHECK (latency_sum_ms >= 0),
        latency_max_ms INTEGER NOT NULL CHECK (latency_max_ms >= 0),
        -- ms of the day covered by checks (each check covers the time until the next, at most the horizon)
        observed_ms INTEGER NOT NULL CHECK (observed_ms BETWEEN 0 AND 86400000),
        -- ms of observed_ms in which the account was connected or expiring (unverified counts as its last known status)
        up_ms INTEGER NOT NULL CHECK (up_ms BETWEEN 0 AND observed_ms),
        PRIMARY KEY (account_key, day)
      ) STRICT, WITHOUT ROWID;

      -- A single row: the last UTC day whose rollups are complete for every account. Queries read rollups up to it
      -- and raw checks after it, so a day is never counted twice. NULL until retention first runs.
      CREATE TABLE rollup_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        rolled_through_day INTEGER
      ) STRICT;
      INSERT INTO rollup_state (id, rolled_through_day) VALUES (1, NULL);
    `);
  },
};
export default migration;
