/**
 * One row per grant whose tokens some process is renewing right now: X refresh tokens are single-use, so two
 * processes on one data folder (the app and a cron `tether check`) must never refresh the same grant at once.
 */
import type { Migration } from './migration';

const migration: Migration = {
  version: 60,
  name: 'refresh-leases',
  up(db) {
    db.exec(`
      CREATE TABLE refresh_leases (
        grant_id TEXT PRIMARY KEY,
        -- a random id per holder, so only the holder releases it
        owner TEXT NOT NULL,
        -- the holder's process id and host, so a lease left by a crashed process on this host is taken over at once
        pid INTEGER NOT NULL,
        host TEXT NOT NULL,
        -- wall-clock epoch ms after which the lease counts as abandoned wherever its holder runs
        expires_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
export default migration;
