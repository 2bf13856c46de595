/** The per-folder lock: one holder at a time, a clear refusal naming it, stale locks of dead processes taken over. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE } from '../../../../../main/core/instance/data-dir-lock';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tether-lock-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('acquireDataDirLock', () => {
  it('writes the holder into a 0600 lock file in a new 0700 folder, and removes it on release', () => {
    const dir = join(root, 'data');
    const lock = acquireDataDirLock(dir, 'tether serve');
    const written = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as { pid: number; command: string; startedAt: string };
    expect(written).toMatchObject({ pid: process.pid, command: 'tether serve' });
    expect(Date.parse(written.startedAt)).not.toBeNaN();
    if (process.platform !== 'win32') {
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(statSync(lock.path).mode & 0o777).toBe(0o600);
    }
    lock.release();
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
  });

  it('refuses a second holder while the first holds it, naming the first', () => {
    const lock = acquireDataDirLock(root, 'tether serve');
    let error: unknown;
    try {
      acquireDataDirLock(root, 'tether serve --demo');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as Error).message).toContain(`process ${process.pid}`);
    expect((error as Error).message).toContain('`tether serve`');
    expect((error as Error).message).not.toContain('\n');
    lock.release();
    acquireDataDirLock(root, 'again').release();
  });

  it('refuses while a live process of another pid holds it', () => {
    // pid 1 is always alive (init); kill(1, 0) answers EPERM or success, both mean alive.
    writeFileSync(join(root, LOCK_FILE), JSON.stringify({ pid: 1, command: 'tether serve', startedAt: '2026-01-01T00:00:00.000Z', token: 'x' }));
    expect(() => acquireDataDirLock(root, 'tether serve')).toThrow(/process 1, `tether serve`, started 2026-01-01/);
    expect(existsSync(join(root, LOCK_FILE))).toBe(true);
  });

  it('takes over the lock of a dead process, and a lock file that is debris', () => {
    const pid = deadPid();
    writeFileSync(join(root, LOCK_FILE), JSON.stringify({ pid, command: 'tether serve', startedAt: '2026-01-01T00:00:00.000Z', token: 'old' }));
    const lock = acquireDataDirLock(root, 'tether serve');
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    writeFileSync(join(root, LOCK_FILE), '{"pi');
    acquireDataDirLock(root, 'tether serve').release();
  });

  it('does not remove a lock someone else took after ours was taken over', () => {
    const ours = acquireDataDirLock(root, 'tether serve');
    writeFileSync(ours.path, JSON.stringify({ pid: 1, command: 'other', startedAt: 'now', token: 'theirs' }));
    ours.release();
    expect(existsSync(ours.path)).toBe(true);
  });
});
