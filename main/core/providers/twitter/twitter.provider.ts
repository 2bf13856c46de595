/**
 * X: one `GET /2/users/me` per grant is the cheapest liveness check (facts e); the grant and its one profile share
 * the verdict. Access tokens last two hours, so refresh (with rotation) runs before a check when one is due.
 */
import type { AccountVerdict } from '../../accounts/status-machine';
import { classify } from '../../reasons/classify';
import { isObject, stringField } from '../../reasons/response-body';
import type { TokenSet } from '../../secrets/token-set.codec';
import { createProviderHttp } from '../http/provider-http';
import type { DiscoveredAccount, GrantInput, ProviderDeps, SocialProvider, ValidationReport } from '../provider';
import { refreshXTokens } from './x-token-endpoint';
import { xUsage } from './x-usage';
import { X_SCOPES } from './x-scopes';

export { X_SCOPES };
import { xAuthorize, xExchange, xRevoke } from './x-sign-in';

/** Refresh this long before the access token runs out, so a check never races its expiry. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

type Lookup = { kind: 'ok'; profile: DiscoveredAccount } | { kind: 'problem'; verdict: AccountVerdict & { kind: 'problem' } };

async function usersMe(deps: ProviderDeps, tokens: TokenSet, http = createProviderHttp(deps.fetch, deps.timeoutMs)): Promise<Lookup> {
  const answer = await http.send({ method: 'GET', url: `${deps.endpoints.xApiOrigin}/2/users/me`, headers: { authorization: `Bearer ${tokens.accessToken}` } });
  const now = deps.clock.now();
  if ('status' in answer) {
    const usage = xUsage(answer.headers, answer.status);
    if (usage) deps.governor.observe('twitter', usage, now);
    if (answer.status >= 200 && answer.status < 300) {
      try {
        const body: unknown = JSON.parse(answer.body);
        const data = isObject(body) && isObject(body.data) ? body.data : null;
        const id = data ? stringField(data, 'id') : null;
        if (data && id) {
          const username = stringField(data, 'username');
          return {
            kind: 'ok',
            profile: {
              provider: 'twitter',
              networkAccountId: id,
              name: stringField(data, 'name') ?? username ?? id,
              handle: username ? `@${username}` : null,
              parentNetworkId: null,
            },
          };
        }
      } catch {
        // a broken 2xx body is read like a 502 below
      }
      return { kind: 'problem', verdict: { kind: 'problem', classification: classify('twitter', { ...answer, status: 502 }, { now }) } };
    }
  }
  return { kind: 'problem', verdict: { kind: 'problem', classification: classify('twitter', answer, { now, tokenExpiresAt: tokens.accessExpiresAt }) } };
}

export function createTwitterProvider(deps: ProviderDeps): SocialProvider {
  return {
    network: 'twitter',
    displayName: 'X',
    requiredScopes: X_SCOPES,
    async discover(grant) {
      const found = await usersMe(deps, grant.tokens);
      if (found.kind === 'problem') return { kind: 'problem', classification: found.verdict.classification };
      const identity = { id: found.profile.networkAccountId, name: found.profile.handle ?? found.profile.name };
      return { kind: 'ok', identity, accounts: [found.profile], pageTokens: new Map() };
    },
    async validate(grant: GrantInput): Promise<ValidationReport> {
      const http = createProviderHttp(deps.fetch, deps.timeoutMs);
      const found = await usersMe(deps, grant.tokens, http);
      const expiries = { access: grant.tokens.accessExpiresAt, refresh: grant.tokens.refreshToken ? grant.tokens.refreshExpiresAt : null, dataAccess: null };
      const missing = X_SCOPES.filter((s) => !grant.tokens.scopes.includes(s));
      const permissions = { granted: grant.tokens.scopes, declined: [], missing };
      const base = { expiries, permissions, requests: http.requestCount };
      if (found.kind === 'problem') return { ...base, grant: { kind: 'problem', classification: found.verdict.classification }, accounts: new Map() };
      const accounts = new Map<string, AccountVerdict>(grant.accounts.map((a) => [a.networkAccountId, { kind: 'ok', expiresAt: null }]));
      return { ...base, grant: { kind: 'ok' }, accounts };
    },
    refresh: (tokens) => refreshXTokens(deps, tokens),
    // X has no parameter that forces a fresh login (authorize docs list none).
    usesPkce: true,
    authorize: (request) => xAuthorize(deps, request),
    exchange: (params, context) => xExchange(deps, params, context),
    revoke: (tokens) => xRevoke(deps, tokens),
    needsRefresh: (tokens, now) => tokens.refreshToken !== null && tokens.accessExpiresAt !== null && tokens.accessExpiresAt - now <= REFRESH_MARGIN_MS,
  };
}
