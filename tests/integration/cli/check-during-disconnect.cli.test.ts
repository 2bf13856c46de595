/**
 * Issue 17, item 6: a Disconnect that landed during another process's bulk keychain read crashed that process
 * (a libsecret assertion, 4 in 50 cron runs). With one keychain item there is no bulk read and a disconnect
 * deletes rows, not keychain items. 50 cron-style `tether check` runs of the built CLI, five at a time, against
 * the real gnome-keyring, while this process disconnects logins one after another: none crashes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SECRET_SERVICE } from '../../../main/core/secrets/secret-keys';
import { loadKeytar } from '../../../main/core/secrets/keytar-loader';
import { runTether } from '../../fixtures/cli/tether-process';
import { bigWorld, fbUserId, xUserId } from '../../fixtures/validation/big-world';
import { startEngineKit, type EngineKit } from '../../fixtures/validation/engine-kit';
import type { GrantId } from '../../../shared/domain/ids';

const ROUNDS = 10;
const AT_ONCE = 5;
const X_ACCOUNTS = 20;
let kit: EngineKit;
const grants: GrantId[] = [];

beforeAll(async () => {
  // The default keychain service, as the CLI uses it; the keyring itself is the tests' throw-away one.
  kit = await startEngineKit({ world: bigWorld(2, X_ACCOUNTS), service: DEFAULT_SECRET_SERVICE });
  for (let i = 0; i < 2; i += 1) grants.push(await kit.connectFacebook(fbUserId(i)));
  for (let i = 0; i < X_ACCOUNTS; i += 1) grants.push(await kit.connectX(xUserId(i)));
}, 120_000);
afterAll(() => kit.close());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('tether check while another process disconnects', () => {
  it('never crashes: 50 runs, each exits 0 or 1 with a result, while logins are disconnected under them', async () => {
    const runs: Array<{ code: number | null; stdout: string; stderr: string }> = [];
    let disconnected = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const checks = Array.from({ length: AT_ONCE }, () =>
        runTether(['check', '--json', '--data-dir', kit.dataDir], { TETHER_NETWORK_ORIGIN: kit.sim.url }, 90_000),
      );
      // Two disconnects land while the checks start, open their cores, read their secrets and check.
      for (const delay of [300 + 300 * (round % 3), 700]) {
        await pause(delay);
        const grant = grants.pop();
        if (grant) {
          await kit.core.disconnect(grant);
          disconnected += 1;
        }
      }
      runs.push(...(await Promise.all(checks)));
    }
    console.log(`[check during disconnect] ${runs.length} runs, ${disconnected} disconnects, exit codes ${[...new Set(runs.map((r) => r.code))].join(', ')}`);
    expect(disconnected).toBe(2 * ROUNDS);
    for (const run of runs) {
      expect(run.code, run.stderr).not.toBeNull();
      expect([0, 1], run.stderr).toContain(run.code);
      expect(run.stderr).not.toMatch(/assertion|CRITICAL|Segmentation|core dumped/i);
      expect((JSON.parse(run.stdout) as { accounts: unknown[] }).accounts.length).toBeGreaterThan(0);
    }
    // And the keychain was never more than one item.
    const loaded = await loadKeytar();
    if (loaded.kind !== 'loaded') throw new Error(loaded.reason);
    expect((await loaded.keytar.findCredentials(DEFAULT_SECRET_SERVICE)).map((c) => c.account)).toEqual(['data-key']);
  }, 600_000);
});
