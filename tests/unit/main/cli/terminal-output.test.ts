/**
 * Names from the networks reach the terminal as text, never as control sequences: an account named with an
 * escape sequence (retitle the window, clear the screen, hide text) or a bidi override is shown escaped, in the
 * `tether check` table, its --json output, and error lines.
 */
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { formatTable } from '../../../../main/cli/commands/check.command';
import { jsonForTerminal, sanitizeForTerminal, terminalLine } from '../../../../main/cli/terminal-text';
import { runCli } from '../../../../main/cli/run-cli';
import type { CliCommand, CliIo } from '../../../../main/cli/cli-command';
import type { AccountView } from '../../../../shared/domain/account-view';

const HOSTILE = 'Brand\u001b]0;pwned\u0007\u001b[2J\u202Eevil\u009b31m\r\nnext';
/** Anything a terminal acts on: C0 but newline, DEL, C1, line separators, bidi controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

function account(name: string, handle: string | null): AccountView {
  return {
    id: 'g/twitter:1',
    grantId: 'g',
    provider: 'twitter',
    name,
    handle,
    connectedBy: name,
    status: 'connected',
    reason: null,
    statusSince: 0,
    lastCheckedAt: 0,
    expiresAt: null,
  } as unknown as AccountView;
}

describe('terminal output', () => {
  it('shows a hostile account name and handle escaped in the check table, one row per account', () => {
    const table = formatTable([account(HOSTILE, `@x\u001b[8m`), account('Plain', null)], Date.now());
    expect(table).not.toMatch(RAW_CONTROL);
    expect(table.trimEnd().split('\n')).toHaveLength(3);
    expect(table).toContain('Brand\\x1B]0;pwned\\x07\\x1B[2J\\u202Eevil\\x9B31m\\x0D\\x0Anext (@x\\x1B[8m)');
  });

  it('keeps --json valid and equal to the value, with nothing raw a terminal would act on', () => {
    const value = { accounts: [{ name: HOSTILE, note: 'a\u2028b\u007f' }] };
    const text = jsonForTerminal(value);
    expect(text).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('escapes messages but keeps their newlines, and one-line cells lose theirs', () => {
    expect(sanitizeForTerminal('line one\nline\u001b[31m two')).toBe('line one\nline\\x1B[31m two');
    expect(terminalLine('a\tb\nc')).toBe('a\\x09b\\x0Ac');
  });

  it('escapes an error line that carries a network name', async () => {
    let err = '';
    const io: CliIo = {
      stdout: { write: () => true },
      stderr: { write: (t: string) => (err += t) },
      stdin: Readable.from([]),
      env: {},
      stopSignal: new Promise(() => undefined),
    };
    const failing: CliCommand = { name: 'x', summary: '', usage: '', run: () => Promise.reject(new Error(`no Page named ${HOSTILE}`)) };
    expect(await runCli(['x'], io, [failing])).toBe(2);
    expect(err).not.toMatch(RAW_CONTROL);
    expect(err.endsWith('\n')).toBe(true);
  });
});
