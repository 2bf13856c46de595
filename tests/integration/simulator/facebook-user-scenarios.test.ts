/** Person-level Facebook scenarios: each hits that person's tokens with its documented error, only them, and reverts. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../main/simulator';
import { IDS, call, graph, graphError, startTestSimulator } from '../../fixtures/simulator/simulator-kit';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

async function meStatus(token: string): Promise<number> {
  return (await graph(sim, '/me', { access_token: token })).status;
}

describe.each([
  { scenario: 'password_changed', subcode: 460, text: 'changed their password', reconnectFixes: true },
  { scenario: 'app_removed', subcode: 458, text: `has not authorized application ${IDS.appId}`, reconnectFixes: true },
  { scenario: 'checkpoint', subcode: 459, text: 'log in to www.facebook.com', reconnectFixes: false },
  { scenario: 'token_expired', subcode: 463, text: 'Session has expired on', reconnectFixes: true },
  {
    scenario: 'unconfirmed_account',
    subcode: 464,
    text: 'Sessions for the user  are not allowed because the user is not a confirmed user.',
    reconnectFixes: false,
  },
] as const)('$scenario', ({ scenario, subcode, text, reconnectFixes }) => {
  it('fails the person’s user token with 190/' + String(subcode) + ' and leaves other people alone', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    const ben = sim.control.mintFacebookUserToken(IDS.ben);
    sim.control.apply({ scenario, target: IDS.ada });
    const res = await graph(sim, '/me/accounts', { access_token: ada.accessToken });
    expect(res.status).toBe(400);
    expect(graphError(res)).toMatchObject({ code: 190, error_subcode: subcode, type: 'OAuthException' });
    expect(graphError(res).message).toContain(text);
    expect(await meStatus(ben.accessToken)).toBe(200);
    expect(await meStatus(ben.pageTokens[IDS.alphaPage] ?? '')).toBe(200);
  });

  it(reconnectFixes ? 'is fixed by logging in again' : 'is not fixed by logging in again', async () => {
    sim.control.mintFacebookUserToken(IDS.ada);
    sim.control.apply({ scenario, target: IDS.ada });
    const fresh = sim.control.mintFacebookUserToken(IDS.ada);
    expect(await meStatus(fresh.accessToken)).toBe(reconnectFixes ? 200 : 400);
  });

  it('is reverted: the old token works again', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    sim.control.apply({ scenario, target: IDS.ada });
    expect(await meStatus(ada.accessToken)).toBe(400);
    expect(sim.control.revert({ scenario, target: IDS.ada })).toBe(true);
    expect(await meStatus(ada.accessToken)).toBe(200);
  });
});

describe('Page tokens under person-level scenarios', () => {
  it('password_changed kills the long-lived Page tokens too', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    sim.control.apply({ scenario: 'password_changed', target: IDS.ada });
    const res = await graph(sim, `/${IDS.alphaPage}`, { access_token: ada.pageTokens[IDS.alphaPage] ?? '' });
    expect(graphError(res)).toMatchObject({ code: 190, error_subcode: 460 });
  });

  it('token_expired leaves Page tokens from a long-lived login working', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    sim.control.apply({ scenario: 'token_expired', target: IDS.ada });
    expect(await meStatus(ada.pageTokens[IDS.alphaPage] ?? '')).toBe(200);
  });
});

describe('DELETE /me/permissions (app removal by the app)', () => {
  it('invalidates the token with 190/458 until the person logs in again', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    const del = await call(`${sim.url}/v24.0/me/permissions?access_token=${ada.accessToken}`, { method: 'DELETE' });
    expect(del.json).toEqual({ success: true });
    const after = await graph(sim, '/me', { access_token: ada.accessToken });
    expect(graphError(after)).toMatchObject({ code: 190, error_subcode: 458 });
    const fresh = sim.control.mintFacebookUserToken(IDS.ada);
    expect(await meStatus(fresh.accessToken)).toBe(200);
  });
});

describe('time travel', () => {
  it('expires short-lived tokens after 2 h and long-lived user tokens after ~60 days, not their Page tokens', async () => {
    const short = sim.control.mintFacebookUserToken(IDS.ada, { longLived: false });
    const long = sim.control.mintFacebookUserToken(IDS.ben);
    sim.control.advanceTime(2 * 3600 * 1000 + 1000);
    const expired = await graph(sim, '/me', { access_token: short.accessToken });
    expect(graphError(expired)).toMatchObject({ code: 190, error_subcode: 463 });
    expect(graphError(expired).message).toMatch(
      /^Error validating access token: Session has expired on \w+day, \d\d-\w{3}-\d\d \d\d:\d\d:\d\d P[SD]T\. The current time is /,
    );
    expect(await meStatus(short.pageTokens[IDS.alphaPage] ?? '')).toBe(400);
    expect(await meStatus(long.accessToken)).toBe(200);
    sim.control.advanceTime(61 * 24 * 3600 * 1000);
    expect(await meStatus(long.accessToken)).toBe(400);
    expect(await meStatus(long.pageTokens[IDS.gammaPage] ?? '')).toBe(200);
  });
});

describe('permission_declined', () => {
  it('shows the permission as declined and fails the reads that need it, until it is granted again', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    sim.control.apply({ scenario: 'permission_declined', target: IDS.ada });
    const perms = await graph(sim, '/me/permissions', { access_token: ada.accessToken });
    expect((perms.json as { data: unknown[] }).data).toContainEqual({ permission: 'pages_read_engagement', status: 'declined' });
    const page = await graph(sim, `/${IDS.alphaPage}`, { access_token: ada.pageTokens[IDS.alphaPage] ?? '', fields: 'id,is_published' });
    // Today's Graph sends a permission error to a Page token with HTTP 500 (snarfed/bridgy#437), code and message intact.
    expect(page.status).toBe(500);
    expect(graphError(page)).toMatchObject({ code: 10, type: 'OAuthException' });
    expect(graphError(page).message).toContain("requires the 'pages_read_engagement' permission");
    expect(await meStatus(ada.accessToken)).toBe(200);
    const ben = sim.control.mintFacebookUserToken(IDS.ben);
    expect((await graph(sim, `/${IDS.gammaPage}`, { access_token: ben.pageTokens[IDS.gammaPage] ?? '', fields: 'id,is_published' })).status).toBe(200);
    sim.control.mintFacebookUserToken(IDS.ada);
    const regranted = await graph(sim, '/me/permissions/pages_read_engagement', { access_token: ada.accessToken });
    expect(regranted.json).toEqual({ data: [{ permission: 'pages_read_engagement', status: 'granted' }] });
  });

  it('takes the permission as an option: pages_show_list breaks /me/accounts with (#200)', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    sim.control.apply({ scenario: 'permission_declined', target: IDS.ada, options: { permission: 'pages_show_list' } });
    const res = await graph(sim, '/me/accounts', { access_token: ada.accessToken });
    expect(graphError(res)).toMatchObject({ code: 200 });
    sim.control.revert({ scenario: 'permission_declined', target: IDS.ada });
    expect((await graph(sim, '/me/accounts', { access_token: ada.accessToken })).status).toBe(200);
  });
});
