/**
 * The append-only event log, and the compact keys it uses for accounts and grants. One `events` table with a `kind`
 * discriminator: timelines, cursors and exports read one ordered stream. Tokens and secrets never appear here.
 */
import type { Migration } from './migration';

/**
 * `(col = 'a' OR col = 'b' …)`: the same as `col IN ('a', 'b', …)` (NULL passes), but SQLite evaluates an IN list in
 * a CHECK through a temporary b-tree on every insert (about 4 µs each here); the OR chain costs almost nothing.
 */
function oneOf(column: string, values: readonly string[]): string {
  return `(${values.map((v) => `${column} = '${v}'`).join(' OR ')})`;
}

const KINDS = ['check', 'status_changed', 'token_refreshed', 'reconnected', 'disconnected_by_user', 'expiry_warning', 'permission_drift'];
const STATUSES = ['connected', 'expiring', 'needs_reconnect', 'needs_action', 'unverified'];

const migration: Migration = {
  version: 20,
  name: 'history-events',
  up(db) {
    db.exec(`
      -- Every grant that has history. Never deleted, so history outlives a removed connection.
      CREATE TABLE history_grants (
        -- compact key the events use instead of repeating the grant id
        key INTEGER PRIMARY KEY,
        -- grants.id when the first event was written
        grant_id TEXT NOT NULL UNIQUE,
        -- the network: facebook, instagram, twitter
        provider TEXT NOT NULL
      ) STRICT;

      -- Every account that has history. Never deleted, for the same reason.
      CREATE TABLE history_accounts (
        key INTEGER PRIMARY KEY,
        -- accounts.id when the first event was written
        account_id TEXT NOT NULL UNIQUE,
        -- the grant the account belonged to then
        grant_key INTEGER NOT NULL REFERENCES history_grants (key),
        provider TEXT NOT NULL
      ) STRICT;
      CREATE INDEX history_accounts_by_grant ON history_accounts (grant_key);

      -- One row per event. Columns a kind does not use are NULL. Adding a kind means rebuilding this table.
      CREATE TABLE events (
        -- insertion order; the cursor's tie-breaker when two events share a millisecond
        id INTEGER PRIMARY KEY,
        -- epoch milliseconds when it happened
        at INTEGER NOT NULL CHECK (at >= 0),
        kind TEXT NOT NULL CHECK ${oneOf('kind', KINDS)},
        -- always set: the grant of the account, or the grant a grant-level event concerns
        grant_key INTEGER NOT NULL REFERENCES history_grants (key),
        -- set for account events (check, status_changed); NULL for a grant-level event that concerns the whole grant
        account_key INTEGER REFERENCES history_accounts (key),
        -- check: ok (it works), transient (could not tell), permanent (broken)
        outcome TEXT CHECK ${oneOf('outcome', ['ok', 'transient', 'permanent'])},
        -- check: how long the network took to answer, in ms
        latency_ms INTEGER CHECK (latency_ms >= 0),
        -- check, status_changed: the reason id (shared/domain/reason-id.ts); NULL when all is well
        reason TEXT,
        -- status_changed: the stored statuses before and after (never 'checking', which is UI-only)
        from_status TEXT CHECK ${oneOf('from_status', STATUSES)},
        to_status TEXT CHECK ${oneOf('to_status', STATUSES)},
        -- status_changed: the network's own error code and subcode, number or string as sent (hence ANY)
        provider_code ANY,
        provider_subcode ANY,
        -- status_changed: the network's error message and trace id (fbtrace_id, x-transaction-id), for support
        message TEXT,
        trace_id TEXT,
        -- expiry_warning: which warning was given (7d, 1d, 1h)
        threshold TEXT CHECK ${oneOf('threshold', ['7d', '1d', '1h'])},
        -- expiry_warning: when access ends; token_refreshed: the new access expiry (NULL = never)
        expires_at INTEGER,
        -- permission_drift: JSON arrays of scope names the grant lacks, and that the person declined
        missing_scopes TEXT CHECK (missing_scopes IS NULL OR json_valid(missing_scopes)),
        declined_scopes TEXT CHECK (declined_scopes IS NULL OR json_valid(declined_scopes)),
        CHECK (kind <> 'check' OR (account_key IS NOT NULL AND outcome IS NOT NULL AND latency_ms IS NOT NULL)),
        CHECK (kind <> 'status_changed'
          OR (account_key IS NOT NULL AND from_status IS NOT NULL AND to_status IS NOT NULL AND from_status <> to_status)),
        CHECK (kind <> 'expiry_warning' OR (threshold IS NOT NULL AND expires_at IS NOT NULL)),
        CHECK (kind <> 'permission_drift' OR (missing_scopes IS NOT NULL AND declined_scopes IS NOT NULL))
      ) STRICT;

      -- One account's timeline, its checks by time, retention per account.
      CREATE INDEX events_by_account_time ON events (account_key, at);
      -- The rare events of one account by kind (latest status, status history, outages) without walking its checks.
      CREATE INDEX events_by_account_kind ON events (account_key, kind, at) WHERE kind <> 'check';
      -- Grant-level events, merged into the timelines of the grant's accounts.
      CREATE INDEX events_by_grant_time ON events (grant_key, at) WHERE account_key IS NULL;

      -- Append-only: nothing is edited, and only raw checks may be pruned (after they are rolled up).
      CREATE TRIGGER events_append_only BEFORE UPDATE ON events
      BEGIN SELECT RAISE(ABORT, 'history events are append-only'); END;
      CREATE TRIGGER events_kept_forever BEFORE DELETE ON events WHEN OLD.kind <> 'check'
      BEGIN SELECT RAISE(ABORT, 'only check events may be pruned'); END;
    `);
  },
};
export default migration;
