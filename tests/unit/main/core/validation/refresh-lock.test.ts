// The cross-process refresh lease on a real SQLite file: exclusive while held, taken over when its holder is
// gone (a dead process on this host, or an expired lease), and a lease that never frees becomes an error.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { GrantId } from '../../../../../shared/domain/ids';
import { openDatabase } from '../../../../../main/core/history/database';
import { RefreshLockBusyError, SqliteRefreshLock } from '../../../../../main/core/validation/refresh-lock';
import { processStart } from '../../../../../main/core/instance/process-identity';
import { spawn, type ChildProcess } from 'node:child_process';

const GRANT = 'x-grant-1' as GrantId;
let dir: string;
let a: Database;
let b: Database;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tether-lease-'));
  a = openDatabase({ dataDir: dir });
  // A second connection stands for a second process on the same data folder.
  b = openDatabase({ dataDir: dir });
});
afterEach(() => {
  a.close();
  b.close();
  rmSync(dir, { recursive: true, force: true });
});

const plant = (db: Database, pid: number, host: string, expiresAt: number, holderStart: string | null = null) =>
  db
    .prepare('INSERT INTO refresh_leases (grant_id, owner, pid, host, expires_at, holder_start) VALUES (?, ?, ?, ?, ?, ?)')
    .run(GRANT, 'someone-else', pid, host, expiresAt, holderStart);

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

describe('SqliteRefreshLock', () => {
  it('lets one holder at a time run, across connections, and releases when the work ends', async () => {
    const order: string[] = [];
    const slow = (name: string) => async () => {
      order.push(`${name} in`);
      await new Promise((resolve) => setTimeout(resolve, 60));
      order.push(`${name} out`);
    };
    await Promise.all([new SqliteRefreshLock(a).hold(GRANT, slow('a')), new SqliteRefreshLock(b).hold(GRANT, slow('b'))]);
    // Never interleaved: one is in and out before the other comes in.
    expect(order.map((step) => step.split(' ')[1])).toEqual(['in', 'out', 'in', 'out']);
    expect(order[0]?.split(' ')[0]).toBe(order[1]?.split(' ')[0]);
    expect(a.prepare('SELECT COUNT(*) AS n FROM refresh_leases').get()).toEqual({ n: 0 });
  });

  it('releases the lease when the work throws', async () => {
    await expect(new SqliteRefreshLock(a).hold(GRANT, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(new SqliteRefreshLock(b).hold(GRANT, () => Promise.resolve('ran'))).resolves.toBe('ran');
  });

  it('takes over at once a lease whose process on this host is gone, or that expired', async () => {
    plant(a, 2 ** 22 + 12345, hostname(), Date.now() + 60_000);
    await expect(new SqliteRefreshLock(b, { maxWaitMs: 0 }).hold(GRANT, () => Promise.resolve('dead holder'))).resolves.toBe('dead holder');
    plant(a, process.pid, 'another-host', Date.now() - 1);
    await expect(new SqliteRefreshLock(b, { maxWaitMs: 0 }).hold(GRANT, () => Promise.resolve('expired'))).resolves.toBe('expired');
  });

  it('gives up with a typed error while a live holder keeps it', async () => {
    plant(a, process.pid, hostname(), Date.now() + 60_000, processStart(process.pid));
    await expect(new SqliteRefreshLock(b, { maxWaitMs: 100 }).hold(GRANT, () => Promise.resolve('never'))).rejects.toBeInstanceOf(RefreshLockBusyError);
  });

  it.runIf(process.platform === 'linux')('takes over at once a lease whose pid was reused by another process, instead of waiting it out', async () => {
    // The holder crashed; its pid now belongs to another live process, which started at another time.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    children.push(other);
    const pid = other.pid ?? 0;
    const crashedHolder = (processStart(pid) ?? '').replace(/:\d+$/, ':1');
    plant(a, pid, hostname(), Date.now() + 120_000, crashedHolder);
    await expect(new SqliteRefreshLock(b, { maxWaitMs: 0 }).hold(GRANT, () => Promise.resolve('reused pid'))).resolves.toBe('reused pid');
    // A lease that process really holds is still respected.
    plant(a, pid, hostname(), Date.now() + 120_000, processStart(pid));
    await expect(new SqliteRefreshLock(b, { maxWaitMs: 50 }).hold(GRANT, () => Promise.resolve('never'))).rejects.toBeInstanceOf(RefreshLockBusyError);
  });

  it('records its own start identity in the lease it takes', async () => {
    const seen = await new SqliteRefreshLock(a).hold(GRANT, async () => a.prepare('SELECT pid, holder_start FROM refresh_leases').get());
    expect(seen).toEqual({ pid: process.pid, holder_start: processStart(process.pid) });
  });
});
