/**
 * X: one `GET /2/users/me` per grant is the liveness check (facts e); the grant and its one profile share the
 * verdict. Access tokens last two hours, so refresh (with rotation) runs before a check when one is due. The read
 * is the only paid call of a check (x-pricing.ts): it goes out only when the X planner allows it, and an answer
 * about the app or the plan defers the check instead of judging the account.
 */
import type { AccountVerdict } from '../../accounts/status-machine';
import { createProviderHttp } from '../http/provider-http';
import type { GrantInput, ProviderDeps, SocialProvider, ValidateContext, ValidationReport } from '../provider';
import { refreshXTokens } from './x-token-endpoint';
import { X_SCOPES } from './x-scopes';
import { usersMe } from './x-users-me';
import { deferredClassification } from './x-app-limits';
import { xAuthorize, xExchange, xRevoke } from './x-sign-in';

export { X_SCOPES };

/** Refresh this long before the access token runs out, so a check never races its expiry. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

export function createTwitterProvider(deps: ProviderDeps): SocialProvider {
  return {
    network: 'twitter',
    displayName: 'X',
    requiredScopes: X_SCOPES,
    async discover(grant) {
      const found = await usersMe(deps, createProviderHttp(deps.fetch, deps.timeoutMs), grant.tokens, grant.accounts[0]?.networkAccountId ?? null);
      if (found.kind === 'deferred') return { kind: 'problem', classification: deferredClassification(found.cause) };
      if (found.kind === 'problem') return { kind: 'problem', classification: found.verdict.classification };
      const identity = { id: found.profile.networkAccountId, name: found.profile.handle ?? found.profile.name };
      return { kind: 'ok', identity, accounts: [found.profile], pageTokens: new Map() };
    },
    async validate(grant: GrantInput, context: ValidateContext = { manual: false }): Promise<ValidationReport> {
      const http = createProviderHttp(deps.fetch, deps.timeoutMs);
      const expiries = { access: grant.tokens.accessExpiresAt, refresh: grant.tokens.refreshToken ? grant.tokens.refreshExpiresAt : null, dataAccess: null };
      const missing = X_SCOPES.filter((s) => !grant.tokens.scopes.includes(s));
      const permissions = { granted: grant.tokens.scopes, declined: [], missing };
      const xUserId = grant.accounts[0]?.networkAccountId ?? null;
      const permit = xUserId ? deps.governor.x.readPermit(xUserId, deps.clock.now(), context.manual) : ({ ok: true } as const);
      if (!permit.ok)
        return { expiries, permissions, requests: 0, grant: { kind: 'ok' }, accounts: new Map(), deferred: { until: permit.until, cause: permit.cause } };
      const found = await usersMe(deps, http, grant.tokens, xUserId);
      const base = { expiries, permissions, requests: http.requestCount };
      if (found.kind === 'deferred') return { ...base, grant: { kind: 'ok' }, accounts: new Map(), deferred: { until: found.until, cause: found.cause } };
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
