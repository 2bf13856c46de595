/** Lists the Pages (with their Page tokens) and linked Instagram accounts of a Facebook login, following paging. */
import { isObject, stringField } from '../../reasons/response-body';
import { accountsOfPageRow } from './listed-accounts';
import { ACCOUNTS_PAGE_SIZE } from './facebook-operations';
import { createProviderHttp } from '../http/provider-http';
import type { DiscoveredAccount, DiscoveryOutcome, GrantInput, ProviderDeps } from '../provider';
import { objectArray, readGraphAnswer } from './graph-answers';
import { fieldClassification } from '../field-classification';

/** Fields read when connecting; checked against Meta's SDK by the conformance test like the check's. */
export const DISCOVERY_FIELDS = 'id,name,access_token,tasks,instagram_business_account{id,username,name}';
const MAX_PAGES_OF_RESULTS = 20;

/** Every Page the person can act on, and the Instagram account linked to each. */
export async function discoverFacebookAccounts(deps: ProviderDeps, grant: GrantInput): Promise<DiscoveryOutcome> {
  const http = createProviderHttp(deps.fetch, deps.timeoutMs);
  const { graphOrigin, graphVersion } = deps.endpoints;
  const accounts: DiscoveredAccount[] = [];
  const pageTokens = new Map<string, string>();
  const auth = { authorization: `Bearer ${grant.tokens.accessToken}` };
  const readOptions = { now: deps.clock.now(), tokenExpiresAt: grant.tokens.accessExpiresAt };
  const me = readGraphAnswer(
    'facebook',
    await http.send({ method: 'GET', url: `${graphOrigin}/${graphVersion}/me?fields=id,name`, headers: auth }),
    readOptions,
  );
  if (me.kind === 'problem') return me;
  const identity = { id: stringField(me.body, 'id') ?? '', name: stringField(me.body, 'name') ?? '' };
  if (!identity.id) return { kind: 'problem', classification: fieldClassification('transient_provider_error', 'Facebook did not say who is logged in') };
  let url: string | null = `${graphOrigin}/${graphVersion}/me/accounts?fields=${encodeURIComponent(DISCOVERY_FIELDS)}&limit=${ACCOUNTS_PAGE_SIZE}`;
  for (let page = 0; url && page < MAX_PAGES_OF_RESULTS; page += 1) {
    const read = readGraphAnswer('facebook', await http.send({ method: 'GET', url, headers: auth }), readOptions);
    if (read.kind === 'problem') return read;
    for (const row of objectArray(read.body, 'data')) {
      const found = accountsOfPageRow(row);
      accounts.push(...found);
      const token = stringField(row, 'access_token');
      if (token && found[0]) pageTokens.set(found[0].networkAccountId, token);
    }
    const paging = isObject(read.body.paging) ? read.body.paging : null;
    const next = paging ? stringField(paging, 'next') : null;
    // Follow only our own Graph origin: a `next` elsewhere would carry the token off.
    url = next && new URL(next).origin === new URL(graphOrigin).origin ? next : null;
  }
  return { kind: 'ok', identity, accounts, pageTokens };
}
