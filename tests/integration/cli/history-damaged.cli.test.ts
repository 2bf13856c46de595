/** `tether history` on a damaged database: an error and exit 2, never an empty export that looks like "no history". */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from '../../../main/cli/run-cli';
import { historyCommand } from '../../../main/cli/commands/history.command';
import type { CliIo } from '../../../main/cli/cli-command';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'tether-history-damaged-'));
  writeFileSync(join(dataDir, 'tether.db'), Buffer.alloc(8192, 'this is not a database. '));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

async function history(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    stdin: Readable.from([]),
    env: {},
    stopSignal: new Promise<void>(() => undefined),
  };
  const code = await runCli(['history', ...args, '--data-dir', dataDir], io, [historyCommand]);
  return { code, out, err };
}

describe('tether history on a damaged database', () => {
  it.each([['csv'], ['json']])('exits 2 with one line saying where the file went, and exports nothing (%s)', async (format) => {
    const run = await history('--format', format);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    const moved = readdirSync(dataDir).find((name) => name.startsWith('tether.db.corrupt-'));
    expect(moved).toBeDefined();
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toContain('damaged');
    expect(run.err).toContain(join(dataDir, moved ?? ''));
    expect(run.err).toMatch(/nothing was exported/);
  });
});
