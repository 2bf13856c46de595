/**
 * Serialises token refreshes for one grant across every process that shares the data folder. X refresh tokens
 * are single-use: when two processes refresh the same grant, the second sends a spent token and the account
 * looks disconnected. A lease row in SQLite, taken in a short IMMEDIATE transaction, says who is renewing.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Database } from 'better-sqlite3';
import type { GrantId } from '../../../shared/domain/ids';
import { pidAlive, processStart } from '../instance/process-identity';

/** Runs work while holding a grant's refresh lease. */
export interface RefreshLock {
  hold<T>(grantId: GrantId, work: () => Promise<T>): Promise<T>;
}

/** Thrown when the lease stays taken longer than a refresh can take: the caller treats it as transient. */
export class RefreshLockBusyError extends Error {
  override readonly name = 'RefreshLockBusyError';
}

export interface SqliteRefreshLockOptions {
  /** How long a lease lasts if its holder never releases it (a crash on another host). */
  readonly ttlMs?: number;
  /** How long to wait for a lease before giving up. */
  readonly maxWaitMs?: number;
  /** Wall-clock time: leases are shared by processes, so never a simulated clock. */
  readonly now?: () => number;
}

interface LeaseRow {
  readonly owner: string;
  readonly pid: number;
  readonly host: string;
  readonly expires_at: number;
  readonly holder_start: string | null;
}

/**
 * True when the lease's holder on this host has ended: its pid is dead, or now names another process (the pid
 * was reused after a crash; the start identity differs). A lease without a start identity (written before it
 * was recorded) counts on its pid alone.
 */
function holderGone(row: LeaseRow): boolean {
  if (!pidAlive(row.pid)) return true;
  if (row.holder_start === null) return false;
  const start = processStart(row.pid);
  return start !== null && start !== row.holder_start;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The lease table of the history database. */
export class SqliteRefreshLock implements RefreshLock {
  private readonly host = hostname();
  /** This process's start identity, recorded in each lease it takes. */
  private readonly start = processStart(process.pid);
  private readonly ttlMs: number;
  private readonly maxWaitMs: number;
  private readonly now: () => number;

  constructor(
    private readonly db: Database,
    options: SqliteRefreshLockOptions = {},
  ) {
    // A refresh is one request (20 s timeout) and a few keychain calls; two minutes leaves room for a slow keychain.
    this.ttlMs = options.ttlMs ?? 120_000;
    this.maxWaitMs = options.maxWaitMs ?? this.ttlMs + 10_000;
    this.now = options.now ?? Date.now;
  }

  async hold<T>(grantId: GrantId, work: () => Promise<T>): Promise<T> {
    const owner = randomBytes(9).toString('base64url');
    const giveUpAt = this.now() + this.maxWaitMs;
    for (let attempt = 0; !this.tryTake(grantId, owner); attempt += 1) {
      if (this.now() >= giveUpAt) throw new RefreshLockBusyError(`Another Tether process is still renewing this login`);
      // Short, growing, jittered waits: the holder needs one HTTP request and a few keychain calls.
      await sleep(Math.min(250, 10 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
    }
    try {
      return await work();
    } finally {
      this.db.prepare('DELETE FROM refresh_leases WHERE grant_id = ? AND owner = ?').run(grantId, owner);
    }
  }

  /** Takes the lease when it is free, expired, or left by a process of this host that no longer runs (or was replaced). */
  private tryTake(grantId: GrantId, owner: string): boolean {
    const take = this.db.transaction((): boolean => {
      const now = this.now();
      const held = this.db.prepare('SELECT owner, pid, host, expires_at, holder_start FROM refresh_leases WHERE grant_id = ?').get(grantId) as
        LeaseRow | undefined;
      const abandoned = held !== undefined && (held.expires_at <= now || (held.host === this.host && holderGone(held)));
      if (held && !abandoned) return false;
      this.db
        .prepare('INSERT OR REPLACE INTO refresh_leases (grant_id, owner, pid, host, expires_at, holder_start) VALUES (?, ?, ?, ?, ?, ?)')
        .run(grantId, owner, process.pid, this.host, now + this.ttlMs, this.start);
      return true;
    });
    // IMMEDIATE: the read and the write happen under one write lock, so two processes can't both see it free.
    return take.immediate();
  }
}

/** For cores without a shared data folder (unit tests): the in-process SingleFlight is enough. */
export const NO_CROSS_PROCESS_LOCK: RefreshLock = { hold: (_grantId, work) => work() };
