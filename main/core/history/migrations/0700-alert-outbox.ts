/**
 * The team-channel alerts that wait to be sent, so a failed delivery is retried after a restart, and what the
 * channel last said. Only the words of each alert are kept: the webhook address lives in the keychain.
 */
import type { Migration } from './migration';

const migration: Migration = {
  version: 700,
  name: 'alert-outbox',
  up(db) {
    db.exec(`
      CREATE TABLE alert_outbox (
        id INTEGER PRIMARY KEY,
        -- epoch ms when the notification policy decided the alert
        created_at INTEGER NOT NULL CHECK (created_at >= 0),
        -- the alert's words and kind as JSON (title, body, kind, urgency, account ids); never the webhook address
        message TEXT NOT NULL CHECK (json_valid(message)),
        -- failed deliveries so far
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        -- epoch ms of the next try
        next_attempt_at INTEGER NOT NULL,
        -- the last failure in plain words ("the channel answered HTTP 500"); never the address
        last_problem TEXT,
        -- epoch ms when Tether stopped trying; kept a few days so Settings and the banner can say so
        gave_up_at INTEGER
      ) STRICT;
      CREATE INDEX alert_outbox_due ON alert_outbox (next_attempt_at) WHERE gave_up_at IS NULL;

      -- One row: what the channel last did.
      CREATE TABLE alert_channel (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        last_delivered_at INTEGER,
        last_problem TEXT
      ) STRICT;
      INSERT INTO alert_channel (id, last_delivered_at, last_problem) VALUES (1, NULL, NULL);
    `);
  },
};
export default migration;
