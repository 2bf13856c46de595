/**
 * Ctrl+C and SIGTERM through the real bin: the first signal stops the command, closes its database and exits
 * promptly with 130 (SIGINT) or 143 (SIGTERM): for serve, simulate, and a check held up by a slow network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { DEFAULT_SECRET_SERVICE } from '../../../main/core/secrets/secret-keys';
import { IDS } from '../../fixtures/simulator/simulator-kit';
import { startEngineKit, type EngineKit } from '../../fixtures/validation/engine-kit';
import { spawnTether } from '../../fixtures/cli/tether-process';

const LINK = /http:\/\/127\.0\.0\.1:\d+\//;

/** Sends `signal` and resolves with the exit code and how long the exit took. */
async function stopWith(p: ReturnType<typeof spawnTether>, signal: NodeJS.Signals): Promise<{ code: number | null; ms: number }> {
  const sent = Date.now();
  p.child.kill(signal);
  const timer = setTimeout(() => p.child.kill('SIGKILL'), 15_000);
  const { code } = await p.exited;
  clearTimeout(timer);
  return { code, ms: Date.now() - sent };
}

function integrity(dataDir: string): unknown {
  const db = new BetterSqlite3(join(dataDir, 'tether.db'), { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
}

describe('stopping tether with a signal', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'tether-signals-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('tether serve: the first %s closes the database and the lock and exits %i', async (signal, expected) => {
    const serve = spawnTether(['serve', '--data-dir', dataDir]);
    await serve.waitFor(LINK);
    const { code, ms } = await stopWith(serve, signal);
    expect(code).toBe(expected);
    expect(ms).toBeLessThan(4000);
    expect(existsSync(join(dataDir, 'tether.lock'))).toBe(false);
    // Closed cleanly: the last connection's close checkpoints and removes the -wal.
    expect(existsSync(join(dataDir, 'tether.db-wal'))).toBe(false);
    expect(integrity(dataDir)).toBe('ok');
  });

  it('tether simulate: the first SIGINT stops the simulator and exits 130', async () => {
    const sim = spawnTether(['simulate', '--seed', '3']);
    await sim.waitFor(/running at http/);
    const { code, ms } = await stopWith(sim, 'SIGINT');
    expect(code).toBe(130);
    expect(ms).toBeLessThan(4000);
  });

  describe('tether check', () => {
    let kit: EngineKit;
    beforeAll(async () => {
      kit = await startEngineKit({ service: DEFAULT_SECRET_SERVICE });
      await kit.connectFacebook(IDS.ada);
    });
    afterAll(() => kit.close());

    it('stops a check waiting on a slow network at the first SIGINT, and exits 130 promptly', async () => {
      kit.sim.control.setFaults([{ type: 'latency', ms: 60_000 }]);
      kit.sim.control.clearRequests();
      const check = spawnTether(['check', '--data-dir', kit.dataDir], { TETHER_NETWORK_ORIGIN: kit.sim.url });
      for (let i = 0; i < 300 && kit.sim.control.requests().length === 0; i += 1) await new Promise((r) => setTimeout(r, 50));
      expect(kit.sim.control.requests().length).toBeGreaterThan(0);
      const { code, ms } = await stopWith(check, 'SIGINT');
      kit.sim.control.clearFaults();
      expect(code).toBe(130);
      expect(ms).toBeLessThan(4000);
      expect(integrity(kit.dataDir)).toBe('ok');
    });
  });
});
