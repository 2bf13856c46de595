/** Disconnecting an X login at X: the refresh token first (it ends the login), then the access token. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTwitterProvider } from '../../../../../../main/core/providers/twitter/twitter.provider';
import { endpointsAt } from '../../../../../../main/core/providers/network-endpoints';
import { RateLimitGovernor } from '../../../../../../main/core/providers/rate-limit-governor';
import type { FetchFn } from '../../../../../../main/core/providers/http/provider-http';
import type { SocialProvider } from '../../../../../../main/core/providers/provider';
import type { TokenSet } from '../../../../../../main/core/secrets/token-set.codec';
import type { RunningSimulator } from '../../../../../../main/simulator';
import { IDS, startTestSimulator, usersMe } from '../../../../../fixtures/simulator/simulator-kit';
import { X_SCOPES } from '../../../../../../main/core/providers/twitter/x-scopes';
import { tokenSet } from '../../../../../../main/app/demo/open-demo-core';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

function provider(fetchFn: FetchFn = (input, init) => fetch(input, init)): SocialProvider {
  return createTwitterProvider({
    fetch: fetchFn,
    clock: { now: () => sim.control.now() },
    governor: new RateLimitGovernor(),
    endpoints: endpointsAt(sim.url),
    apps: { metaAppId: null, metaAppSecret: () => Promise.resolve(null), xClientId: IDS.xClientId },
    timeoutMs: 5_000,
  });
}

function mint(): TokenSet {
  const minted = sim.control.mintXTokens(IDS.alphaX, { scopes: [...X_SCOPES] });
  return tokenSet(minted.accessToken, minted.refreshToken, minted.expiresIn, X_SCOPES, sim.control.now());
}

const refreshWith = (tokens: TokenSet) => provider().refresh?.(tokens);

describe('X provider: revoke', () => {
  it('revokes both tokens: the login is gone and its access token stops working', async () => {
    const tokens = mint();
    expect(await provider().revoke(tokens)).toEqual({ kind: 'revoked' });
    expect((await usersMe(sim, tokens.accessToken)).status).toBe(401);
    expect(await refreshWith(tokens)).toMatchObject({ kind: 'failed', classification: { permanent: true } });
  });

  it('says the login is gone when the refresh token is revoked and the access-token call then fails', async () => {
    const tokens = mint();
    let revokes = 0;
    // The first revoke reaches X; X's endpoint fails from then on (a real 503 from the simulator).
    const sequenced: FetchFn = async (input, init) => {
      const response = await fetch(input, init);
      if (input.endsWith('/2/oauth2/revoke') && ++revokes === 1)
        sim.control.addFault({ type: 'http_error', status: 503, network: 'x', pathPrefix: '/2/oauth2/revoke' });
      return response;
    };
    const outcome = await provider(sequenced).revoke(tokens);
    expect(revokes).toBe(2);
    expect(outcome.kind).toBe('revoked');
    expect(outcome.kind === 'revoked' ? outcome.detail : null).toMatch(
      /^X ended this login\. Its last access token could not be revoked and stops working by itself within two hours/,
    );
    sim.control.clearFaults();
    // X really ended the login: the refresh token is refused.
    expect(await refreshWith(tokens)).toMatchObject({ kind: 'failed', classification: { permanent: true } });
  });

  it('reports "not revoked" when the refresh token itself could not be revoked', async () => {
    sim.control.addFault({ type: 'http_error', status: 503, network: 'x', pathPrefix: '/2/oauth2/revoke' });
    const outcome = await provider().revoke(mint());
    expect(outcome).toMatchObject({ kind: 'not_revoked', detail: 'X answered HTTP 503' });
  });
});
