// `tether classify` in-process through runCli: the exact output line, defaults, and every exit-2 case.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/cli-command';
import { COMMANDS } from '../../../../main/cli/commands';
import { runCli } from '../../../../main/cli/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'tether-classify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(args: string[], stdin: string | Readable = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    stdin: typeof stdin === 'string' ? Readable.from(stdin === '' ? [] : [Buffer.from(stdin)]) : stdin,
    env: {},
    stopSignal: Promise.resolve(),
  };
  const code = await runCli(['classify', ...args], io, COMMANDS);
  return { code, out, err };
}

const PASSWORD_CHANGED = JSON.stringify({
  error: {
    message:
      'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.',
    type: 'OAuthException',
    code: 190,
    error_subcode: 460,
    fbtrace_id: 'AbC123',
  },
});

describe('tether classify: output', () => {
  it('prints exactly one JSON line with every field, in a fixed order', async () => {
    const r = await run(['--provider', 'facebook', '--status', '400'], PASSWORD_CHANGED);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.endsWith('\n')).toBe(true);
    expect(r.out.trimEnd().split('\n')).toHaveLength(1);
    const line: unknown = JSON.parse(r.out);
    expect(line).toEqual({
      reason: 'password_changed',
      permanent: true,
      reconnectFixes: true,
      retryAfterMs: null,
      rateLimit: null,
      ambiguous: false,
      suspectedReason: null,
      appConfigProblem: false,
      provider: {
        code: 190,
        subcode: 460,
        type: 'OAuthException',
        message:
          'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.',
        traceId: 'AbC123',
      },
    });
    expect(Object.keys(line as object)).toEqual([
      'reason',
      'permanent',
      'reconnectFixes',
      'retryAfterMs',
      'rateLimit',
      'ambiguous',
      'suspectedReason',
      'appConfigProblem',
      'provider',
    ]);
  });

  it('reads FILE, and "-" as stdin', async () => {
    const fromFile = await run(['--provider', 'facebook', file('pw.json', PASSWORD_CHANGED)]);
    const fromDash = await run(['--provider', 'facebook', '-'], PASSWORD_CHANGED);
    expect(fromFile.code).toBe(0);
    expect(fromFile.out).toBe(fromDash.out);
    expect(JSON.parse(fromFile.out)).toMatchObject({ reason: 'password_changed' });
  });

  it('takes headers, case-insensitively, for the retry time and the rate-limit scope', async () => {
    const body = JSON.stringify({ error: { message: '(#32) Page request limit reached', type: 'OAuthException', code: 32 } });
    const buc = 'X-Business-Use-Case-Usage: {"1":[{"type":"pages","call_count":100,"estimated_time_to_regain_access":4}]}';
    const r = await run(['--provider', 'facebook', '--status', '400', '--header', buc, '--header', 'x-fb-trace-id: Tr4ce'], body);
    expect(JSON.parse(r.out)).toMatchObject({ reason: 'rate_limited', rateLimit: 'page', retryAfterMs: 240_000, permanent: false, reconnectFixes: null });
  });

  it('classifies a body that is not JSON by status and headers, and still exits 0', async () => {
    const html = '<!DOCTYPE html><html><body>502 Bad Gateway</body></html>';
    const r = await run(['--provider', 'twitter', '--status', '502', '--header', 'Retry-After: 30'], html);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ reason: 'transient_provider_error', permanent: false, retryAfterMs: 30_000, provider: { code: null } });
    const garbage = await run(['--provider', 'facebook', '--status', '401'], 'Unauthorized');
    expect(JSON.parse(garbage.out)).toMatchObject({ reason: 'invalid_token_other', ambiguous: true });
  });

  it('treats a missing --status as unknown, not 200: the body decides on its own', async () => {
    // X v1.1 bodies logged without their status: at "200" they used to read as "not a disconnect".
    const invalid = '{"errors":[{"code":89,"message":"Invalid or expired token."}]}';
    expect(JSON.parse((await run(['--provider', 'twitter'], invalid)).out)).toMatchObject({
      reason: 'invalid_token_other',
      ambiguous: true,
      permanent: true,
      provider: { code: 89 },
    });
    const couldNotAuth = '{"errors":[{"message":"Could not authenticate you","code":32}]}';
    expect(JSON.parse((await run(['--provider', 'twitter'], couldNotAuth)).out)).toMatchObject({ reason: 'invalid_token_other', ambiguous: true });
    const suspended = '{"errors":[{"code":64,"message":"Your account is suspended and is not permitted to access this feature."}]}';
    expect(JSON.parse((await run(['--provider', 'twitter'], suspended)).out)).toMatchObject({ reason: 'account_suspended' });
    // The same bodies with an explicit 200 are read by their codes too.
    expect(JSON.parse((await run(['--provider', 'twitter', '--status', '200'], invalid)).out)).toMatchObject({ reason: 'invalid_token_other' });
    // Unknown status and no error in the body: nothing is wrong, and no status is invented.
    expect(JSON.parse((await run(['--provider', 'facebook'], '{"id":"1","name":"A Page"}')).out)).toMatchObject({
      reason: 'not_a_disconnect',
      retryAfterMs: null,
    });
  });

  it('without --status, an X problem body still counts by the status it states, and an explicit one wins', async () => {
    const bare401 = '{"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}';
    expect(JSON.parse((await run(['--provider', 'twitter'], bare401)).out)).toMatchObject({ reason: 'invalid_token_other', ambiguous: true });
    expect(JSON.parse((await run(['--provider', 'twitter', '--status', '503'], bare401)).out)).toMatchObject({ reason: 'transient_provider_error' });
    const tooMany = '{"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}';
    expect(JSON.parse((await run(['--provider', 'twitter'], tooMany)).out)).toMatchObject({ reason: 'rate_limited', permanent: false });
    // A Graph error needs no status: the code decides.
    expect(JSON.parse((await run(['--provider', 'instagram'], '{"error":{"code":25,"error_subcode":2207050,"message":"restricted"}}')).out)).toMatchObject({
      reason: 'security_checkpoint',
    });
  });

  it("reads a status-less HTML page as transient, as it would a proxy's error page", async () => {
    const html = '<!DOCTYPE html><html><body>Something went wrong</body></html>';
    expect(JSON.parse((await run(['--provider', 'facebook'], html)).out)).toMatchObject({ reason: 'transient_provider_error', permanent: false });
  });

  it('prints the usage on --help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: tether classify --provider facebook|instagram|twitter');
  });
});

describe('tether classify: exit 2 with one line on stderr', () => {
  const cases: [string, string[], string, RegExp][] = [
    ['an unknown provider', ['--provider', 'linkedin'], PASSWORD_CHANGED, /unknown provider "linkedin"/],
    ['no provider', [], PASSWORD_CHANGED, /--provider is required/],
    ['a missing file', ['--provider', 'facebook', join(dir, 'nope.json')], '', /cannot read ".*nope\.json": no such file/],
    ['a folder instead of a file', ['--provider', 'facebook', dir], '', /it is a folder/],
    ['empty input', ['--provider', 'facebook'], '', /the input is empty/],
    ['blank input', ['--provider', 'facebook'], '  \n\t ', /the input is empty/],
    ['a header without a colon', ['--provider', 'facebook', '--header', 'Retry-After 30'], PASSWORD_CHANGED, /--header must look like/],
    ['a status out of range', ['--provider', 'facebook', '--status', '99'], PASSWORD_CHANGED, /--status must be an HTTP status/],
    ['a status that is not a number', ['--provider', 'facebook', '--status', '4o1'], PASSWORD_CHANGED, /--status must be an HTTP status/],
    ['two files', ['--provider', 'facebook', 'a.json', 'b.json'], '', /one FILE at most/],
    ['an unknown option', ['--provider', 'facebook', '--verbose'], PASSWORD_CHANGED, /--verbose/],
  ];

  it.each(cases)('%s', async (_label, args, stdin, message) => {
    const r = await run(args, stdin);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.endsWith('\n')).toBe(true);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^tether classify: /);
    expect(r.err).toMatch(message);
  });

  it('refuses to wait on an interactive terminal', async () => {
    const tty = Object.assign(Readable.from([]), { isTTY: true });
    const r = await run(['--provider', 'facebook'], tty);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/give a FILE, or pipe a response body on stdin/);
  });
});
