/**
 * Who a process id names right now. A pid alone proves little: after a crash or a reboot the same number is
 * handed to another program. A process is known by its start identity: on Linux its start time in clock ticks
 * since boot (/proc/<pid>/stat, field 22) with the boot id; elsewhere the start time `ps` prints. Where neither
 * can be read (Windows), its command line says whether it is a Tether at all.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** What a lock or lease records about its holder, to recognise it later. */
export interface ProcessMark {
  readonly pid: number;
  /** The holder's start identity, or null where it could not be read. */
  readonly start: string | null;
  /** The holder's command line as it was, for the portable fallback. */
  readonly cmdline: string | null;
}

/** What the pid names now, compared with the mark. */
export type HolderVerdict =
  /** No process has the pid, or another one does (same pid, another start): the holder is gone. */
  | 'gone'
  /** The very process that made the mark, or (where that can't be told) a process that is a Tether. */
  | 'tether'
  /** A live process that is not a Tether (its command line says so): most likely the pid was reused. */
  | 'not_tether'
  /** Alive, and nothing more can be learnt. */
  | 'unknown';

const ASK_TIMEOUT_MS = 2_000;

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function ask(command: string, args: readonly string[]): string | null {
  try {
    const out = execFileSync(command, args, { encoding: 'utf8', timeout: ASK_TIMEOUT_MS, stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true }).trim();
    return out === '' ? null : out;
  } catch {
    return null;
  }
}

/** True when a process with this id exists (EPERM: it exists, under another user). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The start identity of a running process, or null when it can't be read here. */
export function processStart(pid: number, platform: NodeJS.Platform = process.platform): string | null {
  if (platform === 'linux') {
    const stat = readText(`/proc/${pid}/stat`);
    const boot = readText('/proc/sys/kernel/random/boot_id')?.trim();
    // The command name (field 2) is in parentheses and may hold spaces or ')': count fields after the last one.
    const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
    const startTicks = fields?.[19];
    return startTicks && boot ? `linux:${boot}:${startTicks}` : null;
  }
  if (platform === 'win32') return null;
  const started = ask('ps', ['-o', 'lstart=', '-p', String(pid)]);
  return started ? `ps:${started.replace(/\s+/g, ' ')}` : null;
}

/** The command line of a running process, or null when it can't be read here. */
export function processCommand(pid: number, platform: NodeJS.Platform = process.platform): string | null {
  if (platform === 'linux') {
    const raw = readText(`/proc/${pid}/cmdline`);
    return raw ? raw.replace(/\0+$/, '').split('\0').join(' ') : null;
  }
  if (platform === 'win32') {
    // The image name only: "node.exe","1234","Console","1","40,000 K"
    const row = ask('tasklist', ['/FI', `PID eq ${pid}`, '/FO', 'CSV', '/NH']);
    const image = row?.match(/^"([^"]+)","(\d+)"/);
    return image && Number(image[2]) === pid ? (image[1] ?? null) : null;
  }
  return ask('ps', ['-o', 'command=', '-p', String(pid)]);
}

/** This process's mark, for a lock or lease it takes. */
export function ownMark(): ProcessMark {
  return { pid: process.pid, start: processStart(process.pid), cmdline: process.argv.join(' ').slice(0, 1000) };
}

/** A command line that runs Tether: the packaged app, the `tether` CLI, or the app from a checkout. */
function looksLikeTether(command: string): boolean {
  return /tether/i.test(command);
}

/** The program file a command line starts with (`node`, `Tether.exe`), lower case. */
function programOf(command: string): string {
  return (command.split(' ')[0] ?? '').split(/[\\/]/).pop()?.toLowerCase() ?? '';
}

/** Judges whether the process a mark names is still the one that made it. */
export function judgeHolder(mark: ProcessMark): HolderVerdict {
  if (!pidAlive(mark.pid)) return 'gone';
  const start = mark.start === null ? null : processStart(mark.pid);
  if (mark.start !== null && start !== null) return start === mark.start ? 'tether' : 'gone';
  const command = processCommand(mark.pid);
  if (command === null) return 'unknown';
  if (mark.cmdline !== null && command === mark.cmdline) return 'tether';
  if (looksLikeTether(command)) return 'tether';
  // Windows shows the program alone: the holder's own program (node.exe) may still be it; anything else is not.
  if (mark.cmdline !== null && programOf(command) === programOf(mark.cmdline)) return 'unknown';
  return 'not_tether';
}
