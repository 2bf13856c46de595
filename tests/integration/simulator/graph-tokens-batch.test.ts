/** /debug_token, /oauth/access_token (code and long-lived exchanges) and Graph batch requests. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../main/simulator';
import { IDS, call, graph, graphError, startTestSimulator } from '../../fixtures/simulator/simulator-kit';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

type DebugData = Record<string, unknown> & { error?: { code: number; subcode?: number } };
async function debug(input: string, accessToken = sim.control.appToken()): Promise<DebugData> {
  const res = await graph(sim, '/debug_token', { input_token: input, access_token: accessToken });
  expect(res.status).toBe(200);
  return (res.json as { data: DebugData }).data;
}

describe('/debug_token', () => {
  it('describes a user token: type, expiry, data access, scopes and granular scopes', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada, { scopes: ['pages_show_list', 'instagram_basic'], pageIds: [IDS.alphaPage] });
    const data = await debug(ada.accessToken);
    const now = Math.floor(sim.control.now() / 1000);
    expect(data).toMatchObject({ app_id: Number(IDS.appId), type: 'USER', application: 'Tether Test', is_valid: true, user_id: IDS.ada });
    expect(data.expires_at).toBeGreaterThan(now + 59 * 86400);
    expect(data.data_access_expires_at).toBeGreaterThan(now + 89 * 86400);
    expect(data.scopes).toEqual(expect.arrayContaining(['public_profile', 'pages_show_list', 'instagram_basic']));
    expect(data.granular_scopes).toEqual(
      expect.arrayContaining([
        { scope: 'pages_show_list', target_ids: [IDS.alphaPage] },
        { scope: 'instagram_basic', target_ids: [IDS.alphaIg] },
        { scope: 'public_profile' },
      ]),
    );
  });

  it('reports expires_at 0 for a Page token from a long-lived login', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    const data = await debug(ada.pageTokens[IDS.alphaPage] ?? '');
    expect(data).toMatchObject({ type: 'PAGE', expires_at: 0, is_valid: true, profile_id: IDS.alphaPage, user_id: IDS.ada });
  });

  it('shows is_valid false with the error inside data once a scenario hits the token', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    sim.control.apply({ scenario: 'app_removed', target: IDS.ada });
    const data = await debug(ada.accessToken);
    expect(data.is_valid).toBe(false);
    expect(data.error).toMatchObject({ code: 190, subcode: 458 });
    expect(await debug('EAAunknown')).toEqual({ error: { code: 190, message: 'The access token could not be decrypted' }, is_valid: false, scopes: [] });
  });

  it('needs an app token', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    const asUser = await graph(sim, '/debug_token', { input_token: ada.accessToken, access_token: ada.accessToken });
    expect(graphError(asUser)).toMatchObject({
      code: 100,
      message: '(#100) You must provide an app access token, or a user access token that is an owner or developer of the app',
    });
    const badSecret = await graph(sim, '/debug_token', { input_token: ada.accessToken, access_token: `${IDS.appId}|wrong` });
    expect(graphError(badSecret).code).toBe(190);
  });
});

describe('/oauth/access_token', () => {
  it('exchanges a user token for a ~60-day one with the app secret, and refuses a wrong secret or a dead token', async () => {
    const short = sim.control.mintFacebookUserToken(IDS.ada, { longLived: false });
    const base = { grant_type: 'fb_exchange_token', client_id: IDS.appId, fb_exchange_token: short.accessToken };
    const ok = await graph(sim, '/oauth/access_token', { ...base, client_secret: IDS.appSecret });
    expect(ok.json).toEqual({ access_token: expect.stringMatching(/^EAA/), token_type: 'bearer', expires_in: 5183944 });
    const wrong = await graph(sim, '/oauth/access_token', { ...base, client_secret: 'nope' });
    expect(graphError(wrong)).toMatchObject({ code: 1, message: 'Error validating client secret.' });
    expect(wrong.status).toBe(400);
    sim.control.advanceTime(3 * 3600 * 1000);
    const expired = await graph(sim, '/oauth/access_token', { ...base, client_secret: IDS.appSecret });
    expect(graphError(expired)).toMatchObject({ code: 190, error_subcode: 463 });
    const longToken = (ok.json as { access_token: string }).access_token;
    expect((await graph(sim, '/me', { access_token: longToken })).status).toBe(200);
  });

  it('rejects unknown client ids and bad codes', async () => {
    const res = await graph(sim, '/oauth/access_token', { client_id: '1', client_secret: 'x', code: 'AQbad', redirect_uri: IDS.fbRedirect });
    expect(graphError(res)).toMatchObject({ code: 101 });
    const bad = await graph(sim, '/oauth/access_token', { client_id: IDS.appId, client_secret: IDS.appSecret, code: 'AQbad', redirect_uri: IDS.fbRedirect });
    expect(graphError(bad)).toMatchObject({ code: 100, message: 'Invalid verification code format.' });
  });
});

describe('batch requests', () => {
  type Envelope = { code: number; headers?: { name: string; value: string }[]; body: string };

  it('answers each operation with {code, headers, body as a JSON string}, in order', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    const batch = JSON.stringify([
      { method: 'GET', relative_url: 'me' },
      { method: 'GET', relative_url: 'me/accounts?fields=id,tasks' },
      { method: 'GET', relative_url: `${IDS.alphaPage}?fields=id,is_published`, access_token: ada.pageTokens[IDS.alphaPage] },
      { method: 'GET', relative_url: 'me?fields=nope' },
    ]);
    const res = await call(`${sim.url}/v24.0/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ batch, access_token: ada.accessToken }).toString(),
    });
    expect(res.status).toBe(200);
    const out = res.json as Envelope[];
    expect(out.map((o) => o.code)).toEqual([200, 200, 200, 400]);
    expect(JSON.parse(out[0]?.body ?? '')).toEqual({ name: 'Ada Lovelace', id: IDS.ada });
    expect((JSON.parse(out[1]?.body ?? '') as { data: unknown[] }).data).toHaveLength(2);
    expect(JSON.parse(out[2]?.body ?? '')).toEqual({ id: IDS.alphaPage, is_published: true });
    expect((JSON.parse(out[3]?.body ?? '') as { error: { code: number } }).error.code).toBe(100);
    expect(out[0]?.headers).toContainEqual({ name: 'content-type', value: 'application/json; charset=UTF-8' });
    expect(out[0]?.headers?.some((h) => h.name === 'x-app-usage')).toBe(true);
  });

  it('takes a JSON body at POST /, omits headers on include_headers=false, counts each operation', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    const ops = Array.from({ length: 5 }, () => ({ method: 'GET', relative_url: 'me' }));
    const res = await call(`${sim.url}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ batch: ops, access_token: ada.accessToken, include_headers: false }),
    });
    const out = res.json as Envelope[];
    expect(out).toHaveLength(5);
    expect(out[0]).toEqual({ code: 200, body: JSON.stringify({ name: 'Ada Lovelace', id: IDS.ada }) });
    expect(sim.control.counters().graph[`user:${IDS.ada}`]?.callsLastHour).toBe(5);
  });

  it('refuses more than 50 operations', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    const batch = JSON.stringify(Array.from({ length: 51 }, () => ({ method: 'GET', relative_url: 'me' })));
    const res = await call(`${sim.url}/v24.0/`, { method: 'POST', body: new URLSearchParams({ batch, access_token: ada.accessToken }) });
    expect(res.status).toBe(400);
    expect(graphError(res)).toMatchObject({ code: 100, message: '(#100) Too many requests in batch message. Maximum batch size is 50' });
  });
});
