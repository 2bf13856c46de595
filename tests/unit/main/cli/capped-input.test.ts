/**
 * Input the user names is read up to a cap: `classify /dev/zero` ends (it used to read forever) and
 * `simulate --world /dev/zero` ends (it used to run out of memory); a bad world file says what is wrong on the
 * line the CLI prints, and `simulate` lists every problem.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from '../../../../main/cli/run-cli';
import { classifyCommand } from '../../../../main/cli/commands/classify.command';
import { simulateCommand } from '../../../../main/cli/commands/simulate.command';
import type { CliIo } from '../../../../main/cli/cli-command';
import { CappedReadError, readFileCapped } from '../../../../main/core/paths/read-capped-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tether-capped-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function tether(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    stdin: Readable.from([]),
    env: {},
    // Resolved: a simulator that did start would stop at once.
    stopSignal: Promise.resolve(),
  };
  const code = await runCli(argv, io, [classifyCommand, simulateCommand]);
  return { code, out, err };
}

describe.runIf(process.platform !== 'win32')('endless input', () => {
  it('classify /dev/zero stops at 5 MB and says so', async () => {
    const run = await tether('classify', '--provider', 'facebook', '/dev/zero');
    expect(run).toMatchObject({ code: 2, out: '' });
    expect(run.err).toBe('tether classify: "/dev/zero" is larger than 5 MB; a response body is a few KB\n');
  });

  it('simulate --world /dev/zero stops at 20 MB and says so', async () => {
    const run = await tether('simulate', '--world', '/dev/zero');
    expect(run.code).toBe(2);
    expect(run.err).toContain('Cannot read world file /dev/zero: it is larger than 20 MB');
  });

  it('reads at most one chunk past the cap', () => {
    expect(() => readFileCapped('/dev/zero', 1000)).toThrow(CappedReadError);
    expect(() => readFileCapped('/dev/urandom', 70_000)).toThrow('larger than 68 kB');
  });
});

describe('world file errors', () => {
  it('names the first problem on the line the CLI prints, and simulate lists them all', async () => {
    const file = join(dir, 'world.json');
    writeFileSync(file, JSON.stringify({ name: 5, meta: {} }));
    const run = await tether('simulate', '--world', file);
    expect(run.code).toBe(2);
    const [first, ...rest] = run.err.trimEnd().split('\n');
    expect(first).toMatch(new RegExp(`^tether simulate: Invalid world file ${file}: name: .+ \\(and \\d+ more, listed below\\)$`));
    expect(rest.length).toBeGreaterThan(1);
    expect(rest.every((line) => /^ {2}- \S+: \S/.test(line))).toBe(true);
  });

  it('keeps a JSON error on one line, and says a folder is a folder', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{\n  "name": \n');
    const bad = await tether('simulate', '--world', file);
    expect(bad.err.trimEnd().split('\n')).toHaveLength(1);
    expect(bad.err).toMatch(/not valid JSON \(.+\)/);
    expect((await tether('simulate', '--world', dir)).err).toContain(`Cannot read world file ${dir}: it is a folder`);
  });
});
