/**
 * The simulated classic Facebook Login dialog (an app with the Facebook Login product, which takes `scope`) over real
 * HTTP: login, consent, Page picker, redirects, errors. Login for Business: facebook-login-for-business.test.ts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../main/simulator';
import { IDS, call, classicLoginWorld, graph, graphError, startTestSimulator, type HttpResult } from '../../fixtures/simulator/simulator-kit';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator(42, classicLoginWorld());
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

const SCOPES = 'public_profile,pages_show_list,pages_read_engagement,pages_manage_posts,instagram_basic';

function dialogQuery(extra: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({ client_id: IDS.appId, redirect_uri: IDS.fbRedirect, state: 'st-123', scope: SCOPES, response_type: 'token', ...extra });
}

/** A tiny cookie-keeping browser for the dialog's forms. */
class Browser {
  cookie = '';
  async get(path: string): Promise<HttpResult> {
    return this.keep(await call(`${sim.url}${path}`, { headers: { cookie: this.cookie } }));
  }
  async post(path: string, form: [string, string][]): Promise<HttpResult> {
    const body = new URLSearchParams(form).toString();
    return this.keep(
      await call(`${sim.url}${path}`, { method: 'POST', headers: { cookie: this.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body }),
    );
  }
  private keep(res: HttpResult): HttpResult {
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0] ?? '';
    return res;
  }
}

const PATH = '/v24.0/dialog/oauth';

async function logIn(browser: Browser, query: URLSearchParams, userId: string): Promise<HttpResult> {
  const login = await browser.post(PATH, [
    ['sim_query', query.toString()],
    ['sim_action', 'login'],
    ['sim_user', userId],
  ]);
  expect(login.status).toBe(302);
  return browser.get(login.headers.get('location') ?? '');
}

describe('response_type=token', () => {
  it('logs in, lets permissions and Pages be unticked, and redirects with the token in the fragment', async () => {
    const browser = new Browser();
    const query = dialogQuery({ return_scopes: 'true' });
    const first = await browser.get(`${PATH}?${query}`);
    expect(first.status).toBe(200);
    expect(first.text).toContain('Log in to Facebook');
    expect(first.text).toContain('Ada Lovelace');
    const consent = await logIn(browser, query, IDS.ada);
    expect(consent.text).toContain('Continue as Ada Lovelace?');
    expect(consent.text).toContain('value="pages_manage_posts" checked');
    expect(consent.text).toContain('Beta Books');
    const done = await browser.post(PATH, [
      ['sim_query', query.toString()],
      ['sim_user', IDS.ada],
      ['sim_action', 'continue'],
      ['scope', 'pages_show_list'],
      ['scope', 'pages_read_engagement'],
      ['scope', 'instagram_basic'],
      ['page', IDS.alphaPage],
    ]);
    expect(done.status).toBe(302);
    const location = new URL(done.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(IDS.fbRedirect);
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect([...fragment.keys()]).toEqual(['access_token', 'data_access_expiration_time', 'expires_in', 'granted_scopes', 'denied_scopes', 'state']);
    expect(fragment.get('state')).toBe('st-123');
    expect(fragment.get('expires_in')).toBe('7200');
    expect(fragment.get('denied_scopes')).toBe('pages_manage_posts');
    const token = fragment.get('access_token') ?? '';
    const perms = await graph(sim, '/me/permissions/pages_manage_posts', { access_token: token });
    expect(perms.json).toEqual({ data: [{ permission: 'pages_manage_posts', status: 'declined' }] });
    const accounts = await graph(sim, '/me/accounts', { access_token: token, fields: 'id' });
    expect((accounts.json as { data: { id: string }[] }).data.map((p) => p.id)).toEqual([IDS.alphaPage]);
  });

  it('does not ask for a declined permission again unless auth_type=rerequest', async () => {
    const browser = new Browser();
    const query = dialogQuery();
    await logIn(browser, query, IDS.ada);
    await browser.post(PATH, [
      ['sim_query', query.toString()],
      ['sim_user', IDS.ada],
      ['sim_action', 'continue'],
      ['scope', 'pages_show_list'],
    ]);
    const again = await browser.get(`${PATH}?${query}`);
    expect(again.text).not.toContain('value="pages_manage_posts"');
    const rerequest = await browser.get(`${PATH}?${dialogQuery({ auth_type: 'rerequest' })}`);
    expect(rerequest.text).toContain('value="pages_manage_posts"');
  });

  it('cancels with error_reason=user_denied in the query', async () => {
    const browser = new Browser();
    const query = dialogQuery();
    const res = await browser.post(PATH, [
      ['sim_query', query.toString()],
      ['sim_action', 'cancel'],
    ]);
    expect(res.headers.get('location')).toBe(
      `${IDS.fbRedirect}?error_reason=user_denied&error=access_denied&error_description=Permissions+error.&state=st-123`,
    );
  });

  it('logs in as a different user', async () => {
    const browser = new Browser();
    const query = dialogQuery();
    await logIn(browser, query, IDS.ada);
    const switched = await browser.post(PATH, [
      ['sim_query', query.toString()],
      ['sim_action', 'switch'],
    ]);
    expect(switched.status).toBe(302);
    const page = await browser.get(switched.headers.get('location') ?? '');
    expect(page.text).toContain('Log in to Facebook');
    const ben = await logIn(browser, query, IDS.ben);
    expect(ben.text).toContain('Continue as Ben Okafor?');
  });

  it('blocks a person held at a checkpoint', async () => {
    sim.control.apply({ scenario: 'checkpoint', target: IDS.ada });
    const browser = new Browser();
    const page = await logIn(browser, dialogQuery(), IDS.ada);
    expect(page.text).toContain('temporarily locked');
    expect(page.text).not.toContain('value="continue"');
  });
});

describe('response_type=code', () => {
  it('redirects with ?code=…&state=…#_=_ and the code is exchanged once, with the same redirect_uri', async () => {
    const browser = new Browser();
    const query = dialogQuery({ response_type: 'code' });
    await logIn(browser, query, IDS.ada);
    const done = await browser.post(PATH, [
      ['sim_query', query.toString()],
      ['sim_user', IDS.ada],
      ['sim_action', 'continue'],
      ['scope', 'pages_show_list'],
      ['page', IDS.alphaPage],
      ['page', IDS.betaPage],
    ]);
    const location = new URL(done.headers.get('location') ?? '');
    expect(location.hash).toBe('#_=_');
    expect(location.searchParams.get('state')).toBe('st-123');
    const code = location.searchParams.get('code') ?? '';
    const exchange = { client_id: IDS.appId, client_secret: IDS.appSecret, code };
    const wrongUri = await graph(sim, '/oauth/access_token', { ...exchange, redirect_uri: 'https://elsewhere.example/cb' });
    expect(graphError(wrongUri)).toMatchObject({ code: 100, error_subcode: 36008 });
    const ok = await graph(sim, '/oauth/access_token', { ...exchange, redirect_uri: IDS.fbRedirect });
    expect(ok.json).toEqual({ access_token: expect.stringMatching(/^EAA/), token_type: 'bearer', expires_in: 7200 });
    const reused = await graph(sim, '/oauth/access_token', { ...exchange, redirect_uri: IDS.fbRedirect });
    expect(graphError(reused)).toMatchObject({ code: 100, error_subcode: 36009 });
  });

  it('expires codes after ten minutes', async () => {
    const browser = new Browser();
    const query = dialogQuery({ response_type: 'code' });
    await logIn(browser, query, IDS.ben);
    const done = await browser.post(PATH, [
      ['sim_query', query.toString()],
      ['sim_user', IDS.ben],
      ['sim_action', 'continue'],
    ]);
    const code = new URL(done.headers.get('location') ?? '').searchParams.get('code') ?? '';
    sim.control.advanceTime(11 * 60 * 1000);
    const res = await graph(sim, '/oauth/access_token', { client_id: IDS.appId, client_secret: IDS.appSecret, code, redirect_uri: IDS.fbRedirect });
    expect(graphError(res)).toMatchObject({ code: 100, error_subcode: 36007 });
  });
});

describe('validation', () => {
  it.each([
    ['an unknown client_id', { client_id: '42' }, 'Invalid App ID'],
    ['a redirect_uri that is not registered', { redirect_uri: 'https://127.0.0.1:9999/other' }, 'URL blocked'],
    ['a redirect_uri that differs by a trailing slash', { redirect_uri: `${IDS.fbRedirect}/` }, 'URL blocked'],
    ['an unknown scope', { scope: 'public_profile,read_minds' }, 'Invalid Scopes: read_minds.'],
  ])('shows an error page for %s and never redirects', async (_label, extra, text) => {
    const res = await call(`${sim.url}${PATH}?${dialogQuery(extra)}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(res.text).toContain(text);
  });

  it('accepts the {simulator} redirect and serves login_success.html, unversioned too', async () => {
    const redirect = `${sim.url}/connect/login_success.html`;
    const res = await call(`${sim.url}/dialog/oauth?${dialogQuery({ redirect_uri: redirect })}`);
    expect(res.status).toBe(200);
    expect((await call(redirect)).text).toContain('Success');
  });
});
