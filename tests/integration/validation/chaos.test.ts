/**
 * Chaos: 500 grant checks while 30% of requests fail in every transient way the networks have (5xx, HTML pages,
 * 429 storms, timeouts, connection resets, cut-off bodies, Graph transient codes delivered as 401) produce zero
 * disconnections; once the faults stop, one sweep brings every account back to connected. The same holds across
 * X's 2-hour token expiries while X's token endpoint itself fails half the time, so refreshes fail and retry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS } from '../../fixtures/simulator/simulator-kit';
import { startEngineKit, type EngineKit } from '../../fixtures/validation/engine-kit';
import type { FaultSpecInput } from '../../../main/simulator/faults/fault.schema';

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

function disconnections(): number {
  const row = kit.core.db
    .prepare(`SELECT COUNT(*) AS n FROM events WHERE kind = 'status_changed' AND to_status IN ('needs_reconnect', 'needs_action')`)
    .get() as { n: number };
  return row.n;
}

/** Seven kinds of fault, equally likely, adding up to a `share` chance that a matching request fails. */
function transientFaults(share: number, where: Partial<FaultSpecInput> = {}): FaultSpecInput[] {
  const each = 1 - Math.pow(1 - share, 1 / 7);
  return [
    { type: 'http_error', status: 503, body: 'json', probability: each },
    { type: 'http_error', status: 502, body: 'html', probability: each },
    { type: 'rate_limit', graphCode: 4, xVariant: 'window', probability: each },
    { type: 'timeout', holdMs: 2_000, probability: each },
    { type: 'connection_reset', probability: each },
    { type: 'malformed_json', probability: each },
    { type: 'graph_transient', code: 2, httpStatus: 401, isTransient: true, network: 'facebook', probability: each },
  ].map((f) => ({ ...f, ...where }) as FaultSpecInput);
}

describe('chaos', () => {
  it('turns no transient failure into a disconnection, and recovers fully', async () => {
    kit.sim.control.setFaults(transientFaults(FAULT_SHARE));
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
    expect(disconnections()).toBe(0);

    kit.sim.control.clearFaults();
    // 125 sweeps also spent X's real 75-per-15-minutes window for /2/users/me: wait it out, as the scheduler would.
    kit.sim.control.advanceTime(16 * 60_000);
    await kit.core.validation.checkNow();
    for (const account of kit.core.accounts.list())
      expect({ id: account.id, status: account.status, reason: account.reason }).toEqual({ id: account.id, status: 'connected', reason: null });
  }, 180_000);

  it('turns no failed X refresh into a disconnection across six hours of token expiries', async () => {
    const X_GRANTS = 2;
    // The token endpoint fails half the time (checked first, so its own dice decide); everything else 30%.
    kit.sim.control.setFaults([...transientFaults(0.5, { network: 'x', pathPrefix: '/2/oauth2/token' }), ...transientFaults(FAULT_SHARE)]);
    const tokenCalls = () => kit.sim.control.requests().filter((r) => r.url.startsWith('/2/oauth2/token'));
    const before = tokenCalls().length;
    const refreshedBefore = (kit.core.db.prepare(`SELECT COUNT(*) AS n FROM events WHERE kind = 'token_refreshed'`).get() as { n: number }).n;
    // 18 rounds of 20 minutes: each X access token (2 hours) expires three times, and each round checks everything.
    for (let round = 0; round < 18; round += 1) {
      kit.sim.control.advanceTime(20 * 60_000);
      await kit.core.validation.checkNow();
      for (const account of kit.core.accounts.list())
        expect(['connected', 'expiring', 'unverified'], `${account.id} ${account.reason}`).toContain(account.status);
    }
    const calls = tokenCalls().slice(before);
    const refreshed = (kit.core.db.prepare(`SELECT COUNT(*) AS n FROM events WHERE kind = 'token_refreshed'`).get() as { n: number }).n - refreshedBefore;
    // Refreshes really failed, and really succeeded: each X grant renewed its tokens more than once.
    expect(calls.filter((c) => c.fault !== null && c.fault !== 'latency').length).toBeGreaterThan(0);
    expect(refreshed).toBeGreaterThanOrEqual(2 * X_GRANTS);
    expect(disconnections()).toBe(0);

    kit.sim.control.clearFaults();
    kit.sim.control.advanceTime(16 * 60_000);
    await kit.core.validation.checkNow();
    for (const account of kit.core.accounts.list())
      expect({ id: account.id, status: account.status, reason: account.reason }).toEqual({ id: account.id, status: 'connected', reason: null });
  }, 180_000);
});
