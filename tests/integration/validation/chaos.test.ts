/**
 * Chaos: 500 grant checks while 30% of requests fail in every transient way the networks have (5xx, HTML pages,
 * 429 storms, timeouts, connection resets, cut-off bodies, Graph transient codes delivered as 401) produce zero
 * disconnections; once the faults stop, one sweep brings every account back to connected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS } from '../../fixtures/simulator/simulator-kit';
import { startEngineKit, type EngineKit } from '../../fixtures/validation/engine-kit';

let kit: EngineKit;
beforeAll(async () => {
  kit = await startEngineKit({ seed: 20261128, timeoutMs: 300 });
  await kit.connectFacebook(IDS.ada);
  await kit.connectFacebook(IDS.ben);
  await kit.connectX(IDS.alphaX);
  await kit.connectX(IDS.betaX);
});
afterAll(() => kit.close());

const FAULT_SHARE = 0.3;

describe('chaos', () => {
  it('turns no transient failure into a disconnection, and recovers fully', async () => {
    // Seven kinds of fault, equally likely, adding up to a 30% chance that a request fails.
    const each = 1 - Math.pow(1 - FAULT_SHARE, 1 / 7);
    kit.sim.control.setFaults([
      { type: 'http_error', status: 503, body: 'json', probability: each },
      { type: 'http_error', status: 502, body: 'html', probability: each },
      { type: 'rate_limit', graphCode: 4, xVariant: 'window', probability: each },
      { type: 'timeout', holdMs: 2_000, probability: each },
      { type: 'connection_reset', probability: each },
      { type: 'malformed_json', probability: each },
      { type: 'graph_transient', code: 2, httpStatus: 401, isTransient: true, network: 'facebook', probability: each },
    ]);
    const grants = kit.core.repo.grantsForScheduling();
    expect(grants).toHaveLength(4);
    let checks = 0;
    let unverifiedSeen = 0;
    while (checks < 500) {
      await kit.core.validation.checkNow();
      checks += grants.length;
      const list = kit.core.accounts.list();
      unverifiedSeen += list.filter((a) => a.status === 'unverified').length;
      for (const account of list) expect(['connected', 'expiring', 'unverified'], `${account.id} ${account.reason}`).toContain(account.status);
    }
    const faulted = kit.sim.control.requests().filter((r) => r.fault !== null && r.fault !== 'latency').length;
    const total = kit.sim.control.requests().length;
    // The dice really rolled: about 30% of requests failed, and accounts really went unverified.
    expect(faulted / total).toBeGreaterThan(0.2);
    expect(unverifiedSeen).toBeGreaterThan(0);
    const disconnections = kit.core.db
      .prepare(`SELECT COUNT(*) AS n FROM events WHERE kind = 'status_changed' AND to_status IN ('needs_reconnect', 'needs_action')`)
      .get() as { n: number };
    expect(disconnections.n).toBe(0);

    kit.sim.control.clearFaults();
    // 125 sweeps also spent X's real 75-per-15-minutes window for /2/users/me: wait it out, as the scheduler would.
    kit.sim.control.advanceTime(16 * 60_000);
    await kit.core.validation.checkNow();
    for (const account of kit.core.accounts.list())
      expect({ id: account.id, status: account.status, reason: account.reason }).toEqual({ id: account.id, status: 'connected', reason: null });
  }, 180_000);
});
