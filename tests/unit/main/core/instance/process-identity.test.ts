/** Who a pid names now: a process's start identity, its command line, and the verdict a lock or lease draws. */
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { judgeHolder, ownMark, processCommand, processStart } from '../../../../../main/core/instance/process-identity';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** A live process that is not Tether: plain node, waiting. */
function otherProgram(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  children.push(child);
  return child.pid ?? 0;
}

/** The pid of a process that has already exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString());
}

describe.runIf(process.platform === 'linux')('process identity on Linux', () => {
  it("reads a process's start from /proc with the boot id, the same each time, and another process's differs", () => {
    const own = processStart(process.pid);
    expect(own).toMatch(/^linux:[0-9a-f-]{36}:\d+$/);
    expect(processStart(process.pid)).toBe(own);
    expect(processStart(otherProgram())).not.toBe(own);
    expect(processStart(deadPid())).toBeNull();
  });

  it('reads the command line', () => {
    expect(processCommand(otherProgram())).toBe(`${process.execPath} -e setTimeout(() => {}, 60000)`);
  });
});

describe('process identity through ps (macOS and the BSDs; procps answers the same here)', () => {
  it.runIf(process.platform !== 'win32')('reads the start time and the command line a live process has', () => {
    const pid = otherProgram();
    expect(processStart(pid, 'darwin')).toMatch(/^ps:\w{3} \w{3} +\d+ \d\d:\d\d:\d\d \d{4}$/);
    expect(processCommand(pid, 'darwin')).toContain('setTimeout');
    expect(processStart(deadPid(), 'darwin')).toBeNull();
  });
});

describe('judgeHolder', () => {
  it('says gone for a dead pid', () => {
    expect(judgeHolder({ pid: deadPid(), start: null, cmdline: null })).toBe('gone');
  });

  it('recognises the very process that made the mark', () => {
    expect(judgeHolder(ownMark())).toBe('tether');
  });

  it.runIf(process.platform === 'linux')('says gone when the pid now names another process (reused after a crash or a reboot)', () => {
    const pid = otherProgram();
    const start = processStart(pid) ?? '';
    const otherBoot = start.replace(/^linux:[0-9a-f-]+:/, 'linux:00000000-0000-0000-0000-000000000000:');
    expect(judgeHolder({ pid, start: otherBoot, cmdline: 'tether serve' })).toBe('gone');
    expect(judgeHolder({ pid, start: `${start}0`, cmdline: 'tether serve' })).toBe('gone');
    expect(judgeHolder({ pid, start, cmdline: 'whatever it was' })).toBe('tether');
  });

  it('without a start identity, tells a Tether from another program by its command line', () => {
    const pid = otherProgram();
    expect(judgeHolder({ pid, start: null, cmdline: null })).toBe('not_tether');
    expect(judgeHolder({ pid, start: null, cmdline: processCommand(pid) })).toBe('tether');
  });
});
