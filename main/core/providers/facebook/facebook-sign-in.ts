/**
 * Facebook Login for a desktop app (Meta's manual-flow guide, provider-api-facts §d.1): the login dialog in Tether's
 * own window, redirecting to login_success.html. Two products, as the user's Meta app has them:
 * - classic Facebook Login: `scope=` with `response_type=token` ("Desktop apps must use this setting");
 * - Facebook Login for Business (the preferred login of Business apps; a scope-only dialog answers "It looks like this
 *   app isn't available"): `config_id=` instead of `scope`, with `response_type=code` when the App Secret can redeem
 *   the code (the only way to a system-user token), `token` otherwise.
 * The answer becomes tokens in facebook-token-answer.ts. Revoke: DELETE /me/permissions.
 */
import type { TokenSet } from '../../secrets/token-set.codec';
import { createProviderHttp, isSuccess } from '../http/provider-http';
import { jsonObjectOf, transportFailure } from '../http/token-answers';
import type { AuthorizeRequest, AuthorizeResult, ProviderDeps, RevokeOutcome } from '../provider';
import { FACEBOOK_LOGIN_SCOPES } from './facebook-scopes';
import { failureOf, graphError } from './sign-in-failures';

/** The login dialog URL (manual-flow guide: client_id, redirect_uri, state, response_type, scope, auth_type). */
export async function facebookAuthorize(deps: ProviderDeps, request: AuthorizeRequest): Promise<AuthorizeResult> {
  const appId = deps.apps.metaAppId;
  if (!appId) return { kind: 'not_set_up', detail: 'Add your Meta App ID in Settings → Network apps.' };
  const { facebookWebOrigin, graphVersion } = deps.endpoints;
  const url = new URL(`${facebookWebOrigin}/${graphVersion}/dialog/oauth`);
  const params = new URLSearchParams({ client_id: appId, redirect_uri: request.redirectUri, state: request.state });
  const configId = deps.apps.metaConfigId;
  if (configId) {
    // Login for Business: the configuration says which permissions, assets and token type; all permissions are
    // granted together (its requirements), so there is nothing to ask again with auth_type=rerequest.
    params.set('config_id', configId);
    // A system-user token comes only from the code flow ("response_type: 'code' // must be set to 'code' for System
    // User access token", Meta's Embedded Signup samples); a code needs the App Secret to become a token.
    params.set('response_type', (await deps.apps.metaAppSecret()) ? 'code' : 'token');
  } else {
    params.set('response_type', 'token');
    params.set('scope', FACEBOOK_LOGIN_SCOPES.join(','));
    // Adds granted_scopes / denied_scopes to the redirect, so an unticked permission is known at once.
    params.set('return_scopes', 'true');
    // rerequest asks declined permissions again (manual-flow guide, facts §b.2).
    if (request.mode === 'rerequest') params.set('auth_type', 'rerequest');
  }
  url.search = params.toString();
  return { kind: 'url', url: url.href };
}

/**
 * Removes the app from the person's account: DELETE /me/permissions without a permission name revokes them all
 * (Graph user permissions reference; facts §b.2 documents the one-permission form).
 */
export async function facebookRevoke(deps: ProviderDeps, tokens: TokenSet): Promise<RevokeOutcome> {
  const http = createProviderHttp(deps.fetch, deps.timeoutMs);
  const { graphOrigin, graphVersion } = deps.endpoints;
  const answer = await http.send({
    method: 'DELETE',
    url: `${graphOrigin}/${graphVersion}/me/permissions`,
    headers: { authorization: `Bearer ${tokens.accessToken}` },
  });
  if (isSuccess(answer)) return { kind: 'revoked' };
  const lost = transportFailure(answer);
  return { kind: 'not_revoked', detail: lost ?? graphError(jsonObjectOf(answer)).message };
}

/**
 * Checks an App ID and Secret together: `oauth/access_token?grant_type=client_credentials` answers an app token
 * only when they match (access-tokens guide, "App Access Tokens").
 */
export async function checkMetaApp(
  deps: Pick<ProviderDeps, 'fetch' | 'endpoints' | 'timeoutMs'>,
  appId: string,
  secret: string,
): Promise<{ ok: true } | { ok: false; kind: 'mismatch' | 'unreachable' | 'refused'; detail: string }> {
  const http = createProviderHttp(deps.fetch, deps.timeoutMs);
  const { graphOrigin, graphVersion } = deps.endpoints;
  const query = new URLSearchParams({ grant_type: 'client_credentials', client_id: appId, client_secret: secret });
  const answer = await http.send({ method: 'GET', url: `${graphOrigin}/${graphVersion}/oauth/access_token?${query.toString()}` });
  if (isSuccess(answer) && jsonObjectOf(answer)?.access_token) return { ok: true };
  const outcome = failureOf(answer);
  if (outcome.failure === 'network_error') return { ok: false, kind: 'unreachable', detail: outcome.detail };
  return { ok: false, kind: outcome.failure === 'bad_app_credentials' ? 'mismatch' : 'refused', detail: outcome.detail };
}
