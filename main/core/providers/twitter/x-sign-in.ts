/**
 * X OAuth 2.0 Authorization Code with PKCE for a public (Native App) client (provider-api-facts §d.2): the
 * authorize URL on x.com, the code exchanged at /2/oauth2/token with the verifier, and revoke at /2/oauth2/revoke.
 * `offline.access` brings the refresh token that keeps the login alive past two hours.
 */
import { stringField } from '../../reasons/response-body';
import type { TokenSet } from '../../secrets/token-set.codec';
import { createProviderHttp, isSuccess } from '../http/provider-http';
import { jsonObjectOf, statusOf, transportFailure } from '../http/token-answers';
import type { AuthorizeRequest, AuthorizeResult, ExchangeContext, ExchangeOutcome, ProviderDeps, RevokeOutcome } from '../provider';
import { tokenSetFromResponse } from './x-token-endpoint';
import { X_SCOPES } from './twitter.provider';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** The authorize URL; X has no parameter that forces a fresh login, so `mode` changes nothing here. */
export async function xAuthorize(deps: ProviderDeps, request: AuthorizeRequest): Promise<AuthorizeResult> {
  const clientId = deps.apps.xClientId;
  if (!clientId) return { kind: 'not_set_up', detail: 'Add your X Client ID in Settings → Network apps.' };
  if (!request.codeChallenge) return { kind: 'not_set_up', detail: 'X needs PKCE and no challenge was made.' };
  const url = new URL(`${deps.endpoints.xWebOrigin}/i/oauth2/authorize`);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: request.redirectUri,
    scope: X_SCOPES.join(' '),
    state: request.state,
    code_challenge: request.codeChallenge,
    code_challenge_method: 'S256',
  }).toString();
  return { kind: 'url', url: url.href };
}

/** Exchanges the code within X's 30 seconds ("exchange it with an access token within 30 seconds", §c). */
export async function xExchange(deps: ProviderDeps, params: URLSearchParams, context: ExchangeContext): Promise<ExchangeOutcome> {
  const code = params.get('code');
  const clientId = deps.apps.xClientId;
  if (!code) return { kind: 'failed', failure: 'failed', detail: 'X sent no authorization code back.' };
  if (!clientId || !context.codeVerifier) return { kind: 'failed', failure: 'failed', detail: 'No X Client ID is set, or no PKCE verifier was kept.' };
  const http = createProviderHttp(deps.fetch, deps.timeoutMs);
  const answer = await http.send({
    method: 'POST',
    url: `${deps.endpoints.xApiOrigin}/2/oauth2/token`,
    headers: FORM,
    body: new URLSearchParams({
      code,
      grant_type: 'authorization_code',
      client_id: clientId,
      redirect_uri: context.redirectUri,
      code_verifier: context.codeVerifier,
    }).toString(),
  });
  const lost = transportFailure(answer);
  if (lost) return { kind: 'failed', failure: 'network_error', detail: lost };
  const now = deps.clock.now();
  if (isSuccess(answer)) {
    const tokens: TokenSet | null = tokenSetFromResponse(answer.body, now, null);
    return tokens ? { kind: 'tokens', tokens, lifetime: 'long' } : { kind: 'failed', failure: 'failed', detail: 'X answered without tokens.' };
  }
  const body = jsonObjectOf(answer);
  const error = body ? stringField(body, 'error') : null;
  const detail = (body ? stringField(body, 'error_description') : null) ?? error ?? `HTTP ${statusOf(answer) ?? '?'}`;
  // RFC 6749 §5.2: invalid_client / unauthorized_client = the client id isn't accepted.
  if (error === 'invalid_client' || error === 'unauthorized_client') return { kind: 'failed', failure: 'bad_app_credentials', detail };
  // X answers invalid_request "Value passed for the authorization code was invalid." for a bad verifier and a stale code alike.
  if (error === 'invalid_request' || error === 'invalid_grant') return { kind: 'failed', failure: 'code_rejected', detail };
  if ((statusOf(answer) ?? 0) >= 500) return { kind: 'failed', failure: 'network_error', detail };
  return { kind: 'failed', failure: 'failed', detail };
}

/**
 * Revokes the refresh token, then the access token. "A revoke token invalidates an access token or refresh token"
 * (docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token, step 6): once the refresh token is revoked
 * the login can't be renewed, so it is gone even if the access-token call then fails; that token stops working by
 * itself when its two hours are up. RFC 7009 answers 200 even for unknown tokens.
 */
export async function xRevoke(deps: ProviderDeps, tokens: TokenSet): Promise<RevokeOutcome> {
  const clientId = deps.apps.xClientId;
  if (!clientId) return { kind: 'not_revoked', detail: 'No X Client ID is set, so X could not be asked.' };
  const http = createProviderHttp(deps.fetch, deps.timeoutMs);
  const revoke = async (token: string, hint: string): Promise<string | null> => {
    const answer = await http.send({
      method: 'POST',
      url: `${deps.endpoints.xApiOrigin}/2/oauth2/revoke`,
      headers: FORM,
      body: new URLSearchParams({ token, token_type_hint: hint, client_id: clientId }).toString(),
    });
    return isSuccess(answer) ? null : (transportFailure(answer) ?? `X answered HTTP ${statusOf(answer) ?? '?'}`);
  };
  if (tokens.refreshToken) {
    const failed = await revoke(tokens.refreshToken, 'refresh_token');
    if (failed) return { kind: 'not_revoked', detail: failed };
  }
  const accessFailed = await revoke(tokens.accessToken, 'access_token');
  if (!accessFailed) return { kind: 'revoked' };
  if (!tokens.refreshToken) return { kind: 'not_revoked', detail: accessFailed };
  return {
    kind: 'revoked',
    detail: `X ended this login. Its last access token could not be revoked and stops working by itself within two hours (${accessFailed}).`,
  };
}
