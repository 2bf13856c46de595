// The real `tether classify` binary (bin/tether.cjs → out/main/cli.js), spawned as a user would run it:
// every reason comes out of it from a documented response, and bad input exits 2 with one line.
// Needs the build (`npm run build`, which `npm test` runs before the unit and integration tests).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REASON_IDS } from '../../../shared/domain/reason-id';
import { isTransportFailure } from '../../../main/core/reasons/provider-response';
import { fixtureInput, loadProviderFixtures, REASONS_FROM_CHECKS_ONLY, type ProviderFixture } from '../../fixtures/provider-responses/load-provider-fixtures';

const root = resolve(__dirname, '../../..');
const bin = join(root, 'bin', 'tether.cjs');
let dir: string;

beforeAll(() => {
  if (!existsSync(join(root, 'out', 'main', 'cli.js'))) throw new Error('out/main/cli.js is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'tether-classify-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tether(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, TETHER_LOG_LEVEL: 'error' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The first fixture per reason with a response body (transport failures can't be given to the CLI). */
function onePerReason(): ProviderFixture[] {
  const fixtures = loadProviderFixtures().filter((f) => {
    const input = fixtureInput(f);
    return !isTransportFailure(input) && input.body.trim() !== '';
  });
  return REASON_IDS.filter((reason) => !REASONS_FROM_CHECKS_ONLY.has(reason)).map((reason) => {
    const fixture = fixtures.find((f) => f.expect.reason === reason);
    if (!fixture) throw new Error(`no fixture with a body for ${reason}`);
    return fixture;
  });
}

describe('tether classify (the built binary)', () => {
  it.each(onePerReason().map((f) => [f.expect.reason, f] as const))('produces %s from a documented response', (_reason, fixture) => {
    const input = fixtureInput(fixture);
    if (isTransportFailure(input)) throw new Error('unreachable: transport fixtures are filtered out');
    const path = join(dir, `${fixture.provider}-${fixture.name}.body`);
    writeFileSync(path, input.body);
    const headers = Object.entries(input.headers).flatMap(([name, value]) => ['--header', `${name}: ${value}`]);
    const r = tether(['classify', '--provider', fixture.provider, '--status', String(input.status), ...headers, path]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    const { retryAfterMs: _timeDependent, ...expected } = fixture.expect;
    // Fixtures pinned to a `now` depend on the clock; the CLI uses the real one.
    expect(out).toMatchObject(fixture.now === undefined ? fixture.expect : expected);
  });

  it('reads the body from stdin', () => {
    const r = tether(
      ['classify', '--provider', 'twitter'],
      '{"detail":"The user used for authentication is suspended","title":"Forbidden","status":403,"type":"https://api.twitter.com/2/problems/user-suspended"}',
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      reason: 'account_suspended',
      permanent: true,
      reconnectFixes: false,
      retryAfterMs: null,
      rateLimit: null,
      ambiguous: false,
      suspectedReason: null,
      appConfigProblem: false,
      provider: {
        code: 'user-suspended',
        subcode: null,
        type: 'https://api.twitter.com/2/problems/user-suspended',
        message: 'The user used for authentication is suspended',
        traceId: null,
      },
    });
  });

  it('exits 0 for a body that is not JSON', () => {
    const r = tether(['classify', '--provider', 'facebook', '--status', '503'], '<html><body>Service Unavailable</body></html>');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ reason: 'transient_provider_error', permanent: false });
  });

  it.each([
    ['an unknown provider', ['classify', '--provider', 'myspace'], '{"error":{"code":190}}', /unknown provider "myspace"/],
    ['a missing file', ['classify', '--provider', 'facebook', '/nonexistent/body.json'], undefined, /cannot read "\/nonexistent\/body\.json": no such file/],
    ['empty input', ['classify', '--provider', 'twitter'], '', /the input is empty/],
  ])('exits 2 with one line on stderr for %s', (_label, args, input, message) => {
    const r = tether(args, input);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
