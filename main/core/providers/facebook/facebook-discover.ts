/**
 * Lists the Pages (with their Page tokens) and linked Instagram accounts of a Facebook login: the person's own Page
 * list (/me/accounts), then the Pages it leaves out that the login still reaches through a Business portfolio
 * (portfolio-pages.ts), each marked with the portfolio it comes through.
 */
import { stringField } from '../../reasons/response-body';
import { accountsOfPageRow } from './listed-accounts';
import { ACCOUNTS_PAGE_SIZE } from './facebook-operations';
import { createProviderHttp, type ProviderHttp } from '../http/provider-http';
import type { DiscoveredAccount, DiscoveryOutcome, GrantInput, ProviderDeps } from '../provider';
import { readGraphAnswer, type ReadOptions } from './graph-answers';
import { fieldClassification } from '../field-classification';
import { readEdge } from './graph-edge';
import { metaAppToken } from './app-token';
import { sendBatch } from './graph-batch';
import { grantedAssets, listedTargets, PAGE_PICK_PERMISSION } from './granular-scopes';
import { pagesById, pagesOfPortfolios, type PortfolioPage } from './portfolio-pages';

/** Fields read when connecting; checked against Meta's SDK by the conformance test like the check's. */
export const DISCOVERY_FIELDS = 'id,name,access_token,tasks,instagram_business_account{id,username,name}';

/** The Page ids the login's pages_show_list grant names (debug_token, app secret needed), or [] when unknown. */
async function grantedPageIds(deps: ProviderDeps, http: ProviderHttp, userToken: string, options: ReadOptions): Promise<string[]> {
  const appToken = await metaAppToken(deps);
  if (!appToken) return [];
  // In a POSTed batch, so the user's token never sits in a URL.
  const op = { relativeUrl: `debug_token?input_token=${encodeURIComponent(userToken)}`, accessToken: appToken };
  const result = await sendBatch(http, deps.endpoints, userToken, [op]);
  const answer = result.kind === 'answers' ? result.answers[0] : undefined;
  return answer ? listedTargets(grantedAssets(readGraphAnswer('facebook', answer, options)), PAGE_PICK_PERMISSION) : [];
}

/** Every Page the person can act on, and the Instagram account linked to each. */
export async function discoverFacebookAccounts(deps: ProviderDeps, grant: GrantInput): Promise<DiscoveryOutcome> {
  const http = createProviderHttp(deps.fetch, deps.timeoutMs);
  const { graphOrigin, graphVersion } = deps.endpoints;
  const userToken = grant.tokens.accessToken;
  const options = { now: deps.clock.now(), tokenExpiresAt: grant.tokens.accessExpiresAt };
  const me = readGraphAnswer(
    'facebook',
    await http.send({ method: 'GET', url: `${graphOrigin}/${graphVersion}/me?fields=id,name`, headers: { authorization: `Bearer ${userToken}` } }),
    options,
  );
  if (me.kind === 'problem') return me;
  const identity = { id: stringField(me.body, 'id') ?? '', name: stringField(me.body, 'name') ?? '' };
  if (!identity.id) return { kind: 'problem', classification: fieldClassification('transient_provider_error', 'Facebook did not say who is logged in') };
  const listUrl = `${graphOrigin}/${graphVersion}/me/accounts?fields=${encodeURIComponent(DISCOVERY_FIELDS)}&limit=${ACCOUNTS_PAGE_SIZE}`;
  const listed = await readEdge(http, graphOrigin, listUrl, userToken, options);
  if (listed.kind === 'problem') return listed;

  const accounts: DiscoveredAccount[] = [];
  const pageTokens = new Map<string, string>();
  const add = ({ row, viaPortfolio }: { row: PortfolioPage['row']; viaPortfolio?: string | null }): void => {
    const id = stringField(row, 'id');
    if (!id || accounts.some((a) => a.provider === 'facebook' && a.networkAccountId === id)) return;
    accounts.push(...accountsOfPageRow(row, viaPortfolio));
    const token = stringField(row, 'access_token');
    if (token) pageTokens.set(id, token);
  };
  for (const row of listed.rows) add({ row });
  const reach = { http, endpoints: deps.endpoints, userToken, options };
  // Both ways are best effort: a portfolio or a grant Graph won't show only means fewer Pages to offer.
  if (grant.tokens.scopes.length === 0 || grant.tokens.scopes.includes('business_management')) {
    for (const page of await pagesOfPortfolios(reach)) add(page);
  }
  const unseen = (await grantedPageIds(deps, http, userToken, options)).filter((id) => !pageTokens.has(id));
  for (const page of await pagesById(reach, unseen)) add(page);
  return { kind: 'ok', identity, accounts, pageTokens };
}
