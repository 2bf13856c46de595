/**
 * Permission errors that arrive as HTTP 5xx (snarfed/bridgy#437: code 200 with HTTP 500): the check asks that one
 * operation again, and a second identical answer is reported with its reason instead of "can't verify" forever.
 * The simulator plays the 500 with its `graph_status` fault; a one-off 500 is played by a fetch that rewrites the
 * first batch's answer for one Page and lets the re-check through.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFacebookProvider } from '../../../../../../main/core/providers/facebook/facebook.provider';
import { endpointsAt } from '../../../../../../main/core/providers/network-endpoints';
import { RateLimitGovernor } from '../../../../../../main/core/providers/rate-limit-governor';
import type { FetchFn } from '../../../../../../main/core/providers/http/provider-http';
import { FACEBOOK_LOGIN_SCOPES } from '../../../../../../main/core/providers/facebook/facebook-scopes';
import type { RunningSimulator } from '../../../../../../main/simulator';
import { IDS, startTestSimulator } from '../../../../../fixtures/simulator/simulator-kit';
import { adaGrant } from '../../../../../fixtures/simulator/ada-grant';

// The captured body (snarfed/bridgy#437), sent with HTTP 500.
const PERMISSIONS_ERROR_500 = { code: 500, body: JSON.stringify({ error: { message: 'Permissions error', type: 'FacebookApiException', code: 200 } }) };

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

/** Counts the batches sent, and lets `rewrite` change the answers of the first one. */
function counting(batches: string[][], rewrite?: (envelopes: Array<{ code: number; body: string }>) => void): FetchFn {
  return async (input, init) => {
    const form = typeof init?.body === 'string' ? new URLSearchParams(init.body) : null;
    const batch = form?.get('batch');
    if (!batch) return fetch(input, init);
    batches.push((JSON.parse(batch) as Array<{ relative_url: string }>).map((op) => op.relative_url.split('?')[0] ?? ''));
    const response = await fetch(input, init);
    if (!rewrite || batches.length > 1) return response;
    const envelopes = (await response.json()) as Array<{ code: number; body: string }>;
    rewrite(envelopes);
    return new Response(JSON.stringify(envelopes), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

function provider(fetchFn: FetchFn) {
  return createFacebookProvider({
    fetch: fetchFn,
    clock: { now: () => sim.control.now() },
    governor: new RateLimitGovernor(),
    endpoints: endpointsAt(sim.url),
    apps: { metaAppId: null, metaAppSecret: () => Promise.resolve(null), xClientId: null },
    timeoutMs: 5_000,
  });
}

describe('a permission error delivered as HTTP 500', () => {
  it('is confirmed by one targeted re-check and reported as missing_permissions, saying so on the support line', async () => {
    const grant = adaGrant(
      sim,
      FACEBOOK_LOGIN_SCOPES.filter((s) => s !== 'pages_read_engagement'),
    );
    // Every (#10) permission error goes out as HTTP 500, as in the capture.
    sim.control.addFault({ type: 'graph_status', network: 'facebook', code: 10, httpStatus: 500 });
    const batches: string[][] = [];
    const report = await provider(counting(batches)).validate(grant);
    const page = report.accounts.get(IDS.alphaPage);
    expect(page).toMatchObject({ kind: 'problem', classification: { reason: 'missing_permissions', permanent: true, reconnectFixes: true } });
    expect(page?.kind === 'problem' && page.classification.provider).toMatchObject({ code: 10, signal: 'the same error on a second, single request' });
    // One re-check batch, holding only the two Page reads that answered 500.
    expect(batches).toHaveLength(2);
    expect(batches[1]).toEqual([IDS.alphaPage, IDS.betaPage]);
  });

  it('that does not come back is a hiccup: the re-check’s own answer stands', async () => {
    const grant = adaGrant(sim, FACEBOOK_LOGIN_SCOPES);
    const batches: string[][] = [];
    const alphaRead = 3; // me, permissions, accounts, then the Pages in grant order
    const report = await provider(counting(batches, (envelopes) => (envelopes[alphaRead] = PERMISSIONS_ERROR_500))).validate(grant);
    expect(batches[1]).toEqual([IDS.alphaPage]);
    expect(report.accounts.get(IDS.alphaPage)).toMatchObject({ kind: 'ok' });
  });

  it('is not re-checked when Graph itself says it is transient, and nothing else is re-checked', async () => {
    const grant = adaGrant(sim, FACEBOOK_LOGIN_SCOPES);
    const transient500 = {
      code: 500,
      body: JSON.stringify({ error: { message: 'Permissions error', type: 'OAuthException', code: 200, is_transient: true } }),
    };
    const batches: string[][] = [];
    const report = await provider(counting(batches, (envelopes) => (envelopes[3] = transient500))).validate(grant);
    expect(batches).toHaveLength(1);
    expect(report.accounts.get(IDS.alphaPage)).toMatchObject({ kind: 'problem', classification: { reason: 'transient_provider_error' } });
    const healthy: string[][] = [];
    await provider(counting(healthy)).validate(grant);
    expect(healthy).toHaveLength(1);
  });
});
