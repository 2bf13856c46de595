/**
 * The Facebook check when Graph refuses a whole batch for its top-level (user) token: Pages are still judged by
 * their own Page tokens. The simulator answers each operation with its own token, so a Graph that refuses the whole
 * batch instead (UNVERIFIED either way) is played by a fetch that refuses any batch sent with the user's token.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFacebookProvider } from '../../../../../../main/core/providers/facebook/facebook.provider';
import { endpointsAt } from '../../../../../../main/core/providers/network-endpoints';
import { RateLimitGovernor } from '../../../../../../main/core/providers/rate-limit-governor';
import type { FetchFn } from '../../../../../../main/core/providers/http/provider-http';
import type { GrantInput } from '../../../../../../main/core/providers/provider';
import { FACEBOOK_LOGIN_SCOPES } from '../../../../../../main/core/providers/facebook/facebook-scopes';
import type { RunningSimulator } from '../../../../../../main/simulator';
import { IDS, startTestSimulator } from '../../../../../fixtures/simulator/simulator-kit';
import { adaGrant as adaFacebookGrant } from '../../../../../fixtures/simulator/ada-grant';

// Graph's answer to an expired user token (provider-api-facts a.4, 463; snarfed/bridgy#59).
const EXPIRED = JSON.stringify({
  error: { message: 'Error validating access token: Session has expired on Monday, 01-Dec-26.', type: 'OAuthException', code: 190, error_subcode: 463 },
});

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

const adaGrant = (): GrantInput => adaFacebookGrant(sim, FACEBOOK_LOGIN_SCOPES);

/** Refuses, as a whole, every batch whose own token is `userToken`; counts the batches sent. */
function refusingBatchesOf(userToken: string, sent: string[]): FetchFn {
  return async (input, init) => {
    const body = typeof init?.body === 'string' ? new URLSearchParams(init.body) : null;
    const top = body?.get('access_token') ?? '';
    if (body?.has('batch')) sent.push(top === userToken ? 'user' : 'page');
    if (body?.has('batch') && top === userToken) return new Response(EXPIRED, { status: 400, headers: { 'content-type': 'application/json' } });
    return fetch(input, init);
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

describe('a batch refused for the person’s token', () => {
  it('asks the Page operations again with a Page token, so Pages stay connected and the rest read as expired', async () => {
    const grant = adaGrant();
    const sent: string[] = [];
    const report = await provider(refusingBatchesOf(grant.tokens.accessToken, sent)).validate(grant);
    expect(sent).toEqual(['user', 'page']);
    expect(report.accounts.get(IDS.alphaPage)).toMatchObject({ kind: 'ok' });
    expect(report.accounts.get(IDS.betaPage)).toMatchObject({ kind: 'ok' });
    expect(report.accounts.get(IDS.alphaIg)).toMatchObject({ kind: 'problem', classification: { reason: 'token_expired' } });
  });

  it('does not retry a batch that failed for a transient reason', async () => {
    const grant = adaGrant();
    const sent: string[] = [];
    const flaky: FetchFn = async (input, init) => {
      if (typeof init?.body === 'string' && new URLSearchParams(init.body).has('batch')) {
        sent.push('batch');
        return new Response('<html>Bad gateway</html>', { status: 502 });
      }
      return fetch(input, init);
    };
    const report = await provider(flaky).validate(grant);
    expect(sent).toEqual(['batch']);
    expect(report.accounts.get(IDS.alphaPage) ?? report.grant).toMatchObject({ kind: 'problem', classification: { permanent: false } });
  });
});
