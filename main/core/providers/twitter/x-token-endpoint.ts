/** X's OAuth 2.0 token endpoint for a public client: refresh with rotation (each refresh returns a new refresh token). */
import { classify } from '../../reasons/classify';
import { isObject, stringField } from '../../reasons/response-body';
import type { TokenSet } from '../../secrets/token-set.codec';
import { createProviderHttp } from '../http/provider-http';
import type { ProviderDeps, RefreshOutcome } from '../provider';
import { fieldClassification } from '../field-classification';
import { deferredClassification, deferUntil, xAppLimit } from './x-app-limits';

/** Reads a token endpoint success body into a TokenSet. Null when it isn't one. */
export function tokenSetFromResponse(body: string, now: number, previous: TokenSet | null): TokenSet | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (!isObject(parsed)) return null;
  const accessToken = stringField(parsed, 'access_token');
  if (!accessToken) return null;
  const expiresIn = typeof parsed.expires_in === 'number' ? parsed.expires_in : null;
  const scope = stringField(parsed, 'scope');
  return {
    v: 1,
    accessToken,
    refreshToken: stringField(parsed, 'refresh_token') ?? null,
    accessExpiresAt: expiresIn !== null ? now + expiresIn * 1000 : null,
    refreshExpiresAt: previous?.refreshExpiresAt ?? null,
    dataAccessExpiresAt: null,
    scopes: scope ? scope.split(' ').filter(Boolean) : (previous?.scopes ?? []),
    obtainedAt: now,
  };
}

/** Exchanges the refresh token for a new pair. The old refresh token is spent from the moment X answers. */
export async function refreshXTokens(deps: ProviderDeps, tokens: TokenSet): Promise<RefreshOutcome> {
  if (!tokens.refreshToken) return { kind: 'failed', classification: fieldClassification('token_expired', 'No refresh token was granted (offline.access)') };
  if (!deps.apps.xClientId) return { kind: 'failed', classification: fieldClassification('invalid_token_other', 'No X Client ID is configured') };
  const http = createProviderHttp(deps.fetch, deps.timeoutMs);
  const answer = await http.send({
    method: 'POST',
    url: `${deps.endpoints.xApiOrigin}/2/oauth2/token`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: tokens.refreshToken, client_id: deps.apps.xClientId }).toString(),
  });
  const now = deps.clock.now();
  const limit = 'status' in answer ? xAppLimit(answer, now) : null;
  if (limit) {
    // Out of credits or capped: the app's problem. Whether X's token endpoint ever answers so is UNVERIFIED.
    if (limit.scope === 'app') deps.governor.x.blockApp(limit.cause, now, limit.until);
    return { kind: 'failed', classification: deferredClassification(limit.cause), deferred: { until: deferUntil(limit, now), cause: limit.cause } };
  }
  if ('status' in answer && answer.status >= 200 && answer.status < 300) {
    const next = tokenSetFromResponse(answer.body, now, tokens);
    if (next) return { kind: 'refreshed', tokens: next };
    return { kind: 'failed', classification: classify('twitter', { ...answer, status: 502 }, { now }) };
  }
  return { kind: 'failed', classification: classify('twitter', answer, { now }) };
}
