/**
 * Secrets sealed in the database: every token and app secret, encrypted with the one data key kept in the OS
 * keychain (AES-256-GCM, main/core/secrets/sealed-secret-store.ts), and a small state table for the secret store
 * (whether the keychain-era items were moved in, and short cross-process leases). Self-contained: no app code.
 */
import type { Migration } from './migration';

const migration: Migration = {
  version: 200,
  name: 'sealed-secrets',
  up(db) {
    db.exec(`
      CREATE TABLE sealed_secrets (
        -- the secret's key as an account name (main/core/secrets/secret-keys.ts), e.g. grant:<id>:tokens
        account TEXT PRIMARY KEY NOT NULL,
        -- the grant it belongs to; NULL for app-wide secrets
        grant_id TEXT,
        -- fingerprint of the data key that sealed it (never the key): a mismatch reads as "sealed with another key"
        key_id TEXT NOT NULL,
        -- 12 random bytes, new at every write
        nonce BLOB NOT NULL,
        -- AES-256-GCM ciphertext followed by its 16-byte tag; the grant and account are its associated data
        sealed BLOB NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX sealed_secrets_by_grant ON sealed_secrets (grant_id) WHERE grant_id IS NOT NULL;
      CREATE TABLE secret_store_state (
        name TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL,
        -- for leases: epoch ms after which the row counts as abandoned; NULL for plain facts
        expires_at INTEGER
      ) STRICT;
    `);
  },
};
export default migration;
