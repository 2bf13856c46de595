/**
 * OAuth 2.0 error bodies (`{"error":"invalid_grant","error_description":"…"}`, RFC 6749 §5.2 and RFC 6750 §3.1),
 * as X's token endpoint returns them on a failed refresh. Decides on the `error` code, never the description.
 */
import type { ProviderErrorDetails } from './classification';
import { type JsonObject, stringField } from './response-body';
import { type Verdict, clipMessage } from './verdict';

/**
 * The verdict per OAuth error code; null leaves it to the HTTP status.
 *
 * `invalid_request` → token_expired. X answers a spent, revoked or expired refresh token with
 * `invalid_request` "Value passed for the token was invalid." (facts e and c: rotating refresh tokens), not
 * with `invalid_grant`. Tether's token requests are built by code and well-formed, so on a token endpoint this
 * code means the token was refused. Expired and revoked can't be told apart here (the description is the same
 * text), and reconnect fixes both, so the card explains it as a sign-in that could not be renewed.
 */
function verdictFor(code: string): Verdict | null {
  switch (code) {
    case 'invalid_grant':
    case 'invalid_request':
      return { reason: 'token_expired' };
    case 'invalid_token':
      return { reason: 'invalid_token_other' };
    case 'insufficient_scope':
      return { reason: 'missing_permissions' };
    // The user's network app is wrong (unknown client id, a confidential client without its secret, a
    // scope the app may not ask for): no reconnect helps until Settings → Network apps is fixed.
    case 'invalid_client':
    case 'unauthorized_client':
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
  return {
    verdict: verdictFor(code),
    details: { code, subcode: null, type: 'oauth', message: clipMessage(stringField(body, 'error_description')), traceId },
  };
}
