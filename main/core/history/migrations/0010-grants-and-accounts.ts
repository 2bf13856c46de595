/** Grants (one authorization by one person on one network) and the accounts they bring. */
import type { Migration } from './migration';

const migration: Migration = {
  version: 10,
  name: 'grants-and-accounts',
  up(db) {
    db.exec(`
      CREATE TABLE grants (
        id TEXT PRIMARY KEY,
        provider TEXT NOT NULL,
        -- the person's id on the network (Facebook user id, X user id)
        network_user_id TEXT NOT NULL,
        name TEXT NOT NULL,
        -- JSON array of scopes the network says were granted
        scopes TEXT NOT NULL DEFAULT '[]',
        access_expires_at INTEGER,
        refresh_expires_at INTEGER,
        data_access_expires_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (provider, network_user_id)
      ) STRICT;

      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        grant_id TEXT NOT NULL REFERENCES grants(id) ON DELETE CASCADE,
        provider TEXT NOT NULL,
        -- the Page id, Instagram user id or X user id
        network_account_id TEXT NOT NULL,
        name TEXT NOT NULL,
        handle TEXT,
        status TEXT NOT NULL DEFAULT 'connected',
        reason TEXT,
        status_since INTEGER NOT NULL,
        last_checked_at INTEGER,
        expires_at INTEGER,
        created_at INTEGER NOT NULL,
        UNIQUE (grant_id, provider, network_account_id)
      ) STRICT;
      CREATE INDEX accounts_by_grant ON accounts (grant_id);
    `);
  },
};
export default migration;
