/**
 * POST /2/oauth2/token and /2/oauth2/revoke for a public (Native App) client: authorization_code with PKCE
 * (S256 or plain) and an exact redirect_uri; refresh_token with rotation, where a spent token fails with
 * 400 invalid_request "Value passed for the token was invalid." (facts §c, §e).
 */
import type { SimContext } from '../simulator-context';
import { verifyPkce } from '../oauth/pkce';
import { issueXTokens, refreshTokenDead, xTokenBody } from '../state/x-tokens';
import { xJson, xOAuthErrors, type XReply } from './x-errors';

/** The client id from the body, or from a Basic header (which public clients may still send). */
function clientIdOf(form: URLSearchParams, authorization: string | undefined): string | null {
  const basic = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
  if (basic?.[1]) return Buffer.from(basic[1], 'base64').toString().split(':')[0] ?? null;
  return form.get('client_id');
}

function exchangeCode(ctx: SimContext, form: URLSearchParams, clientId: string): XReply {
  for (const param of ['code', 'redirect_uri', 'code_verifier']) if (!form.get(param)) return xOAuthErrors.missing(param);
  const code = ctx.state.xCodes.get(form.get('code') ?? '');
  if (!code || code.used || ctx.clock.now() >= code.expiresAt) return xOAuthErrors.badCode();
  // A failed attempt burns the code too (the simulator's choice; X does not document it), so a wrong verifier
  // cannot be retried against it.
  code.used = true;
  if (code.clientId !== clientId || code.redirectUri !== form.get('redirect_uri')) return xOAuthErrors.badCode();
  if (!verifyPkce(form.get('code_verifier') ?? '', code.challenge, code.method)) return xOAuthErrors.badCode();
  return xJson(200, xTokenBody(ctx, issueXTokens(ctx, code.xUserId, code.scopes)));
}

function refresh(ctx: SimContext, form: URLSearchParams): XReply {
  const value = form.get('refresh_token');
  if (!value) return xOAuthErrors.missing('refresh_token');
  const token = ctx.state.xRefresh.get(value);
  if (!token || refreshTokenDead(ctx, token)) return xOAuthErrors.badRefreshToken();
  token.used = true;
  return xJson(200, xTokenBody(ctx, issueXTokens(ctx, token.xUserId, token.scopes, token.grantId)));
}

/** POST /2/oauth2/token (form-encoded). */
export function tokenEndpoint(ctx: SimContext, form: URLSearchParams, authorization: string | undefined): XReply {
  const clientId = clientIdOf(form, authorization);
  if (!clientId) return xOAuthErrors.missing('client_id');
  if (clientId !== ctx.world.x.clientId) return xOAuthErrors.badClient();
  switch (form.get('grant_type')) {
    case 'authorization_code':
      return exchangeCode(ctx, form, clientId);
    case 'refresh_token':
      return refresh(ctx, form);
    case null:
      return xOAuthErrors.missing('grant_type');
    default:
      return xOAuthErrors.badGrantType();
  }
}

/**
 * POST /2/oauth2/revoke: always `{"revoked":true}` (RFC 7009 §2.2, also for unknown tokens). Revoking a refresh
 * token ends its whole grant; revoking an access token ends only that token.
 */
export function revokeEndpoint(ctx: SimContext, form: URLSearchParams, authorization: string | undefined): XReply {
  const clientId = clientIdOf(form, authorization);
  if (!clientId) return xOAuthErrors.missing('client_id');
  if (clientId !== ctx.world.x.clientId) return xOAuthErrors.badClient();
  const value = form.get('token');
  if (!value) return xOAuthErrors.missing('token');
  const access = ctx.state.xAccess.get(value);
  if (access) access.revoked = true;
  const refreshToken = ctx.state.xRefresh.get(value);
  if (refreshToken) {
    for (const t of ctx.state.xRefresh.values()) if (t.grantId === refreshToken.grantId) t.revoked = true;
    for (const t of ctx.state.xAccess.values()) if (t.grantId === refreshToken.grantId) t.revoked = true;
  }
  return xJson(200, { revoked: true });
}
