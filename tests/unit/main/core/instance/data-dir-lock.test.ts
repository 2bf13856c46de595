/** The per-folder lock: one holder at a time, a clear refusal naming it, stale locks of dead processes taken over. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE } from '../../../../../main/core/instance/data-dir-lock';
import { processCommand, processStart } from '../../../../../main/core/instance/process-identity';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tether-lock-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** A live process whose command line ends with `args`. */
function liveProcess(args: string[]): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)', ...args], { stdio: 'ignore' });
  children.push(child);
  return child.pid ?? 0;
}

function refusal(take: () => unknown): DataDirLockedError {
  try {
    take();
  } catch (error) {
    if (error instanceof DataDirLockedError) return error;
    throw error;
  }
  throw new Error('the lock was taken');
}

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

  it('refuses while a live Tether of another pid holds it, naming it, and never lets it be taken over', () => {
    const pid = liveProcess(['tether-serve-stand-in']);
    const holder = {
      pid,
      command: 'tether serve',
      startedAt: '2026-01-01T00:00:00.000Z',
      token: 'x',
      processStart: processStart(pid),
      cmdline: processCommand(pid),
    };
    writeFileSync(join(root, LOCK_FILE), JSON.stringify(holder));
    const error = refusal(() => acquireDataDirLock(root, 'tether serve'));
    expect(error).toMatchObject({ verdict: 'tether', holder: { pid } });
    expect(error.message).toMatch(new RegExp(`process ${pid}, \`tether serve\`, started 2026-01-01`));
    expect(refusal(() => acquireDataDirLock(root, 'Tether', { takeOver: error.holder })).verdict).toBe('tether');
    expect(existsSync(join(root, LOCK_FILE))).toBe(true);
  });

  it.runIf(process.platform === 'linux')('takes over at once a lock whose pid was reused by another process (after a crash or a reboot)', () => {
    const pid = liveProcess([]);
    const before = (processStart(pid) ?? '').replace(/^linux:[0-9a-f-]+:/, 'linux:00000000-0000-0000-0000-000000000000:');
    writeFileSync(
      join(root, LOCK_FILE),
      JSON.stringify({ pid, command: 'Tether', startedAt: '2026-01-01T00:00:00.000Z', token: 'old', processStart: before, cmdline: 'Tether' }),
    );
    const lock = acquireDataDirLock(root, 'Tether');
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid, processStart: processStart(process.pid) });
    lock.release();
  });

  it('refuses a lock whose live pid is no longer a Tether, saying so, and takes it over when asked to', () => {
    // An older lock (no start identity), and its pid now runs another program (pid 1 is never Tether).
    writeFileSync(join(root, LOCK_FILE), JSON.stringify({ pid: 1, command: 'tether serve', startedAt: '2026-01-01T00:00:00.000Z', token: 'x' }));
    const error = refusal(() => acquireDataDirLock(root, 'Tether'));
    expect(error.verdict).toBe('not_tether');
    expect(error.message).toMatch(/locked by process 1, which is no longer a Tether/);
    expect(error.message).toContain(join(root, LOCK_FILE));
    const lock = acquireDataDirLock(root, 'Tether', { takeOver: error.holder });
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid, command: 'Tether' });
    lock.release();
  });

  it('takes over only the lock the user was shown, not one taken since', () => {
    writeFileSync(join(root, LOCK_FILE), JSON.stringify({ pid: 1, command: 'a', startedAt: 'then', token: 'shown' }));
    const shown = refusal(() => acquireDataDirLock(root, 'Tether')).holder;
    writeFileSync(join(root, LOCK_FILE), JSON.stringify({ pid: 1, command: 'b', startedAt: 'now', token: 'newer' }));
    expect(refusal(() => acquireDataDirLock(root, 'Tether', { takeOver: shown })).holder.token).toBe('newer');
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
