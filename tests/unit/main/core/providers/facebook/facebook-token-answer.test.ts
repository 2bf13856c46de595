/**
 * Turning the login dialog's answer into a login, against the simulator's real token endpoints: what kind of token it
 * is comes from Facebook's answers (debug_token), never from a guess; `long_lived_token` is taken when it is there;
 * `data_access_expiration_time=0` is unknown, not "expired in 1970"; a code without the App Secret is said plainly.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { facebookExchange } from '../../../../../../main/core/providers/facebook/facebook-token-answer';
import { endpointsAt } from '../../../../../../main/core/providers/network-endpoints';
import { RateLimitGovernor } from '../../../../../../main/core/providers/rate-limit-governor';
import type { ProviderDeps } from '../../../../../../main/core/providers/provider';
import type { RunningSimulator } from '../../../../../../main/simulator';
import { IDS, startTestSimulator } from '../../../../../fixtures/simulator/simulator-kit';

let sim: RunningSimulator;
let asked: string[];
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.control.reset();
  asked = [];
});

function deps(secret: string | null): ProviderDeps {
  return {
    fetch: (input, init) => {
      asked.push(new URL(input).pathname);
      return fetch(input, init);
    },
    clock: { now: () => sim.control.now() },
    governor: new RateLimitGovernor(),
    endpoints: endpointsAt(sim.url),
    apps: { metaAppId: IDS.appId, metaConfigId: IDS.userTokenConfig, metaAppSecret: () => Promise.resolve(secret), xClientId: null },
    timeoutMs: 5_000,
  };
}

const context = { redirectUri: IDS.fbRedirect };
const DAY = 86_400_000;
/** The simulator's clock runs with real time: "now" moves a little while a test runs. */
const near = (actual: number | null | undefined, expected: number): void => expect(Math.abs((actual ?? 0) - expected)).toBeLessThan(5_000);

describe('the token redirect', () => {
  it('takes long_lived_token over the short token; without the App Secret its lifetime is Meta’s ~60 days, and a 0 data-access time is unknown', async () => {
    const short = sim.control.mintFacebookUserToken(IDS.ada, { longLived: false }).accessToken;
    const long = sim.control.mintFacebookUserToken(IDS.ada, { longLived: true }).accessToken;
    const params = new URLSearchParams({ access_token: short, long_lived_token: long, expires_in: '4815', data_access_expiration_time: '0', state: 'S' });
    const outcome = await facebookExchange(deps(null), params, context);
    if (outcome.kind !== 'tokens') throw new Error(JSON.stringify(outcome));
    expect(outcome.lifetime).toBe('long');
    expect(outcome.tokens.accessToken).toBe(long);
    near(outcome.tokens.accessExpiresAt, sim.control.now() + 60 * DAY);
    expect(outcome.tokens.dataAccessExpiresAt).toBeNull();
    expect(asked).not.toContain('/v24.0/oauth/access_token');
  });

  it('with the App Secret, debug_token gives the long-lived token’s exact expiry', async () => {
    const minted = sim.control.mintFacebookUserToken(IDS.ada, { longLived: true });
    const params = new URLSearchParams({ access_token: 'EAAshort', long_lived_token: minted.accessToken, data_access_expiration_time: '1900000000' });
    const outcome = await facebookExchange(deps(IDS.appSecret), params, context);
    if (outcome.kind !== 'tokens') throw new Error(JSON.stringify(outcome));
    near(outcome.tokens.accessExpiresAt, sim.control.now() + minted.expiresIn * 1000);
    expect(outcome.tokens.dataAccessExpiresAt).toBe(1_900_000_000_000);
    expect(asked).toContain('/v24.0/debug_token');
  });

  it('without a long-lived token and without the secret, the short token is the login, and says so', async () => {
    const short = sim.control.mintFacebookUserToken(IDS.ada, { longLived: false }).accessToken;
    const outcome = await facebookExchange(deps(null), new URLSearchParams({ access_token: short, expires_in: '3600' }), context);
    expect(outcome).toMatchObject({ kind: 'tokens', lifetime: 'short', tokens: { accessToken: short } });
    near(outcome.kind === 'tokens' ? outcome.tokens.accessExpiresAt : null, sim.control.now() + 3_600_000);
  });
});

describe('the code redirect', () => {
  it('a code without the App Secret is a plain "add the App Secret", and nothing is asked of Facebook', async () => {
    const outcome = await facebookExchange(deps(null), new URLSearchParams({ code: 'AQcode', state: 'S' }), context);
    expect(outcome).toMatchObject({ kind: 'failed', failure: 'not_set_up' });
    expect(outcome.kind === 'failed' ? outcome.detail : '').toContain('App Secret');
    expect(asked).toEqual([]);
  });

  it('a code Facebook no longer accepts is refused with Facebook’s words, and nothing else is asked', async () => {
    const outcome = await facebookExchange(deps(IDS.appSecret), new URLSearchParams({ code: 'AQnot-a-code' }), context);
    expect(outcome).toMatchObject({ kind: 'failed', failure: 'refused' });
    expect(asked).toEqual(['/v24.0/oauth/access_token']);
  });
});
