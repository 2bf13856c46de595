/**
 * X API error bodies as X sends them (facts §e): v2 problems (`about:blank` for generic statuses, typed
 * problems for suspension, usage caps and invalid requests), v1.1 `errors[]` where X still uses them (326
 * locked), and OAuth 2.0 token-endpoint errors.
 */

/** A JSON reply for the X API. The body keeps its type so tests can hold it against the X SDK's types. */
export interface XReply<B = unknown> {
  readonly status: number;
  readonly body: B;
  readonly headers: Readonly<Record<string, string>>;
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

/** A reply with X's JSON content type and extra headers. */
export function xJson<B>(status: number, body: B, headers: Record<string, string> = {}): XReply<B> {
  return { status, body, headers: { ...JSON_TYPE, ...headers } };
}

const TITLES: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The generic problem: `{"title","type":"about:blank","status","detail"}` (akrherz/iembot#154). */
export function aboutBlank(status: number, headers: Record<string, string> = {}) {
  const title = TITLES[status] ?? 'Error';
  return xJson(status, { title, type: 'about:blank' as const, status, detail: title }, headers);
}

/** X API v2 error replies. */
export const xErrors = {
  /** Revoked, expired or unknown token. No x-rate-limit headers on 401 (facts §e). */
  unauthorized: () => aboutBlank(401),
  forbidden: (headers: Record<string, string>) => aboutBlank(403, headers),
  suspended: (headers: Record<string, string>) =>
    xJson(
      403,
      {
        detail: 'The user used for authentication is suspended',
        title: 'Forbidden',
        status: 403,
        type: 'https://api.twitter.com/2/problems/user-suspended' as const,
      },
      headers,
    ),
  locked: (headers: Record<string, string>) =>
    xJson(
      403,
      {
        errors: [
          {
            code: 326,
            message:
              'To protect our users from spam and other malicious activity, this account is temporarily locked. Please log in to https://twitter.com to unlock your account.',
            sub_error_code: 0,
            bounce_location: 'https://twitter.com/account/access',
          },
        ],
      },
      headers,
    ),
  tooManyRequests: (headers: Record<string, string>) => aboutBlank(429, headers),
  /** The monthly cap: 429 while x-rate-limit-remaining is still high (xdevplatform/xdk#25). */
  usageCapped: (headers: Record<string, string>) =>
    xJson(
      429,
      {
        title: 'UsageCapExceeded',
        detail: 'Usage cap exceeded: Monthly product cap',
        type: 'https://api.twitter.com/2/problems/usage-capped' as const,
        period: 'Monthly' as const,
        scope: 'Product' as const,
      },
      headers,
    ),
  /**
   * Credits spent on pay-per-use: `HTTP 402 {"title":"Payment Required","detail":"credits depleted","type":
   * "https://api.x.com/2/problems/credits-depleted"}`, sent while x-rate-limit-remaining stayed high (public capture,
   * koala73/worldmonitor PR #7156, 2026-08-25). X's docs name no 402 body. Other captures of X's 402 show a
   * content-length of 185 (tryethernal/ethernal#1324), longer than this body: X may add fields (UNVERIFIED).
   */
  creditsDepleted: (headers: Record<string, string>) =>
    xJson(402, { title: 'Payment Required', detail: 'credits depleted', type: 'https://api.x.com/2/problems/credits-depleted' as const }, headers),
  invalidField: (param: string, bad: readonly string[], allowed: readonly string[], headers: Record<string, string>) =>
    xJson(
      400,
      {
        errors: [{ parameters: { [param]: bad }, message: `The \`${param}\` query parameter value [${bad.join(',')}] is not one of [${allowed.join(',')}]` }],
        title: 'Invalid Request',
        detail: 'One or more parameters to your request was invalid.',
        type: 'https://api.x.com/2/problems/invalid-request' as const,
      },
      headers,
    ),
  notFound: () => xJson(404, { errors: [{ message: 'Sorry, that page does not exist', code: 34 }] }),
};

/** The RFC 6749 §5.2 error codes the simulator's token endpoint uses. */
type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'unsupported_grant_type';

function oauthError(status: number, error: OAuthErrorCode, description: string) {
  return xJson(status, { error, error_description: description });
}

/** OAuth 2.0 token-endpoint errors (`{"error","error_description"}`). */
export const xOAuthErrors = {
  /** A spent, revoked or expired refresh token (facts §c and §e). */
  badRefreshToken: () => oauthError(400, 'invalid_request', 'Value passed for the token was invalid.'),
  /** A bad, reused or expired code, or one whose PKCE verifier or redirect_uri does not match (PLhery/node-twitter-api-v2#496). */
  badCode: () => oauthError(400, 'invalid_request', 'Value passed for the authorization code was invalid.'),
  // The wording of the next three is UNVERIFIED; the error codes follow RFC 6749 §5.2.
  missing: (param: string) => oauthError(400, 'invalid_request', `Missing required parameter [${param}].`),
  badClient: () => oauthError(401, 'invalid_client', 'Client authentication failed.'),
  badGrantType: () => oauthError(400, 'unsupported_grant_type', 'grant_type must be authorization_code or refresh_token.'),
};
