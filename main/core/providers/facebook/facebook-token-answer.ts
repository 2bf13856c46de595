/**
 * Turns the answer of Facebook's login dialog into a login (TokenSet), learning what kind of token it is from
 * Facebook's own answers, never by guessing:
 * - `#access_token=…` (token flow): with `long_lived_token=…` beside it (Login for Business's redirect, Meta's
 *   "Facebook Login for Business" guide for Instagram), that one is the login; otherwise the App Secret makes the short
 *   token a ~60-day one (`grant_type=fb_exchange_token`, get-long-lived guide); without either it lasts about an hour.
 * - `?code=…` (Login for Business with the App Secret): redeemed at /oauth/access_token, then `debug_token` says
 *   what it is: `type: SYSTEM_USER` with `expires_at: 0` is a system-user token that never expires (facts §b.1,
 *   php-graph-sdk#63); a `USER` token is made long-lived as above.
 */
import { intField, isObject, stringField, type JsonObject } from '../../reasons/response-body';
import type { TokenSet } from '../../secrets/token-set.codec';
import { createProviderHttp, isSuccess, type ProviderHttp } from '../http/provider-http';
import { jsonObjectOf } from '../http/token-answers';
import type { ExchangeContext, ExchangeOutcome, LoginLifetime, ProviderDeps } from '../provider';
import { objectArray } from './graph-answers';
import { failureOf } from './sign-in-failures';

/**
 * How long a long-lived user token lasts when no answer says: "generally lasts about 60 days" (get-long-lived guide,
 * facts §c). Used only for a `long_lived_token` taken without the App Secret (nothing else can be asked then); the
 * App Secret's `debug_token` gives the exact time.
 */
const LONG_LIVED_FALLBACK_MS = 60 * 86_400_000;

type Failed = Extract<ExchangeOutcome, { kind: 'failed' }>;

/** A token and what Facebook said about it. */
interface Obtained {
  readonly token: string;
  /** Epoch ms; null = never expires (only when Facebook said so) or unknown. */
  readonly expiresAt: number | null;
  readonly dataAccessExpiresAt: number | null;
  readonly lifetime: LoginLifetime;
}

/** The user's Meta app with its secret: what the code exchange, fb_exchange_token and debug_token need. */
interface App {
  readonly id: string;
  readonly secret: string;
}

interface Step {
  readonly deps: ProviderDeps;
  readonly http: ProviderHttp;
  readonly now: number;
  /** Null without the App Secret (or the App ID). */
  readonly app: App | null;
}

const positiveSeconds = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null);

function graphUrl(step: Step, path: string, query: Record<string, string>): string {
  const { graphOrigin, graphVersion } = step.deps.endpoints;
  const search = new URLSearchParams(query).toString();
  return `${graphOrigin}/${graphVersion}/${path}${search ? `?${search}` : ''}`;
}

/** `grant_type=fb_exchange_token`: a short user token made a ~60-day one (needs the App Secret). */
async function extend(step: Step, app: App, short: string, dataAccessExpiresAt: number | null): Promise<Obtained | Failed> {
  const query = { grant_type: 'fb_exchange_token', client_id: app.id, client_secret: app.secret, fb_exchange_token: short };
  const answer = await step.http.send({ method: 'GET', url: graphUrl(step, 'oauth/access_token', query) });
  const body = isSuccess(answer) ? jsonObjectOf(answer) : null;
  const long = body ? stringField(body, 'access_token') : null;
  if (!body || !long) return failureOf(answer);
  const seconds = intField(body, 'expires_in');
  return { token: long, expiresAt: seconds ? step.now + seconds * 1000 : null, dataAccessExpiresAt, lifetime: 'long' };
}

/** What `debug_token` says about a token (the app token needs the App Secret). */
async function inspect(step: Step, app: App, token: string): Promise<{ readonly kind: 'inspected'; readonly data: JsonObject } | Failed> {
  const query = { input_token: token, access_token: `${app.id}|${app.secret}` };
  const answer = await step.http.send({ method: 'GET', url: graphUrl(step, 'debug_token', query) });
  const body = isSuccess(answer) ? jsonObjectOf(answer) : null;
  const data = body && isObject(body.data) ? body.data : null;
  if (!data) return failureOf(answer);
  if (data.is_valid !== true) {
    const error = isObject(data.error) ? stringField(data.error, 'message') : null;
    return { kind: 'failed', failure: 'refused', detail: error ?? 'Facebook says the new login is not valid.' };
  }
  return { kind: 'inspected', data };
}

/** The token redeemed for a code, then judged by `debug_token`. */
async function fromCode(step: Step, code: string, redirectUri: string): Promise<Obtained | Failed> {
  const { app } = step;
  if (!app) {
    return {
      kind: 'failed',
      failure: 'not_set_up',
      detail: 'Facebook sent a sign-in code, which only your Meta App Secret can turn into a login. Add the App Secret in Network apps.',
    };
  }
  const query = { client_id: app.id, client_secret: app.secret, redirect_uri: redirectUri, code };
  const answer = await step.http.send({ method: 'GET', url: graphUrl(step, 'oauth/access_token', query) });
  const body = isSuccess(answer) ? jsonObjectOf(answer) : null;
  const token = body ? stringField(body, 'access_token') : null;
  if (!body || !token) return failureOf(answer);
  const inspected = await inspect(step, app, token);
  if (inspected.kind === 'failed') return inspected;
  const { data } = inspected;
  const dataAccess = positiveSeconds(data.data_access_expires_at);
  const dataAccessExpiresAt = dataAccess ? dataAccess * 1000 : null;
  if (data.type === 'SYSTEM_USER' && data.expires_at === 0) return { token, expiresAt: null, dataAccessExpiresAt, lifetime: 'never' };
  const expiresAt = positiveSeconds(data.expires_at);
  if (data.type === 'SYSTEM_USER') return { token, expiresAt: expiresAt ? expiresAt * 1000 : null, dataAccessExpiresAt, lifetime: 'long' };
  return extend(step, app, token, dataAccessExpiresAt);
}

/** The token of a `#access_token=…` redirect. */
async function fromFragment(step: Step, params: URLSearchParams): Promise<Obtained | Failed> {
  const short = params.get('access_token');
  const long = params.get('long_lived_token');
  // data_access_expiration_time may be 0 (facts, "Desktop redirect fragment"): then it is unknown.
  const dataAccess = positiveSeconds(Number(params.get('data_access_expiration_time')));
  const dataAccessExpiresAt = dataAccess ? dataAccess * 1000 : null;
  const { app } = step;
  if (long) {
    if (!app) return { token: long, expiresAt: step.now + LONG_LIVED_FALLBACK_MS, dataAccessExpiresAt, lifetime: 'long' };
    const inspected = await inspect(step, app, long);
    if (inspected.kind === 'failed') return inspected;
    const { data } = inspected;
    const expiresAt = positiveSeconds(data.expires_at);
    return { token: long, expiresAt: expiresAt ? expiresAt * 1000 : null, dataAccessExpiresAt, lifetime: data.expires_at === 0 ? 'never' : 'long' };
  }
  if (!short) return { kind: 'failed', failure: 'failed', detail: 'Facebook sent no access token back.' };
  if (app) return extend(step, app, short, dataAccessExpiresAt);
  const expiresIn = positiveSeconds(Number(params.get('expires_in')));
  return { token: short, expiresAt: expiresIn ? step.now + expiresIn * 1000 : null, dataAccessExpiresAt, lifetime: 'short' };
}

/** Granted scopes: the redirect's `granted_scopes` (classic dialog with return_scopes), else /me/permissions. */
async function grantedScopes(step: Step, params: URLSearchParams, token: string): Promise<string[]> {
  const listed = params.get('granted_scopes');
  if (listed !== null) return listed.split(',').filter((s) => s.length > 0);
  const answer = await step.http.send({ method: 'GET', url: graphUrl(step, 'me/permissions', {}), headers: { authorization: `Bearer ${token}` } });
  const body = isSuccess(answer) ? jsonObjectOf(answer) : null;
  return body
    ? objectArray(body, 'data')
        .filter((r) => r.status === 'granted')
        .map((r) => stringField(r, 'permission') ?? '')
        .filter(Boolean)
    : [];
}

/** Reads the dialog's answer (query and fragment merged) and makes it a login. */
export async function facebookExchange(deps: ProviderDeps, params: URLSearchParams, context: Pick<ExchangeContext, 'redirectUri'>): Promise<ExchangeOutcome> {
  const id = deps.apps.metaAppId;
  const secret = await deps.apps.metaAppSecret();
  const step: Step = {
    deps,
    http: createProviderHttp(deps.fetch, deps.timeoutMs),
    now: deps.clock.now(),
    app: id && secret ? { id, secret } : null,
  };
  const code = params.get('code');
  const obtained = code ? await fromCode(step, code, context.redirectUri) : await fromFragment(step, params);
  if ('kind' in obtained) return obtained;
  const tokens: TokenSet = {
    v: 1,
    accessToken: obtained.token,
    refreshToken: null,
    accessExpiresAt: obtained.expiresAt,
    refreshExpiresAt: null,
    dataAccessExpiresAt: obtained.dataAccessExpiresAt,
    scopes: await grantedScopes(step, params, obtained.token),
    obtainedAt: step.now,
  };
  return { kind: 'tokens', tokens, lifetime: obtained.lifetime };
}
