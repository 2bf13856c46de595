/**
 * The sealed store's own facts and leases, in the `secret_store_state` table: whether the keychain-era items were
 * moved in, and short leases that let one process at a time create the data key or move those items (the app,
 * `tether serve` and a cron `tether check` may start together on one data folder). A lease is one atomic
 * statement, waited for without blocking the event loop, and abandoned after its time-to-live if its holder dies.
 */
import { randomBytes } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import { SecretStoreError } from './secret-store';

/** Facts the store records. */
export type StateFact = 'legacy_moved_at';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class SecretStoreState {
  private readonly readFact: Statement<[string], { value: string }>;
  private readonly writeFact: Statement<[string, string]>;
  private readonly takeLease: Statement<[string, string, number, number]>;
  private readonly dropLease: Statement<[string, string]>;

  constructor(
    db: Database,
    private readonly now: () => number = Date.now,
  ) {
    this.readFact = db.prepare('SELECT value FROM secret_store_state WHERE name = ? AND expires_at IS NULL');
    this.writeFact = db.prepare(
      'INSERT INTO secret_store_state (name, value, expires_at) VALUES (?, ?, NULL) ON CONFLICT (name) DO UPDATE SET value = excluded.value, expires_at = NULL',
    );
    // Taken when free or expired, in one statement: two processes can't both see it free.
    this.takeLease = db.prepare(
      `INSERT INTO secret_store_state (name, value, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at
       WHERE secret_store_state.expires_at IS NOT NULL AND secret_store_state.expires_at <= ?`,
    );
    this.dropLease = db.prepare('DELETE FROM secret_store_state WHERE name = ? AND value = ?');
  }

  fact(name: StateFact): string | null {
    return this.readFact.get(name)?.value ?? null;
  }

  record(name: StateFact, value: string): void {
    this.writeFact.run(name, value);
  }

  /**
   * Runs `work` while holding the lease `name`, waiting while another process holds it. A holder that dies leaves
   * the lease to expire after `ttlMs`, so the wait (`maxWaitMs`, longer) ends with the lease taken.
   */
  async withLease<T>(name: string, work: () => Promise<T>, { ttlMs = 30_000, maxWaitMs = 35_000 } = {}): Promise<T> {
    const leaseName = `lease:${name}`;
    const owner = randomBytes(9).toString('base64url');
    const giveUpAt = this.now() + maxWaitMs;
    for (let attempt = 0; this.takeLease.run(leaseName, owner, this.now() + ttlMs, this.now()).changes === 0; attempt += 1) {
      if (this.now() >= giveUpAt) throw new SecretStoreError('unavailable', 'Another Tether process is still setting up the keychain; try again in a minute');
      await sleep(Math.min(200, 10 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
    }
    try {
      return await work();
    } finally {
      this.dropLease.run(leaseName, owner);
    }
  }
}
