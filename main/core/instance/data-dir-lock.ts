/**
 * One Tether process per data folder. Two processes on one folder overwrite each other's settings and, in demo
 * mode, wipe each other's database. A lock file created with O_EXCL names its holder (pid, command, start time,
 * and the process's start identity); a lock whose holder is gone (its pid dead, or reused by another process
 * after a crash or a reboot) is stale and is taken over. One whose pid now runs something that is not Tether
 * is refused, but may be taken over when the user says so.
 */
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../paths/private-files';
import { judgeHolder, ownMark, type HolderVerdict } from './process-identity';

export const LOCK_FILE = 'tether.lock';

/** Who holds a data folder. */
export interface LockHolder {
  readonly pid: number;
  readonly command: string;
  /** ISO time the holder took the lock. */
  readonly startedAt: string;
  /** Random per acquisition, so a release never removes someone else's lock. */
  readonly token: string;
  /** The holder's start identity (process-identity.ts); null in locks written before it was recorded. */
  readonly processStart: string | null;
  /** The holder's command line; null in older locks. */
  readonly cmdline: string | null;
}

export interface DataDirLock {
  readonly path: string;
  readonly holder: LockHolder;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void;
}

/** Thrown when another live process holds the folder. Its message is one line, for the CLI to print as is. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
    /** `tether` when the holder is a Tether (Quit only); `not_tether` or `unknown` when it may be taken over. */
    readonly verdict: Exclude<HolderVerdict, 'gone'>,
  ) {
    super(
      verdict === 'not_tether'
        ? `the data folder ${dataDir} is locked by process ${holder.pid}, which is no longer a Tether (the lock was left by \`${holder.command}\`, started ${holder.startedAt}); if no Tether is running, delete ${join(dataDir, LOCK_FILE)}`
        : `another Tether (process ${holder.pid}, \`${holder.command}\`, started ${holder.startedAt}) is using the data folder ${dataDir}; stop it first, or pick another folder with --data-dir`,
    );
    this.name = 'DataDirLockedError';
  }
}

/** Locks held by this process, so our own pid in a lock file is only "alive" if we really hold it. */
const heldHere = new Set<string>();

/** What a lock's holder is now. Our own pid counts only for a lock this process really holds. */
function judge(path: string, holder: LockHolder): HolderVerdict {
  if (holder.pid === process.pid) return heldHere.has(path) ? 'tether' : 'gone';
  return judgeHolder({ pid: holder.pid, start: holder.processStart, cmdline: holder.cmdline });
}

function readHolder(path: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.token !== 'string') return null;
    return {
      pid: parsed.pid,
      command: String(parsed.command ?? 'tether'),
      startedAt: String(parsed.startedAt ?? 'unknown'),
      token: parsed.token,
      processStart: typeof parsed.processStart === 'string' ? parsed.processStart : null,
      cmdline: typeof parsed.cmdline === 'string' ? parsed.cmdline : null,
    };
  } catch {
    return null;
  }
}

/**
 * Writes the holder to a private temp file, then links it into place: the lock never exists half-written, so an
 * unreadable lock file is debris, never one being written.
 */
function tryCreate(path: string, holder: LockHolder): boolean {
  const temp = `${path}.${holder.token}.tmp`;
  const fd = openSync(temp, 'wx', PRIVATE_FILE_MODE);
  try {
    writeSync(fd, `${JSON.stringify(holder)}\n`);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Moves a stale lock out of the way, unless someone replaced it since we read it. */
function clearStale(path: string, stale: LockHolder | null): void {
  const aside = `${path}.stale-${randomBytes(6).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readHolder(aside);
  // Another process took the lock between our read and the rename: put theirs back.
  if (moved && moved.token !== stale?.token && judge(path, moved) !== 'gone') {
    try {
      linkSync(aside, path);
    } catch {
      // a third process got in meanwhile; it holds the lock now
    }
  }
  rmSync(aside, { force: true });
}

export interface AcquireOptions {
  /**
   * The holder the user chose to take the lock from (after a DataDirLockedError that allowed it). Only that
   * exact lock is taken over: a lock someone took since is refused as usual.
   */
  readonly takeOver?: LockHolder;
}

/**
 * Takes the lock on `dataDir` (created 0700 if missing) for this process, or throws DataDirLockedError naming
 * the live holder. `command` is what the holder is, e.g. "tether serve".
 */
export function acquireDataDirLock(dataDir: string, command: string, options: AcquireOptions = {}): DataDirLock {
  ensurePrivateDir(dataDir);
  const path = join(dataDir, LOCK_FILE);
  const mark = ownMark();
  const holder: LockHolder = {
    pid: process.pid,
    command,
    startedAt: new Date().toISOString(),
    token: randomBytes(12).toString('hex'),
    processStart: mark.start,
    cmdline: mark.cmdline,
  };
  for (let attempt = 0; attempt < 20; attempt += 1) {
    if (tryCreate(path, holder)) {
      heldHere.add(path);
      // A process that exits without releasing (an uncaught error) leaves no lock behind; SIGKILL does, and the
      // next start finds its holder gone.
      const onExit = (): void => release(path, holder);
      process.once('exit', onExit);
      return {
        path,
        holder,
        release: () => {
          process.off('exit', onExit);
          release(path, holder);
        },
      };
    }
    const current = readHolder(path);
    const verdict = current ? judge(path, current) : 'gone';
    const chosen = current !== null && options.takeOver?.token === current.token && verdict !== 'tether';
    if (current && verdict !== 'gone' && !chosen) throw new DataDirLockedError(dataDir, current, verdict);
    clearStale(path, current);
  }
  throw new Error(`could not take the lock ${path}: it keeps changing`);
}

function release(path: string, holder: LockHolder): void {
  if (readHolder(path)?.token !== holder.token) return;
  heldHere.delete(path);
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Releases `lock` (if any) and rethrows: for a failed start after the lock was taken. */
export function releaseAndThrow(lock: DataDirLock | null, error: unknown): never {
  lock?.release();
  throw error;
}
