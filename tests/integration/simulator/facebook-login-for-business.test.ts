/**
 * The simulated login dialog of today's Business app (Facebook Login for Business) over real HTTP: a scope-only
 * request is refused, a `config_id` is accepted, its permissions come together, the token redirect carries a
 * long-lived token, a system-user configuration issues a non-expiring SYSTEM_USER token through the code flow, and an
 * http redirect is blocked while Enforce HTTPS is on.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../main/simulator';
import { IDS, call, graph, graphError, startTestSimulator, testWorld, type HttpResult } from '../../fixtures/simulator/simulator-kit';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

const PATH = '/v24.0/dialog/oauth';
const PERMISSIONS = [
  'pages_show_list',
  'pages_read_engagement',
  'pages_manage_posts',
  'business_management',
  'instagram_basic',
  'instagram_content_publish',
  'ads_read',
];

function query(extra: Record<string, string>): URLSearchParams {
  return new URLSearchParams({ client_id: IDS.appId, redirect_uri: IDS.fbRedirect, state: 'st-9', ...extra });
}

/** Logs in as Ada and presses Continue; returns the consent page and the final redirect. */
async function consentAndContinue(q: URLSearchParams, form: [string, string][] = []): Promise<{ consent: HttpResult; location: URL }> {
  const post = (body: [string, string][], cookie = ''): Promise<HttpResult> =>
    call(`${sim.url}${PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams(body).toString(),
    });
  const login = await post([
    ['sim_query', q.toString()],
    ['sim_action', 'login'],
    ['sim_user', IDS.ada],
  ]);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const consent = await call(`${sim.url}${PATH}?${q}`, { headers: { cookie } });
  const done = await post([['sim_query', q.toString()], ['sim_user', IDS.ada], ['sim_action', 'continue'], ...form], cookie);
  expect(done.status).toBe(302);
  return { consent, location: new URL(done.headers.get('location') ?? '') };
}

describe('a Business app with Facebook Login for Business', () => {
  it('refuses a dialog asked with scope only: "It looks like this app isn\'t available"', async () => {
    const res = await call(`${sim.url}${PATH}?${query({ scope: 'public_profile,pages_show_list', response_type: 'token' })}`);
    expect(res.headers.get('location')).toBeNull();
    expect(res.text).toContain('It looks like this app isn&#39;t available');
    expect(res.text).toContain('This app needs at least one supported permission.');
  });

  it('refuses a config_id the app does not have', async () => {
    const res = await call(`${sim.url}${PATH}?${query({ config_id: '123456789', response_type: 'token' })}`);
    expect(res.text).toContain('It looks like this app isn&#39;t available');
  });

  it('asks for every permission of the configuration together, and answers a token redirect with long_lived_token', async () => {
    const { consent, location } = await consentAndContinue(query({ config_id: IDS.userTokenConfig, response_type: 'token' }), [
      // Unticking is not possible: a stray scope field changes nothing.
      ['scope', 'pages_show_list'],
      ['page', IDS.alphaPage],
    ]);
    expect(consent.text).toContain('(pages_manage_posts)');
    expect(consent.text).not.toContain('name="scope"');
    expect(`${location.origin}${location.pathname}`).toBe(IDS.fbRedirect);
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect([...fragment.keys()]).toEqual(['access_token', 'data_access_expiration_time', 'expires_in', 'long_lived_token', 'state']);
    const short = fragment.get('access_token') ?? '';
    const long = fragment.get('long_lived_token') ?? '';
    expect(long).not.toBe(short);
    const inspect = await graph(sim, '/debug_token', { input_token: long, access_token: sim.control.appToken() });
    const data = (inspect.json as { data: { type: string; expires_at: number; scopes: string[] } }).data;
    expect(data.type).toBe('USER');
    // About 60 days (5183944 s), counted from the simulator's clock.
    expect(data.expires_at * 1000 - sim.control.now()).toBeGreaterThan(59 * 86_400_000);
    expect(data.scopes.sort()).toEqual(['public_profile', ...PERMISSIONS].sort());
    const accounts = await graph(sim, '/me/accounts', { access_token: long, fields: 'id' });
    expect((accounts.json as { data: { id: string }[] }).data.map((p) => p.id)).toEqual([IDS.alphaPage]);
  });

  it('issues a system-user token that never expires through the code flow of a system-user configuration', async () => {
    const q = query({ config_id: IDS.systemUserConfig, response_type: 'code' });
    const { location } = await consentAndContinue(q);
    const code = location.searchParams.get('code') ?? '';
    const exchanged = await graph(sim, '/oauth/access_token', { client_id: IDS.appId, client_secret: IDS.appSecret, redirect_uri: IDS.fbRedirect, code });
    expect(exchanged.json).toEqual({ access_token: expect.stringMatching(/^EAA/), token_type: 'bearer' });
    const token = (exchanged.json as { access_token: string }).access_token;
    const inspect = await graph(sim, '/debug_token', { input_token: token, access_token: sim.control.appToken() });
    expect((inspect.json as { data: object }).data).toMatchObject({ type: 'SYSTEM_USER', expires_at: 0, is_valid: true });
    // Years later it still answers.
    sim.control.advanceTime(400 * 86_400_000);
    expect((await graph(sim, '/me', { access_token: token })).status).toBe(200);
    const extended = await graph(sim, '/oauth/access_token', {
      grant_type: 'fb_exchange_token',
      client_id: IDS.appId,
      client_secret: IDS.appSecret,
      fb_exchange_token: token,
    });
    expect(graphError(extended)).toMatchObject({ code: 100 });
  });

  it('refuses a token redirect for a system-user configuration', async () => {
    const res = await call(`${sim.url}${PATH}?${query({ config_id: IDS.systemUserConfig, response_type: 'token' })}`);
    expect(res.status).toBe(400);
    expect(res.text).toContain('need response_type=code');
  });
});

describe('Enforce HTTPS', () => {
  it('blocks an http redirect even when it is registered, and lets the simulator stand for https://www.facebook.com', async () => {
    const world = testWorld();
    const local = await startTestSimulator(43, { ...world, meta: { ...world.meta, redirectUris: [...world.meta.redirectUris, 'http://127.0.0.1:8765/fb'] } });
    try {
      const blocked = await call(
        `${local.url}${PATH}?${query({ config_id: IDS.userTokenConfig, response_type: 'token', redirect_uri: 'http://127.0.0.1:8765/fb' })}`,
      );
      expect(blocked.status).toBe(400);
      expect(blocked.text).toContain('Insecure Login Blocked');
      expect(blocked.text).toContain('get an access token or log in to this app from an insecure page.');
      expect(blocked.text).toContain('Try re-loading the page as https://');
      const own = await call(
        `${local.url}${PATH}?${query({ config_id: IDS.userTokenConfig, response_type: 'token', redirect_uri: `${local.url}/connect/login_success.html` })}`,
      );
      expect(own.status).toBe(200);
      expect(own.text).toContain('Log in to Facebook');
    } finally {
      await local.close();
    }
  });
});
