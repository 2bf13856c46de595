/**
 * The simulator's current-Meta mode (on by default): Pages of a portfolio the person has no role on stay out of
 * /me/accounts yet answer by id and through their Page tokens; Business portfolios and their Page edges; each
 * permission keeps its own target_ids; permission errors to Page tokens come as HTTP 500. With the mode off, the
 * older Graph answers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningSimulator, WorldInput } from '../../../main/simulator';
import { graph, graphError, IDS, startTestSimulator } from '../../fixtures/simulator/simulator-kit';
import { PORTFOLIO_IDS, portfolioWorld } from '../../fixtures/simulator/portfolio-world';

let sim: RunningSimulator | null = null;
afterEach(async () => {
  await sim?.close();
  sim = null;
});

async function start(world: WorldInput = portfolioWorld()): Promise<RunningSimulator> {
  sim = await startTestSimulator(42, world);
  return sim;
}

const ids = (body: unknown): string[] => ((body as { data?: Array<{ id: string }> }).data ?? []).map((r) => r.id);

describe('Pages reached through a Business portfolio', () => {
  it('are left out of /me/accounts, yet answer by id with a Page token that works', async () => {
    const s = await start();
    const ada = s.control.mintFacebookUserToken(IDS.ada);
    expect(ids((await graph(s, '/me/accounts', { access_token: ada.accessToken })).json)).toEqual([IDS.alphaPage, IDS.betaPage]);
    for (const page of [PORTFOLIO_IDS.deltaPage, PORTFOLIO_IDS.epsilonPage]) {
      const read = await graph(s, `/${page}`, { access_token: ada.accessToken, fields: 'id,name,access_token' });
      expect(read.status).toBe(200);
      const token = (read.json as { access_token?: string }).access_token ?? '';
      expect((await graph(s, `/${page}`, { access_token: token, fields: 'id,name,is_published' })).json).toMatchObject({ id: page, is_published: true });
    }
  });

  it('come through /me/businesses and the portfolio’s client_pages, which need business_management', async () => {
    const s = await start();
    const ada = s.control.mintFacebookUserToken(IDS.ada);
    const businesses = await graph(s, '/me/businesses', { access_token: ada.accessToken, fields: 'id,name' });
    expect(businesses.json).toEqual({ data: [{ id: PORTFOLIO_IDS.agency, name: 'Ada Agency' }] });
    const clients = await graph(s, `/${PORTFOLIO_IDS.agency}/client_pages`, {
      access_token: ada.accessToken,
      fields: 'id,name,instagram_business_account{id}',
    });
    expect(clients.json).toEqual({ data: [{ id: PORTFOLIO_IDS.deltaPage, name: 'Delta Dental', instagram_business_account: { id: PORTFOLIO_IDS.deltaIg } }] });
    expect(ids((await graph(s, `/${PORTFOLIO_IDS.agency}/owned_pages`, { access_token: ada.accessToken })).json)).toEqual([]);
    // A portfolio she has no role on, and the edges without business_management.
    expect(graphError(await graph(s, `/${PORTFOLIO_IDS.deltaOwner}/owned_pages`, { access_token: ada.accessToken }))).toMatchObject({ code: 100 });
    const narrow = s.control.mintFacebookUserToken(IDS.ben, { scopes: ['pages_show_list'] });
    const refused = await graph(s, '/me/businesses', { access_token: narrow.accessToken });
    expect(graphError(refused)).toMatchObject({ code: 200, message: '(#200) Requires business_management permission to manage the object' });
  });

  it('are listed again where the person has a role on the owning portfolio and granted business_management (v17.0 changelog)', async () => {
    const world = portfolioWorld();
    const s = await start({
      ...world,
      businessPortfolios: (world.businessPortfolios ?? []).map((b) => (b.id === PORTFOLIO_IDS.deltaOwner ? { ...b, people: [{ userId: IDS.ada }] } : b)),
    });
    const ada = s.control.mintFacebookUserToken(IDS.ada);
    expect(ids((await graph(s, '/me/accounts', { access_token: ada.accessToken })).json)).toEqual([IDS.alphaPage, IDS.betaPage, PORTFOLIO_IDS.deltaPage]);
  });
});

describe('per-permission target_ids', () => {
  it('keep each permission’s own pick: a later consent that does not ask for a permission leaves its old list', async () => {
    const s = await start();
    s.control.mintFacebookUserToken(IDS.ada, { scopes: ['pages_manage_metadata'], pageIds: [IDS.betaPage] });
    const ada = s.control.mintFacebookUserToken(IDS.ada, { scopes: ['pages_show_list', 'pages_read_engagement', 'instagram_basic'] });
    const debug = await graph(s, '/debug_token', { access_token: s.control.appToken(), input_token: ada.accessToken });
    const scopes = (debug.json as { data: { granular_scopes: Array<{ scope: string; target_ids?: string[] }> } }).data.granular_scopes;
    expect(scopes.find((g) => g.scope === 'pages_show_list')).toEqual({ scope: 'pages_show_list' });
    expect(scopes.find((g) => g.scope === 'instagram_basic')).toEqual({ scope: 'instagram_basic' });
    expect(scopes.find((g) => g.scope === 'pages_manage_metadata')).toEqual({ scope: 'pages_manage_metadata', target_ids: [IDS.betaPage] });
  });
});

describe('permission errors to Page tokens', () => {
  it('come with HTTP 500 (snarfed/bridgy#437), to user tokens with 403; with the mode off, 403 for both', async () => {
    for (const currentMetaGraph of [true, false]) {
      const s = await start({ ...portfolioWorld(), currentMetaGraph });
      const ada = s.control.mintFacebookUserToken(IDS.ada, { scopes: ['pages_show_list', 'instagram_basic'] });
      const byPage = await graph(s, `/${IDS.alphaPage}`, { access_token: ada.pageTokens[IDS.alphaPage] ?? '', fields: 'id,is_published' });
      expect(byPage.status).toBe(currentMetaGraph ? 500 : 403);
      expect(graphError(byPage)).toMatchObject({ code: 10 });
      const byUser = await graph(s, `/${IDS.alphaPage}`, { access_token: ada.accessToken, fields: 'id,is_published' });
      expect(byUser.status).toBe(403);
      expect(ids((await graph(s, '/me/accounts', { access_token: ada.accessToken })).json)).toEqual(
        currentMetaGraph ? [IDS.alphaPage, IDS.betaPage] : [IDS.alphaPage, IDS.betaPage, PORTFOLIO_IDS.deltaPage, PORTFOLIO_IDS.epsilonPage],
      );
      await s.close();
      sim = null;
    }
  });
});
