/**
 * Pages a login reaches that the person's own Page list (/me/accounts) leaves out. Graph v17.0 changelog, quoted in
 * Meta's sample fbsamples/reels_publishing_apis#38: /me/accounts "no longer returns Facebook pages that have been
 * linked to a Meta business account, unless the app user has granted the business_management permission to the app
 * and has a role on the linked business account" — exactly how an agency reaches its clients' Pages. Two ways back:
 *  - the portfolios the person has a role on (/me/businesses, then each one's owned_pages and client_pages; all need
 *    business_management): these name the portfolio a Page comes through;
 *  - the Pages the login's pages_show_list grant names (debug_token target_ids, app secret needed), read by id: the
 *    v25.0 probe (teodorlilov/kontuur-app docs/META-FB-PROBE.md) found its Page only this way.
 * Only Pages that answer with a Page token are offered: that token is what Tether checks, and what publishing uses.
 * An Instagram account is found through its Page's `instagram_business_account`, since under Facebook Login it is
 * reached and published to through that Page (media_publish doc), so a portfolio's instagram_accounts edge would
 * add nothing Tether could check.
 */
import { stringField, type JsonObject } from '../../reasons/response-body';
import type { ProviderHttp } from '../http/provider-http';
import type { NetworkEndpoints } from '../network-endpoints';
import { readEdge } from './graph-edge';
import { readGraphAnswer, type ReadOptions } from './graph-answers';
import { chunkOperations, sendBatch } from './graph-batch';

/** Fields read on a Page found outside /me/accounts (`tasks` is an edge field of /me/accounts only). */
export const PORTFOLIO_PAGE_FIELDS = 'id,name,access_token,instagram_business_account{id,username,name}';
/** Fields read on each portfolio. */
export const BUSINESS_FIELDS = 'id,name';
/** The portfolio edges that hold Pages (Meta's SDK: Business.getOwnedPages, Business.getClientPages). */
export const PORTFOLIO_PAGE_EDGES = ['owned_pages', 'client_pages'] as const;
/** Portfolios and Pages per read. */
const PAGE_SIZE = 100;

/** A Page row found outside /me/accounts, with the portfolio it came through (null: named only by the grant). */
export interface PortfolioPage {
  readonly row: JsonObject;
  readonly viaPortfolio: string | null;
}

interface Reach {
  readonly http: ProviderHttp;
  readonly endpoints: NetworkEndpoints;
  readonly userToken: string;
  readonly options: ReadOptions;
}

const withToken = (row: JsonObject): boolean => stringField(row, 'id') !== null && stringField(row, 'access_token') !== null;

/** The Pages of every portfolio the person has a role on. A portfolio Graph won't show (no permission) adds nothing. */
export async function pagesOfPortfolios(reach: Reach): Promise<PortfolioPage[]> {
  const { http, endpoints, userToken, options } = reach;
  const base = `${endpoints.graphOrigin}/${endpoints.graphVersion}`;
  const businesses = await readEdge(http, endpoints.graphOrigin, `${base}/me/businesses?fields=${BUSINESS_FIELDS}&limit=${PAGE_SIZE}`, userToken, options);
  if (businesses.kind !== 'ok') return [];
  const found: PortfolioPage[] = [];
  for (const business of businesses.rows) {
    const id = stringField(business, 'id');
    if (!id) continue;
    const name = stringField(business, 'name') ?? id;
    for (const edge of PORTFOLIO_PAGE_EDGES) {
      const url = `${base}/${encodeURIComponent(id)}/${edge}?fields=${encodeURIComponent(PORTFOLIO_PAGE_FIELDS)}&limit=${PAGE_SIZE}`;
      const pages = await readEdge(http, endpoints.graphOrigin, url, userToken, options);
      if (pages.kind === 'ok') found.push(...pages.rows.filter(withToken).map((row) => ({ row, viaPortfolio: name })));
    }
  }
  return found;
}

/** The Pages named by id, read in batches with the person's token; those that don't answer with a Page token are left out. */
export async function pagesById(reach: Reach, ids: readonly string[]): Promise<PortfolioPage[]> {
  const found: PortfolioPage[] = [];
  const ops = ids.map((id) => ({ relativeUrl: `${encodeURIComponent(id)}?fields=${encodeURIComponent(PORTFOLIO_PAGE_FIELDS)}` }));
  for (const chunk of chunkOperations(ops)) {
    const result = await sendBatch(reach.http, reach.endpoints, reach.userToken, chunk);
    if (result.kind !== 'answers') continue;
    for (const answer of result.answers) {
      const read = readGraphAnswer('facebook', answer, reach.options);
      if (read.kind === 'ok' && withToken(read.body)) found.push({ row: read.body, viaPortfolio: null });
    }
  }
  return found;
}
