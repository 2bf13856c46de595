/** `tether check` as cron would run it: the built CLI, a real data folder and keychain, the simulator as the networks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { DEFAULT_SECRET_SERVICE } from '../../../main/core/secrets/secret-keys';
import { IDS } from '../../fixtures/simulator/simulator-kit';
import { startEngineKit, type EngineKit } from '../../fixtures/validation/engine-kit';

const ROOT = resolve(__dirname, '../../..');
let kit: EngineKit;

beforeAll(async () => {
  // The default keychain service, as the CLI uses it; the keyring itself is the tests' throw-away one.
  kit = await startEngineKit({ service: DEFAULT_SECRET_SERVICE });
  await kit.connectFacebook(IDS.ada);
  await kit.connectX(IDS.alphaX);
});
afterAll(() => kit.close());

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without blocking this process, which hosts the simulator the CLI talks to. */
function tether(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [resolve(ROOT, 'bin/tether.cjs'), ...args], {
      cwd: ROOT,
      env: { ...process.env, TETHER_NETWORK_ORIGIN: kit.sim.url, ...env },
    });
    const run: Run = { status: null, stdout: '', stderr: '' };
    child.stdout.on('data', (d: Buffer) => (run.stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (run.stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => done({ ...run, status: code }));
  });
}

const check = (...args: string[]): Promise<Run> => tether(['check', '--data-dir', kit.dataDir, ...args]);

describe('tether check', () => {
  it('prints a table and exits 0 when nothing needs the user', async () => {
    const run = await check();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ACCOUNT\s+NETWORK\s+STATUS\s+REASON\s+EXPIRES$/);
    expect(lines).toHaveLength(6);
    expect(run.stdout).toMatch(/Alpha \(@alpha_x\)\s+X\s+connected\s+-\s+/);
    expect(run.stdout).toMatch(/Beta Books\s+Facebook\s+connected\s+-\s+expires in \d+ days/);
    expect(run.stdout).toMatch(/Alpha \(@alpha_x\)\s+X\s+connected\s+-\s+renews itself/);
  });

  it('exits 1 and names the reason when an account needs the user; --json and --account narrow it', async () => {
    kit.sim.control.apply({ scenario: 'password_changed', target: IDS.ada });
    try {
      const table = await check();
      expect(table.status).toBe(1);
      expect(table.stdout).toMatch(/Alpha Bakery\s+Facebook\s+needs_reconnect\s+password_changed/);
      const json = await check('--json');
      expect(json.status).toBe(1);
      const parsed = JSON.parse(json.stdout) as { accounts: Array<{ id: string; status: string; reason: string | null }> };
      expect(parsed.accounts).toHaveLength(5);
      const x = parsed.accounts.find((a) => a.id.endsWith(`twitter:${IDS.alphaX}`));
      expect(x).toMatchObject({ status: 'connected', reason: null });
      const one = await check('--json', '--account', x?.id ?? '');
      expect(one.status).toBe(0);
      expect((JSON.parse(one.stdout) as { accounts: unknown[] }).accounts).toHaveLength(1);
    } finally {
      kit.sim.control.revert({ scenario: 'password_changed', target: IDS.ada });
    }
  });

  it('exits 2 with one line for an unknown account, a bad option, or an unreachable keychain', async () => {
    const unknown = await check('--account', 'nope');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toEqual(['tether check: no account with id "nope" (see `tether check --json` for ids)']);
    expect((await check('--bogus')).status).toBe(2);
    const noKeychain = await tether(['check', '--data-dir', kit.dataDir], { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' });
    expect(noKeychain.status).toBe(2);
    expect(noKeychain.stderr).toMatch(/^tether check: the keychain is unavailable/);
    expect(noKeychain.stderr.trim().split('\n')).toHaveLength(1);
  });
});
