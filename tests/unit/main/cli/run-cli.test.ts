import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { runCli, helpText } from '../../../../main/cli/run-cli';
import { COMMANDS } from '../../../../main/cli/commands';
import { UsageError, type CliCommand, type CliIo } from '../../../../main/cli/cli-command';

function capture(): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    stdin: Readable.from([]),
    env: {},
    stopSignal: Promise.resolve(),
  };
  return { io, out: () => out, err: () => err };
}

describe('tether CLI', () => {
  it('prints help listing every command', async () => {
    const c = capture();
    expect(await runCli(['--help'], c.io, COMMANDS)).toBe(0);
    for (const command of COMMANDS) expect(c.out()).toContain(command.name);
    expect(c.out()).toBe(helpText(COMMANDS));
  });

  it('rejects an unknown command with one line on stderr and exit 2', async () => {
    const c = capture();
    expect(await runCli(['frobnicate'], c.io, COMMANDS)).toBe(2);
    expect(c.err().trim().split('\n')).toHaveLength(1);
    expect(c.err()).toContain('unknown command "frobnicate"');
  });

  it('shows a command usage on --help without running it', async () => {
    const c = capture();
    expect(await runCli(['serve', '--help'], c.io, COMMANDS)).toBe(0);
    expect(c.out()).toContain('Usage: tether serve');
  });

  it('turns usage errors and crashes into one line and exit 2, never a stack trace', async () => {
    const boom: CliCommand = { name: 'boom', summary: '', usage: '', run: () => Promise.reject(new Error('first line\n    at stack')) };
    const bad: CliCommand = { name: 'bad', summary: '', usage: '', run: () => Promise.reject(new UsageError('--port must be a number')) };
    const c = capture();
    expect(await runCli(['boom'], c.io, [boom, bad])).toBe(2);
    expect(await runCli(['bad'], c.io, [boom, bad])).toBe(2);
    expect(c.err()).toBe('tether boom: first line\ntether bad: --port must be a number\n');
  });

  it('reports unknown options of serve as a usage error', async () => {
    const c = capture();
    expect(await runCli(['serve', '--bogus'], c.io, COMMANDS)).toBe(2);
    expect(c.err()).toMatch(/^tether serve: .*--bogus/);
  });
});
