/** `tether check` on a damaged database, through the built bin: it says where the old file went and exits 2. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTether } from '../../fixtures/cli/tether-process';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'tether-recover-'));
  writeFileSync(join(dataDir, 'tether.db'), Buffer.alloc(8192, 'this is not a database. '));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('tether check with a damaged database', () => {
  it('says the database was recovered and where the old one is, and exits 2', async () => {
    const run = await runTether(['check', '--data-dir', dataDir]);
    expect(run.code).toBe(2);
    expect(run.stdout).not.toContain('No accounts are connected yet');
    const moved = readdirSync(dataDir).find((name) => name.startsWith('tether.db.corrupt-'));
    expect(moved).toBeDefined();
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('damaged');
    expect(run.stderr).toContain(join(dataDir, moved ?? ''));
    expect(existsSync(join(dataDir, moved ?? ''))).toBe(true);

    // The next run finds the new, healthy database: nothing to report.
    const again = await runTether(['check', '--data-dir', dataDir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No accounts are connected yet');
  });

  it('names the moved file in --json output too', async () => {
    const run = await runTether(['check', '--json', '--data-dir', dataDir]);
    expect(run.code).toBe(2);
    const out = JSON.parse(run.stdout) as { accounts: unknown[]; databaseRecovered?: { movedTo: string } };
    expect(out.accounts).toEqual([]);
    expect(out.databaseRecovered?.movedTo).toMatch(/tether\.db\.corrupt-/);
  });
});
