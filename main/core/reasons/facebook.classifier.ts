/**
 * Graph API error codes → reasons, for Facebook and for Instagram (which speaks Graph). Decides on `code` and
 * `error_subcode` only, in the order of provider-api-facts.md a.6. Instagram's own codes go first.
 */
import type { RateLimitScope } from './classification';
import type { GraphError } from './graph-error.parser';
import { isAppCredentialsMessage, isInactiveTokenMessage, saysPermissionsMissing, saysSystemError, tokenReasonFromMessage } from './graph-message.fallback';
import { classifyInstagramError } from './instagram.classifier';
import type { Verdict } from './verdict';

/** Code 190 subcodes (facts a.3: the current doc table, plus the older 456–468 list where it is specific). */
const TOKEN_SUBCODES: ReadonlyMap<number, Verdict> = new Map<number, Verdict>([
  [458, { reason: 'access_revoked' }], // App Not Installed: the app was removed (Business Integrations).
  [459, { reason: 'security_checkpoint' }], // User Checkpointed: log in at facebook.com to clear it.
  [460, { reason: 'password_changed' }], // Password Changed, or Facebook reset the session for security.
  [463, { reason: 'token_expired' }], // Expired.
  // Unconfirmed User. Chosen: unconfirmed_account, the reason named for it; the owner must finish confirming
  // the account on facebook.com, and until then a new login fails the same way, so reconnect alone can't fix it.
  [464, { reason: 'unconfirmed_account' }],
  [467, { reason: 'invalid_token_other' }], // Invalid Access Token: logged out, or a system error.
  [468, { reason: 'token_expired' }], // Older list: "has not used the app for a long time".
  // Invalid Session: the token's user has no suitable role on the Page. A fresh login fails identically
  // until the role is back (facts, Surprises 3), so it is not token_expired.
  [492, { reason: 'insufficient_page_role' }],
]);

/** Rate limits (facts a.5 "Rate limits"; code 341 "Application limit reached" is throttling too). */
function rateLimitScope(code: number): RateLimitScope | null {
  switch (code) {
    case 4:
    case 341:
      return 'app';
    case 17:
      return 'user';
    case 32:
    case 80001: // Business use case: Page calls with a Page or System User token.
      return 'page';
    case 613:
      return 'custom';
    default:
      return code >= 80000 && code <= 80014 ? 'business_use_case' : null;
  }
}

/** Codes about one request or one piece of content, never about the connection (facts a.6 step 6). */
const REQUEST_CODES: ReadonlySet<number> = new Set([
  100, // Invalid parameter / unsupported get request / object does not exist.
  12, // Deprecated API.
  33, // "This object does not exist or does not support this action."
  506, // Duplicate post.
  803, // "Some of the aliases you requested do not exist": a wrong id in the request.
  2500, // "Unknown path components": a malformed path (see the one token message below).
  1609005, // Error posting a link (scraping).
]);

/**
 * Subcodes that narrow a permission code to one request or one target, not the connection; no permission a new
 * login could grant would change them:
 * - 200/1376025 "No Permission to Post", "You do not have permission to post in this group." (a group refusing a
 *   post: facebookarchive/php-graph-sdk#955);
 * - 200/2069030 "New Pages Experience Is Not Supported", "This endpoint is not supported in the new Pages
 *   experience." (an endpoint that no longer exists for the Page: pellaeon/fb-post-bulk-privacy-edit#20).
 */
const ONE_REQUEST_SUBCODES: ReadonlySet<number> = new Set([1376025, 2069030]);

/**
 * 190 (Access token expired), 102 (API Session): the token is invalid. The subcode says why (facebook-android-sdk
 * treats 102 and 190 alike for 459/464); without a known one, a plain message is the documented last resort.
 */
function tokenVerdict(subcode: number | null, message: string | null): Verdict {
  const bySubcode = subcode !== null ? TOKEN_SUBCODES.get(subcode) : undefined;
  if (bySubcode) return bySubcode;
  const byMessage = tokenReasonFromMessage(message);
  return { reason: byMessage ?? 'invalid_token_other' };
}

/**
 * The verdict for a Graph error, or null when the code is unknown (the HTTP status then decides, safely).
 * `is_transient` and the HTTP status are applied afterwards by classify.ts.
 */
export function classifyGraphError(error: GraphError): Verdict | null {
  // DOCUMENTED LAST RESORT (graph-message.fallback.ts): the answer itself says the app's ID or secret was refused,
  // whatever code it came with (1, 101, 190 or none). Under a 5xx the status guard still makes it transient.
  if (isAppCredentialsMessage(error.message)) return { reason: 'app_misconfigured', appConfigProblem: true };
  const instagram = classifyInstagramError(error);
  if (instagram) return instagram;
  const { code, subcode } = error;
  if (subcode !== null && ONE_REQUEST_SUBCODES.has(subcode)) return { reason: 'not_a_disconnect' };
  // A token subcode alone (no code field) still names the token failure.
  if (code === null) return subcode !== null ? (TOKEN_SUBCODES.get(subcode) ?? null) : null;
  // 1 API Unknown: "Possibly a temporary issue". When the server says is_transient:false and explains the
  // failure to the user (restfb's oauthExampleError: "Please choose another end date."), it is about the
  // request's input: retrying the same request can't succeed, and the connection is fine.
  if (code === 1 && error.isTransient === false && error.explainedToUser) return { reason: 'not_a_disconnect' };
  // 1 API Unknown, 2 API Service: "Temporary issue due to downtime. Wait and retry."
  if (code === 1 || code === 2) return { reason: 'transient_provider_error' };
  const scope = rateLimitScope(code);
  if (scope) return { reason: 'rate_limited', rateLimit: scope };
  if (code === 190 || code === 102) return tokenVerdict(subcode, error.message);
  // The legacy 452 session mismatch: the token is invalid, for no more specific reason.
  if (code === 452) return { reason: 'invalid_token_other' };
  // DOCUMENTED LAST RESORT (graph-message.fallback.ts): the one 2500 message that is about the token.
  if (code === 2500 && isInactiveTokenMessage(error.message)) return { reason: 'invalid_token_other' };
  // 415 "Two factor authentication required" (subcodes 2859009, 1404120): the asset is 2FA-protected.
  if (code === 415) return { reason: 'two_factor_required' };
  if (code === 368) {
    // Temporarily blocked for policy violations. 1404006 "A security check is required to proceed";
    // 1404078 Page Publishing Authorization (identity confirmation) pending. Chosen for 1404078:
    // unconfirmed_account, because the fix is the same as 464's: confirm who you are on facebook.com first.
    if (subcode === 1404006) return { reason: 'security_checkpoint' };
    if (subcode === 1404078) return { reason: 'unconfirmed_account' };
    // Any other 368 blocks an action for a while ("Wait and retry the operation"), not the connection.
    return { reason: 'not_a_disconnect' };
  }
  // 10 API Permission Denied, 200–299 API Permission: a permission was not granted or was removed.
  if (code === 10 || (code >= 200 && code <= 299)) return { reason: 'missing_permissions' };
  // 3 API Method, "Capability or permissions issue": the app lacks a capability, for every account alike.
  if (code === 3) return { reason: 'not_a_disconnect', appConfigProblem: true };
  // DOCUMENTED LAST RESORT (graph-message.fallback.ts): the one code-100 wording that names a missing grant.
  if (code === 100 && saysPermissionsMissing(error.message)) return { reason: 'missing_permissions' };
  if (REQUEST_CODES.has(code)) return { reason: 'not_a_disconnect' };
  // DOCUMENTED LAST RESORT, for a code no table knows: Facebook saying the failure is its own.
  if (saysSystemError(error.message)) return { reason: 'transient_provider_error' };
  return null;
}
