/** Graph API reads against the simulator on loopback: /me, permissions, accounts, Page and IG nodes, errors, headers. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../../../main/simulator';
import { IDS, call, graph, graphError, startTestSimulator } from '../../fixtures/simulator/simulator-kit';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

describe('Graph /me and /me/permissions', () => {
  it('returns the person for fields=id,name and always includes id', async () => {
    const { accessToken } = sim.control.mintFacebookUserToken(IDS.ada);
    const full = await graph(sim, '/me', { access_token: accessToken, fields: 'id,name,email' });
    expect(full.status).toBe(200);
    expect(full.json).toEqual({ id: IDS.ada, name: 'Ada Lovelace', email: 'ada@example.test' });
    const nameOnly = await graph(sim, '/me', { access_token: accessToken, fields: 'name' });
    expect(nameOnly.json).toEqual({ name: 'Ada Lovelace', id: IDS.ada });
  });

  it('accepts any vN.0, no version, and the token in an Authorization header', async () => {
    const { accessToken } = sim.control.mintFacebookUserToken(IDS.ada);
    const v19 = await call(`${sim.url}/v19.0/me?access_token=${accessToken}`);
    expect(v19.json).toEqual({ name: 'Ada Lovelace', id: IDS.ada });
    expect(v19.headers.get('facebook-api-version')).toBe('v19.0');
    const bare = await call(`${sim.url}/me`, { headers: { authorization: `OAuth ${accessToken}` } });
    expect(bare.json).toEqual({ name: 'Ada Lovelace', id: IDS.ada });
  });

  it('lists granted and declined permissions', async () => {
    const { accessToken } = sim.control.mintFacebookUserToken(IDS.ada, { scopes: ['pages_show_list', 'email'] });
    const res = await graph(sim, '/me/permissions', { access_token: accessToken });
    expect(res.json).toEqual({
      data: expect.arrayContaining([
        { permission: 'public_profile', status: 'granted' },
        { permission: 'pages_show_list', status: 'granted' },
        { permission: 'email', status: 'granted' },
      ]),
    });
    const del = await call(`${sim.url}/v24.0/me/permissions/email?access_token=${accessToken}`, { method: 'DELETE' });
    expect(del.json).toEqual({ success: true });
    const after = await graph(sim, '/me/permissions/email', { access_token: accessToken });
    expect(after.json).toEqual({ data: [{ permission: 'email', status: 'declined' }] });
    const me = await graph(sim, '/me', { access_token: accessToken, fields: 'id,email' });
    expect(me.json).toEqual({ id: IDS.ada });
  });

  it('answers missing and unknown tokens with the real error objects', async () => {
    const none = await graph(sim, '/me');
    expect(none.status).toBe(400);
    expect(graphError(none)).toMatchObject({
      code: 2500,
      type: 'OAuthException',
      message: 'An active access token must be used to query information about the current user.',
    });
    const bogus = await graph(sim, '/me', { access_token: 'EAAnotarealtoken' });
    expect(bogus.status).toBe(400);
    expect(graphError(bogus)).toMatchObject({ code: 190, message: 'Invalid OAuth access token - Cannot parse access token' });
    expect(graphError(bogus).fbtrace_id).toMatch(/^[A-Za-z0-9]+$/);
    expect(bogus.headers.get('www-authenticate')).toContain('"invalid_token"');
  });

  it('rejects unknown fields and bad field syntax with (#100)', async () => {
    const { accessToken } = sim.control.mintFacebookUserToken(IDS.ada);
    const unknown = await graph(sim, '/me', { access_token: accessToken, fields: 'id,favourite_colour' });
    expect(graphError(unknown)).toMatchObject({ code: 100, message: '(#100) Tried accessing nonexisting field (favourite_colour) on node type (User)' });
    const syntax = await graph(sim, '/me', { access_token: accessToken, fields: 'id,{name' });
    expect(graphError(syntax).code).toBe(100);
  });

  it("knows fields from Meta's SDK only: Page restrictions and IG account_type do not exist under Facebook Login", async () => {
    const { accessToken, pageTokens } = sim.control.mintFacebookUserToken(IDS.ada);
    const page = await graph(sim, `/${IDS.alphaPage}`, { access_token: pageTokens[IDS.alphaPage] ?? '', fields: 'id,restrictions' });
    expect(page.status).toBe(400);
    expect(graphError(page)).toMatchObject({
      code: 100,
      type: 'OAuthException',
      message: '(#100) Tried accessing nonexisting field (restrictions) on node type (Page)',
    });
    const ig = await graph(sim, `/${IDS.alphaIg}`, { access_token: accessToken, fields: 'id,account_type' });
    expect(graphError(ig)).toMatchObject({ code: 100, message: '(#100) Tried accessing nonexisting field (account_type) on node type (IGUser)' });
    // One bad field fails the whole /me/accounts read, nested expansions included.
    const list = await graph(sim, '/me/accounts', { access_token: accessToken, fields: 'id,instagram_business_account{id,account_type}' });
    expect(graphError(list)).toMatchObject({ code: 100, message: '(#100) Tried accessing nonexisting field (account_type) on node type (IGUser)' });
    // A real SDK field the simulator has no data for is simply absent, as Graph omits empty fields.
    const about = await graph(sim, `/${IDS.alphaPage}`, { access_token: pageTokens[IDS.alphaPage] ?? '', fields: 'id,about' });
    expect(about.json).toEqual({ id: IDS.alphaPage });
    // tasks is a field of the /me/accounts edge, not of the Page node.
    const tasks = await graph(sim, `/${IDS.alphaPage}`, { access_token: pageTokens[IDS.alphaPage] ?? '', fields: 'id,tasks' });
    expect(graphError(tasks)).toMatchObject({ code: 100, message: '(#100) Tried accessing nonexisting field (tasks) on node type (Page)' });
  });
});

describe('Graph /me/accounts and nodes', () => {
  const FIELDS = 'id,name,tasks,access_token,is_published,instagram_business_account{id,username}';

  it('lists the Pages with tasks, Page tokens, is_published and the linked Instagram account', async () => {
    const { accessToken, pageTokens } = sim.control.mintFacebookUserToken(IDS.ada);
    const res = await graph(sim, '/me/accounts', { access_token: accessToken, fields: FIELDS });
    expect(res.status).toBe(200);
    const body = res.json as { data: Record<string, unknown>[]; paging: { cursors: { before: string; after: string } } };
    expect(body.data).toEqual([
      {
        id: IDS.alphaPage,
        name: 'Alpha Bakery',
        tasks: ['MANAGE', 'CREATE_CONTENT', 'MODERATE', 'ADVERTISE', 'ANALYZE'],
        access_token: pageTokens[IDS.alphaPage],
        is_published: true,
        instagram_business_account: { id: IDS.alphaIg, username: 'alpha.bakery' },
      },
      {
        id: IDS.betaPage,
        name: 'Beta Books',
        tasks: ['MANAGE', 'CREATE_CONTENT'],
        access_token: pageTokens[IDS.betaPage],
        is_published: true,
        instagram_business_account: { id: IDS.betaIg, username: 'beta.books' },
      },
    ]);
    expect(body.paging.cursors.before).toBeTruthy();
    expect(pageTokens[IDS.alphaPage]).toMatch(/^EAA[A-Za-z0-9]{150,}$/);
  });

  it('uses the documented default fields and pages through results with cursors', async () => {
    const { accessToken } = sim.control.mintFacebookUserToken(IDS.ada);
    const first = await graph(sim, '/me/accounts', { access_token: accessToken, limit: '1' });
    const page1 = first.json as { data: Record<string, unknown>[]; paging: { next?: string } };
    expect(Object.keys(page1.data[0] ?? {}).sort()).toEqual(['access_token', 'category', 'category_list', 'id', 'name', 'tasks']);
    expect(page1.data[0]?.id).toBe(IDS.alphaPage);
    expect(page1.paging.next).toBeDefined();
    const second = await call(page1.paging.next ?? '');
    const page2 = second.json as { data: Record<string, unknown>[]; paging: { next?: string } };
    expect(page2.data.map((p) => p.id)).toEqual([IDS.betaPage]);
    expect(page2.paging.next).toBeUndefined();
  });

  it('reads a Page node and an Instagram node with the Page token', async () => {
    const { pageTokens } = sim.control.mintFacebookUserToken(IDS.ada);
    const token = pageTokens[IDS.alphaPage] ?? '';
    const page = await graph(sim, `/${IDS.alphaPage}`, { access_token: token, fields: 'id,name,is_published,link' });
    expect(page.json).toEqual({ id: IDS.alphaPage, name: 'Alpha Bakery', is_published: true, link: 'https://www.facebook.com/alphabakery' });
    const me = await graph(sim, '/me', { access_token: token });
    expect(me.json).toEqual({ name: 'Alpha Bakery', id: IDS.alphaPage });
    const ig = await graph(sim, `/${IDS.alphaIg}`, { access_token: token, fields: 'id,username,followers_count' });
    expect(ig.json).toEqual({ id: IDS.alphaIg, username: 'alpha.bakery', followers_count: 0 });
    const other = await graph(sim, `/${IDS.betaIg}`, { access_token: token });
    expect(graphError(other)).toMatchObject({ code: 100, error_subcode: 33 });
  });

  it('sends X-App-Usage on user-token calls and X-Business-Use-Case-Usage on Page-token calls', async () => {
    const { accessToken, pageTokens } = sim.control.mintFacebookUserToken(IDS.ada);
    const user = await graph(sim, '/me', { access_token: accessToken });
    expect(JSON.parse(user.headers.get('x-app-usage') ?? '{}')).toEqual({ call_count: 0, total_time: 0, total_cputime: 0 });
    const page = await graph(sim, `/${IDS.alphaPage}`, { access_token: pageTokens[IDS.alphaPage] ?? '' });
    const buc = JSON.parse(page.headers.get('x-business-use-case-usage') ?? '{}') as Record<string, unknown[]>;
    expect(buc[IDS.alphaPage]).toEqual([{ type: 'pages', call_count: 0, total_time: 0, total_cputime: 0, estimated_time_to_regain_access: 0 }]);
    expect(page.headers.get('x-app-usage')).toBeNull();
  });

  it('answers unknown objects and edges as Graph does', async () => {
    const { accessToken } = sim.control.mintFacebookUserToken(IDS.ada);
    const missing = await graph(sim, '/999999999', { access_token: accessToken });
    expect(graphError(missing)).toMatchObject({ code: 100, error_subcode: 33 });
    expect(graphError(missing).message).toContain("Object with ID '999999999' does not exist");
    const edge = await graph(sim, `/${IDS.alphaPage}/nonsense`, { access_token: accessToken });
    expect(graphError(edge).message).toBe('(#100) Tried accessing nonexisting field (nonsense) on node type (Page)');
  });
});
