/**
 * OAuth 2.0 error bodies (`{"error":"invalid_grant","error_description":"…"}`, RFC 6749 §5.2 and RFC 6750 §3.1),
 * as X's token endpoint returns them on a failed refresh. Decides on the `error` code; the description only
 * splits `invalid_request` (a documented last resort, below).
 */
import type { ProviderErrorDetails } from './classification';
import { type JsonObject, stringField } from './response-body';
import { type Verdict, clipMessage } from './verdict';

/**
 * DOCUMENTED LAST RESORT: the `error_description` of an X `invalid_request`. X uses that one code both for a
 * refused token and for a malformed sign-in exchange, and only the (English, fixed) description tells them
 * apart. A sign-in exchange whose authorization code or PKCE verifier was refused (node-twitter-api-v2#496,
 * twitter-api-typescript-sdk#25/#26) is a failed sign-in attempt: no stored connection is judged by it.
 */
const SIGN_IN_EXCHANGE_DESCRIPTION = /\bauthorization code\b|\bcode[ _]verifier\b/i;

/**
 * `invalid_request` → token_expired, except for a refused sign-in exchange. X answers a spent, revoked or
 * expired refresh token with `invalid_request` "Value passed for the token was invalid." (facts e and c:
 * rotating refresh tokens), not with `invalid_grant`. Tether's refresh requests are built by code and
 * well-formed, so on the token endpoint this code means the token was refused. Expired and revoked can't be
 * told apart (the description is the same), and reconnect fixes both.
 */
function invalidRequestVerdict(description: string | null): Verdict {
  if (description !== null && SIGN_IN_EXCHANGE_DESCRIPTION.test(description)) return { reason: 'not_a_disconnect' };
  return { reason: 'token_expired' };
}

/** The verdict per OAuth error code; null leaves it to the HTTP status. */
function verdictFor(code: string, description: string | null): Verdict | null {
  switch (code) {
    case 'invalid_request':
      return invalidRequestVerdict(description);
    case 'invalid_grant':
      return { reason: 'token_expired' };
    case 'invalid_token':
      return { reason: 'invalid_token_other' };
    case 'insufficient_scope':
      return { reason: 'missing_permissions' };
    // The X developer app itself is refused: an unknown client id, or a confidential client without its
    // Basic header ("Missing valid authorization header", unasuke/omniauth-twitter2#4). Every account of the
    // app fails until its settings are fixed in the developer portal; reconnecting one account can't help.
    case 'invalid_client':
    case 'unauthorized_client':
      return { reason: 'app_misconfigured', appConfigProblem: true };
    // A grant type or scope the app may not use: the request, not the connection.
    case 'unsupported_grant_type':
    case 'invalid_scope':
      return { reason: 'not_a_disconnect', appConfigProblem: true };
    // The sign-in flow reports a refusal itself; as a response, it says nothing about a stored connection.
    case 'access_denied':
      return { reason: 'not_a_disconnect' };
    case 'server_error':
    case 'temporarily_unavailable':
      return { reason: 'transient_provider_error' };
    default:
      return null;
  }
}

/** True when the body is an OAuth error body: a string `error` field. */
export function isOAuthErrorBody(body: JsonObject): boolean {
  return typeof body.error === 'string';
}

/** Reads an OAuth error body; `verdict` is null when the code is not one Tether knows. */
export function classifyOAuthError(body: JsonObject, traceId: string | null): { verdict: Verdict | null; details: ProviderErrorDetails } {
  const code = stringField(body, 'error') ?? '';
  const description = stringField(body, 'error_description');
  return {
    verdict: verdictFor(code, description),
    details: { code, subcode: null, type: 'oauth', message: clipMessage(description), traceId },
  };
}
