/**
 * The desktop app's start, through startDesktopApp with only `electron` faked and real everything else (lock
 * files, SQLite, settings): when another process holds the data folder it says who in a dialog and quits, or
 * takes over when the holder is not a Tether and the user says so; an empty --data-dir is refused in a dialog.
 * Never a silent start with no window, never an unhandled rejection.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appFake, dialogFake, electronFake, FakeBrowserWindow, resetElectronFake } from '../../../../fixtures/fake-electron';

vi.mock('electron', () => ({ ...electronFake, default: electronFake }));
const { startDesktopApp } = await import('../../../../../main/electron/app');
const { processCommand, processStart } = await import('../../../../../main/core/instance/process-identity');
const { LOCK_FILE } = await import('../../../../../main/core/instance/data-dir-lock');

let dir: string;
let argv: string[];
const children: ChildProcess[] = [];

beforeEach(() => {
  resetElectronFake();
  dir = mkdtempSync(join(tmpdir(), 'tether-desktop-start-'));
  argv = process.argv;
});
afterEach(() => {
  // Quitting closes the core and releases the folder, as the real app does.
  appFake.emit('will-quit');
  process.argv = argv;
  for (const child of children.splice(0)) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function start(...flags: string[]): Promise<void> {
  process.argv = ['/opt/Tether/tether', ...flags];
  startDesktopApp();
  await vi.waitFor(() => expect(appFake.quitCalls + FakeBrowserWindow.created.length).toBeGreaterThan(0), { timeout: 20_000 });
}

function plantLock(holder: Record<string, unknown>): void {
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ command: 'tether serve', startedAt: '2026-12-01T08:00:00.000Z', token: 'theirs', ...holder }));
}

describe('starting the desktop app', () => {
  it('names the Tether that holds the data folder and offers Quit only', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)', 'tether', 'serve'], { stdio: 'ignore' });
    children.push(other);
    const pid = other.pid ?? 0;
    plantLock({ pid, processStart: processStart(pid), cmdline: processCommand(pid) });
    dialogFake.answer = 'Take over';
    await start('--data-dir', dir);
    expect(dialogFake.messageBoxes).toHaveLength(1);
    const box = dialogFake.messageBoxes[0];
    expect(box?.message).toBe('Tether is already running on this data folder');
    expect(box?.detail).toContain(`process ${pid} (\`tether serve\`, started 2026-12-01T08:00:00.000Z)`);
    expect(box?.buttons).toEqual(['Quit']);
    expect(appFake.quitCalls).toBe(1);
    expect(FakeBrowserWindow.created).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid, token: 'theirs' });
  });

  it('offers Take over when the holder is not a Tether, and opens on the folder when the user takes it', async () => {
    // A lock from before a reboot whose pid now runs another program (pid 1 is never Tether).
    plantLock({ pid: 1 });
    dialogFake.answer = 'Take over';
    await start('--data-dir', dir);
    expect(dialogFake.messageBoxes[0]).toMatchObject({ message: 'The data folder is locked, but not by a Tether', buttons: ['Take over', 'Quit'] });
    expect(FakeBrowserWindow.created).toHaveLength(1);
    expect(appFake.quitCalls).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, command: 'Tether' });
  });

  it('quits without touching the lock when the user chooses Quit', async () => {
    plantLock({ pid: 1 });
    dialogFake.answer = 'Quit';
    await start('--data-dir', dir);
    expect(appFake.quitCalls).toBe(1);
    expect(FakeBrowserWindow.created).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: 1, token: 'theirs' });
  });

  it('refuses an empty --data-dir in a dialog instead of using the folder it was started in', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      await start('--data-dir', '');
    } finally {
      process.chdir(cwd);
    }
    expect(dialogFake.errorBoxes).toEqual([{ title: 'Tether could not start', content: '--data-dir is empty; give the folder Tether should use' }]);
    expect(appFake.quitCalls).toBe(1);
    expect(existsSync(join(dir, 'tether.db'))).toBe(false);
  });
});
