/** Page- and Instagram-level scenarios: role, selection, publication, 2FA, account type and link; only the target is hit. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../main/simulator';
import { IDS, graph, graphError, startTestSimulator, testWorld } from '../../fixtures/simulator/simulator-kit';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

type Account = { id: string; tasks?: string[]; is_published?: boolean; instagram_business_account?: { id: string; username?: string } };

async function accounts(token: string): Promise<Account[]> {
  const res = await graph(sim, '/me/accounts', { access_token: token, fields: 'id,tasks,is_published,instagram_business_account{id,username}' });
  expect(res.status).toBe(200);
  return (res.json as { data: Account[] }).data;
}

const appToken = (): string => sim.control.appToken();

describe('Page roles', () => {
  it('page_role_removed: the Page leaves /me/accounts and its Page tokens fail with 190/492, for everyone on it', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    const ben = sim.control.mintFacebookUserToken(IDS.ben);
    sim.control.apply({ scenario: 'page_role_removed', target: IDS.alphaPage });
    expect((await accounts(ada.accessToken)).map((a) => a.id)).toEqual([IDS.betaPage]);
    for (const token of [ada.pageTokens[IDS.alphaPage], ben.pageTokens[IDS.alphaPage]]) {
      const res = await graph(sim, '/me', { access_token: token ?? '' });
      expect(graphError(res)).toMatchObject({ code: 190, error_subcode: 492 });
      expect(graphError(res).message).toContain('must be an administrator, editor, or moderator');
    }
    expect((await graph(sim, '/me', { access_token: ada.pageTokens[IDS.betaPage] ?? '' })).status).toBe(200);
    expect((await graph(sim, '/me', { access_token: ada.accessToken })).status).toBe(200);
    sim.control.revert({ scenario: 'page_role_removed', target: IDS.alphaPage });
    expect((await graph(sim, '/me', { access_token: ada.pageTokens[IDS.alphaPage] ?? '' })).status).toBe(200);
  });

  it('page_role_lowered: tasks become ANALYZE and the Page token fails with 190/492', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    sim.control.apply({ scenario: 'page_role_lowered', target: IDS.alphaPage });
    const list = await accounts(ada.accessToken);
    expect(list.find((a) => a.id === IDS.alphaPage)?.tasks).toEqual(['ANALYZE']);
    expect(list.find((a) => a.id === IDS.betaPage)?.tasks).toEqual(['MANAGE', 'CREATE_CONTENT']);
    expect(graphError(await graph(sim, '/me', { access_token: ada.pageTokens[IDS.alphaPage] ?? '' }))).toMatchObject({ code: 190, error_subcode: 492 });
    const fresh = sim.control.mintFacebookUserToken(IDS.ada);
    expect((await graph(sim, '/me', { access_token: fresh.pageTokens[IDS.alphaPage] ?? '' })).status).toBe(400);
  });
});

describe('Page visibility', () => {
  it('page_unpublished: is_published false for admins; app tokens get the ambiguous (#100)', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    expect((await graph(sim, `/${IDS.alphaPage}`, { access_token: appToken(), fields: 'id,name' })).status).toBe(200);
    sim.control.apply({ scenario: 'page_unpublished', target: IDS.alphaPage });
    const list = await accounts(ada.accessToken);
    expect(list.map((a) => [a.id, a.is_published])).toEqual([
      [IDS.alphaPage, false],
      [IDS.betaPage, true],
    ]);
    const page = await graph(sim, `/${IDS.alphaPage}`, { access_token: ada.pageTokens[IDS.alphaPage] ?? '', fields: 'id,is_published' });
    expect(page.json).toEqual({ id: IDS.alphaPage, is_published: false });
    const app = await graph(sim, `/${IDS.alphaPage}`, { access_token: appToken() });
    expect(graphError(app)).toMatchObject({ code: 100, error_subcode: 33 });
    expect((await graph(sim, `/${IDS.betaPage}`, { access_token: appToken() })).status).toBe(200);
    sim.control.revert({ scenario: 'page_unpublished', target: IDS.alphaPage });
    expect((await graph(sim, `/${IDS.alphaPage}`, { access_token: appToken() })).status).toBe(200);
  });

  it('page_deselected: the Page leaves /me/accounts and debug_token target_ids, and can no longer be read by id, role intact', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    sim.control.apply({ scenario: 'page_deselected', target: IDS.betaPage });
    expect((await accounts(ada.accessToken)).map((a) => a.id)).toEqual([IDS.alphaPage]);
    const debug = await graph(sim, '/debug_token', { access_token: appToken(), input_token: ada.accessToken });
    const scopes = (debug.json as { data: { granular_scopes: Array<{ scope: string; target_ids?: string[] }> } }).data.granular_scopes;
    expect(scopes.find((g) => g.scope === 'pages_show_list')?.target_ids).toEqual([IDS.alphaPage]);
    // The role stays, but the login no longer covers the Page: reading it by id answers the ambiguous (#100), as the
    // v25.0 probe saw for a Page outside the pick (user token; the Page-token half is UNVERIFIED, see current-meta.ts).
    for (const token of [ada.accessToken, ada.pageTokens[IDS.betaPage] ?? '']) {
      expect(graphError(await graph(sim, `/${IDS.betaPage}`, { access_token: token, fields: 'id,name' }))).toMatchObject({ code: 100, error_subcode: 33 });
    }
    // A new login (ticking it again) brings it back.
    const again = sim.control.mintFacebookUserToken(IDS.ada);
    expect((await accounts(again.accessToken)).map((a) => a.id)).toEqual([IDS.alphaPage, IDS.betaPage]);
  });
});

describe('two_factor_required', () => {
  it('fails Page-token calls and Instagram reads for that Page with 415/2859009', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    sim.control.apply({ scenario: 'two_factor_required', target: IDS.betaPage });
    const res = await graph(sim, '/me', { access_token: ada.pageTokens[IDS.betaPage] ?? '' });
    expect(res.status).toBe(400);
    expect(graphError(res)).toMatchObject({
      code: 415,
      error_subcode: 2859009,
      type: 'OAuthException',
      error_user_title: 'Two-factor authentication required',
    });
    const ig = await graph(sim, `/${IDS.betaIg}`, { access_token: ada.accessToken, fields: 'id,username' });
    expect(graphError(ig)).toMatchObject({ code: 415, error_subcode: 2859009 });
    expect((await graph(sim, '/me', { access_token: ada.pageTokens[IDS.alphaPage] ?? '' })).status).toBe(200);
    expect((await graph(sim, '/me', { access_token: ada.accessToken })).status).toBe(200);
    sim.control.revert({ scenario: 'two_factor_required', target: IDS.betaPage });
    expect((await graph(sim, '/me', { access_token: ada.pageTokens[IDS.betaPage] ?? '' })).status).toBe(200);
  });

  it('also comes from the world: a 2FA Page and a person without 2FA', async () => {
    const world = testWorld();
    const gamma = world.pages?.find((p) => p.id === IDS.gammaPage);
    if (gamma) gamma.requiresTwoFactor = true;
    const own = await startTestSimulator(1, world);
    try {
      const ben = own.control.mintFacebookUserToken(IDS.ben);
      const res = await graph(own, '/me', { access_token: ben.pageTokens[IDS.gammaPage] ?? '' });
      expect(graphError(res)).toMatchObject({ code: 415, error_subcode: 2859009 });
    } finally {
      await own.close();
    }
  });
});

describe('Instagram account type and link', () => {
  it('instagram_unlinked: the Page loses instagram_business_account and the account answers (#100) unsupported', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    sim.control.apply({ scenario: 'instagram_unlinked', target: IDS.alphaIg });
    const list = await accounts(ada.accessToken);
    expect(list.map((a) => a.instagram_business_account?.id)).toEqual([undefined, IDS.betaIg]);
    const ig = await graph(sim, `/${IDS.alphaIg}`, { access_token: ada.accessToken, fields: 'id,username' });
    expect(graphError(ig)).toMatchObject({ code: 100, error_subcode: 33 });
  });

  it('instagram_personal: (#10) not an Instagram Business, and the Page loses instagram_business_account', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    sim.control.apply({ scenario: 'instagram_personal', target: IDS.alphaIg });
    const ig = await graph(sim, `/${IDS.alphaIg}`, { access_token: ada.accessToken, fields: 'id,username' });
    expect(ig.status).toBe(403);
    expect(graphError(ig)).toMatchObject({ code: 10, message: '(#10) The user is not an Instagram Business' });
    const list = await accounts(ada.accessToken);
    expect(list.find((a) => a.id === IDS.alphaPage)?.instagram_business_account).toBeUndefined();
    expect(list.find((a) => a.id === IDS.betaPage)?.instagram_business_account?.id).toBe(IDS.betaIg);
    sim.control.revert({ scenario: 'instagram_personal', target: IDS.alphaIg });
    expect((await graph(sim, `/${IDS.alphaIg}`, { access_token: ada.accessToken })).status).toBe(200);
  });

  it('content_publishing_limit reports the 50-per-24h quota', async () => {
    const ada = sim.control.mintFacebookUserToken(IDS.ada);
    const res = await graph(sim, `/${IDS.alphaIg}/content_publishing_limit`, { access_token: ada.accessToken });
    expect(res.json).toEqual({ data: [{ quota_usage: 0, config: { quota_total: 50, quota_duration: 86400 } }] });
  });
});
