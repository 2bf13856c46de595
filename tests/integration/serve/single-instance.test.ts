/**
 * One `tether serve` per data folder, with real processes through the built bin: a second one is refused with
 * a one-line error naming the first, a second demo never wipes the running demo's data, and the lock of a
 * killed process does not block the next start.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTether, spawnTether, type TetherProcess } from '../../fixtures/cli/tether-process';

const LINK = /http:\/\/127\.0\.0\.1:(\d+)\/#key=/;
let dataDir: string;
const started: TetherProcess[] = [];

function serve(...args: string[]): TetherProcess {
  const p = spawnTether(['serve', '--data-dir', dataDir, ...args]);
  started.push(p);
  return p;
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'tether-single-'));
});
afterEach(async () => {
  for (const p of started.splice(0)) {
    if (p.alive()) p.child.kill('SIGKILL');
    await p.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}-demo`, { recursive: true, force: true });
});

describe('one tether serve per data folder', () => {
  it('refuses a second serve on the same folder, naming the process that holds it', async () => {
    const first = serve();
    await first.waitFor(LINK);
    const second = await runTether(['serve', '--data-dir', dataDir]);
    expect(second.code).toBe(2);
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
    expect(second.stderr).toContain(`process ${first.child.pid}`);
    expect(second.stderr).toContain('`tether serve`');
    expect(second.stderr).toContain(dataDir);
    expect(first.alive()).toBe(true);

    first.child.kill('SIGTERM');
    await first.exited;
    expect(existsSync(join(dataDir, 'tether.lock'))).toBe(false);
    const third = serve();
    await third.waitFor(LINK);
  });

  it('starts over the lock a killed serve left behind', async () => {
    const first = serve();
    await first.waitFor(LINK);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(existsSync(join(dataDir, 'tether.lock'))).toBe(true);
    const second = serve();
    await second.waitFor(LINK);
  });

  it('refuses a second serve --demo instead of deleting the running demo database', async () => {
    const first = serve('--demo');
    await first.waitFor(LINK);
    const db = join(`${dataDir}-demo`, 'tether.db');
    const before = statSync(db).ino;
    const second = await runTether(['serve', '--demo', '--data-dir', dataDir]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`process ${first.child.pid}`);
    expect(existsSync(db)).toBe(true);
    expect(statSync(db).ino).toBe(before);
    expect(first.alive()).toBe(true);
  });
});
