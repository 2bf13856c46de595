/**
 * A refresh that fails is judged by why it failed: an X token endpoint that is down or slow leaves the account
 * unverified (never disconnected), whether the refresh was due or was the double-check of a bare 401; an X app
 * X refuses (invalid_client, unauthorized_client) is `app_misconfigured`, not an expired login.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FaultSpecInput } from '../../../main/simulator/faults/fault.schema';
import { IDS } from '../../fixtures/simulator/simulator-kit';
import { startEngineKit, type EngineKit } from '../../fixtures/validation/engine-kit';

const TWO_HOURS = 2 * 3_600_000;
let kit: EngineKit;

beforeEach(async () => {
  kit = await startEngineKit({ timeoutMs: 300 });
  await kit.connectX(IDS.alphaX);
});
afterEach(() => kit.close());

const onTokenEndpoint = (fault: FaultSpecInput): FaultSpecInput => ({ ...fault, network: 'x', pathPrefix: '/2/oauth2/token' });
const OUTAGES: ReadonlyArray<readonly [string, FaultSpecInput]> = [
  ['a 503', { type: 'http_error', status: 503, body: 'json' }],
  ['a 502 HTML page', { type: 'http_error', status: 502, body: 'html' }],
  ['a timeout', { type: 'timeout', holdMs: 2_000 }],
  ['a connection reset', { type: 'connection_reset' }],
];

function disconnections(): number {
  const row = kit.core.db
    .prepare(`SELECT COUNT(*) AS n FROM events WHERE kind = 'status_changed' AND to_status IN ('needs_reconnect', 'needs_action')`)
    .get() as { n: number };
  return row.n;
}

describe('a failed X refresh', () => {
  it.each(OUTAGES)('with an expired access token and %s from the token endpoint leaves the account unverified, then recovers', async (_name, fault) => {
    kit.sim.control.setFaults([onTokenEndpoint(fault)]);
    kit.sim.control.advanceTime(TWO_HOURS);
    await kit.core.validation.checkNow();
    expect(kit.account('twitter', IDS.alphaX)).toMatchObject({ status: 'unverified', reason: 'transient_provider_error' });
    kit.sim.control.clearFaults();
    await kit.core.validation.checkNow();
    expect(kit.account('twitter', IDS.alphaX)).toMatchObject({ status: 'connected', reason: null });
    expect(disconnections()).toBe(0);
  });

  it('confirming a bare 401 through a refresh that times out leaves the account unverified', async () => {
    // The access token dies early (401 about:blank, ambiguous), and the refresh meant to confirm it can't get through.
    kit.sim.control.apply({ scenario: 'x_access_token_expired', target: IDS.alphaX });
    kit.sim.control.setFaults([onTokenEndpoint({ type: 'timeout', holdMs: 2_000 })]);
    await kit.core.validation.checkNow();
    expect(kit.account('twitter', IDS.alphaX)).toMatchObject({ status: 'unverified', reason: 'transient_provider_error' });
    kit.sim.control.clearFaults();
    await kit.core.validation.checkNow();
    expect(kit.account('twitter', IDS.alphaX)).toMatchObject({ status: 'connected', reason: null });
    expect(disconnections()).toBe(0);
  });

  it('refused for the X app (invalid_client) is app_misconfigured, which reconnecting does not fix', async () => {
    kit.core.settings.update({ networkApps: { metaAppId: IDS.appId, xClientId: 'not-the-apps-client-id' } });
    kit.sim.control.advanceTime(TWO_HOURS);
    await kit.core.validation.checkNow();
    const calls = kit.sim.control.requests().filter((r) => r.url.startsWith('/2/oauth2/token'));
    expect(calls.map((c) => c.status)).toEqual([401]);
    expect(kit.account('twitter', IDS.alphaX)).toMatchObject({ status: 'needs_action', reason: 'app_misconfigured' });
  });

  it('refused with a spent refresh token is still token_expired', async () => {
    kit.sim.control.apply({ scenario: 'x_refresh_token_reused', target: IDS.alphaX });
    kit.sim.control.advanceTime(TWO_HOURS);
    await kit.core.validation.checkNow();
    expect(kit.account('twitter', IDS.alphaX)).toMatchObject({ status: 'needs_reconnect', reason: 'token_expired' });
  });
});
