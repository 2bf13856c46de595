/**
 * Facebook Login for a desktop app (Meta's manual-flow guide, provider-api-facts §d.1): the login dialog with
 * `response_type=token` ("Desktop apps must use this setting"), the token read from the redirect's fragment, then
 * exchanged for a ~60-day user token with the App Secret (`grant_type=fb_exchange_token`, get-long-lived guide).
 * Without the secret the login is the dialog's short-lived token (about an hour). Revoke: DELETE /me/permissions.
 */
import { intField, stringField } from '../../reasons/response-body';
import { parseGraphError } from '../../reasons/graph-error.parser';
import { isAppCredentialsMessage } from '../../reasons/graph-message.fallback';
import type { TokenSet } from '../../secrets/token-set.codec';
import { createProviderHttp, isSuccess, type ProviderHttp } from '../http/provider-http';
import { jsonObjectOf, statusOf, transportFailure } from '../http/token-answers';
import type { AuthorizeRequest, AuthorizeResult, ExchangeOutcome, ProviderDeps, RevokeOutcome } from '../provider';
import { FACEBOOK_LOGIN_SCOPES } from './facebook-scopes';
import { objectArray } from './graph-answers';

/** The login dialog URL (manual-flow guide: client_id, redirect_uri, state, response_type, scope, auth_type). */
export async function facebookAuthorize(deps: ProviderDeps, request: AuthorizeRequest): Promise<AuthorizeResult> {
  const appId = deps.apps.metaAppId;
  if (!appId) return { kind: 'not_set_up', detail: 'Add your Meta App ID in Settings → Network apps.' };
  const { facebookWebOrigin, graphVersion } = deps.endpoints;
  const url = new URL(`${facebookWebOrigin}/${graphVersion}/dialog/oauth`);
  url.search = new URLSearchParams({
    client_id: appId,
    redirect_uri: request.redirectUri,
    state: request.state,
    response_type: 'token',
    scope: FACEBOOK_LOGIN_SCOPES.join(','),
    // Adds granted_scopes / denied_scopes to the redirect, so an unticked permission is known at once.
    return_scopes: 'true',
  }).toString();
  // rerequest asks declined permissions again (manual-flow guide, facts §b.2). reauthenticate asks the person to
  // log in again (Facebook Login's re-authentication guide; UNVERIFIED here: not in our facts doc).
  if (request.mode !== 'standard') url.searchParams.set('auth_type', request.mode);
  return { kind: 'url', url: url.href };
}

function graphError(body: ReturnType<typeof jsonObjectOf>): { code: number | null; message: string } {
  const error = body ? parseGraphError(body) : null;
  return { code: error?.code ?? null, message: error?.message ?? 'Facebook refused the request.' };
}

/**
 * What a failed Graph answer during sign-in means for the person. Only an answer that says the app's ID or secret
 * was refused blames them (graph-message.fallback.ts): code 1 alone is also Facebook's generic "An unknown error
 * occurred", and a 5xx is Facebook's trouble whatever its body says.
 */
function failureOf(answer: Parameters<typeof jsonObjectOf>[0]): ExchangeOutcome {
  const lost = transportFailure(answer);
  if (lost) return { kind: 'failed', failure: 'network_error', detail: lost };
  const body = jsonObjectOf(answer);
  const error = graphError(body);
  if ((statusOf(answer) ?? 0) >= 500) return { kind: 'failed', failure: 'network_error', detail: error.message };
  const said = body ? parseGraphError(body)?.message : null;
  if (isAppCredentialsMessage(said ?? null)) return { kind: 'failed', failure: 'bad_app_credentials', detail: error.message };
  return { kind: 'failed', failure: 'refused', detail: error.message };
}

/** Granted scopes: the redirect's `granted_scopes`, else /me/permissions. */
async function grantedScopes(deps: ProviderDeps, http: ProviderHttp, params: URLSearchParams, token: string): Promise<string[]> {
  const listed = params.get('granted_scopes');
  if (listed !== null) return listed.split(',').filter((s) => s.length > 0);
  const { graphOrigin, graphVersion } = deps.endpoints;
  const answer = await http.send({ method: 'GET', url: `${graphOrigin}/${graphVersion}/me/permissions`, headers: { authorization: `Bearer ${token}` } });
  const body = isSuccess(answer) ? jsonObjectOf(answer) : null;
  return body
    ? objectArray(body, 'data')
        .filter((r) => r.status === 'granted')
        .map((r) => stringField(r, 'permission') ?? '')
        .filter(Boolean)
    : [];
}

/** Reads the dialog's token from the redirect and, with the App Secret, makes it a ~60-day one. */
export async function facebookExchange(deps: ProviderDeps, params: URLSearchParams): Promise<ExchangeOutcome> {
  const short = params.get('access_token');
  if (!short) return { kind: 'failed', failure: 'failed', detail: 'Facebook sent no access token back.' };
  const http = createProviderHttp(deps.fetch, deps.timeoutMs);
  const now = deps.clock.now();
  const expiresIn = Number(params.get('expires_in'));
  // Sent beside the token in the fragment (UNVERIFIED: seen in redirects and in the simulator, not in the facts doc).
  const dataAccess = Number(params.get('data_access_expiration_time'));
  const scopes = await grantedScopes(deps, http, params, short);
  const base: TokenSet = {
    v: 1,
    accessToken: short,
    refreshToken: null,
    accessExpiresAt: Number.isFinite(expiresIn) && expiresIn > 0 ? now + expiresIn * 1000 : null,
    refreshExpiresAt: null,
    dataAccessExpiresAt: Number.isFinite(dataAccess) && dataAccess > 0 ? dataAccess * 1000 : null,
    scopes,
    obtainedAt: now,
  };
  const appId = deps.apps.metaAppId;
  const secret = await deps.apps.metaAppSecret();
  if (!appId || !secret) return { kind: 'tokens', tokens: base, shortLived: true };
  const { graphOrigin, graphVersion } = deps.endpoints;
  const query = new URLSearchParams({ grant_type: 'fb_exchange_token', client_id: appId, client_secret: secret, fb_exchange_token: short });
  const answer = await http.send({ method: 'GET', url: `${graphOrigin}/${graphVersion}/oauth/access_token?${query.toString()}` });
  const body = isSuccess(answer) ? jsonObjectOf(answer) : null;
  const long = body ? stringField(body, 'access_token') : null;
  if (!body || !long) return failureOf(answer);
  const longIn = intField(body, 'expires_in');
  return { kind: 'tokens', tokens: { ...base, accessToken: long, accessExpiresAt: longIn ? now + longIn * 1000 : null }, shortLived: false };
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
  if (outcome.kind !== 'failed') return { ok: false, kind: 'refused', detail: 'Facebook did not accept them.' };
  if (outcome.failure === 'network_error') return { ok: false, kind: 'unreachable', detail: outcome.detail };
  return { ok: false, kind: outcome.failure === 'bad_app_credentials' ? 'mismatch' : 'refused', detail: outcome.detail };
}
