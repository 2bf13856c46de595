/**
 * X responses → reasons: API v2 problem `type` (with its status for the generic `about:blank`), v1.1
 * `errors[].code`, and OAuth token-endpoint errors. Source: provider-api-facts.md e.
 */
import type { ProviderErrorDetails } from './classification';
import { classifyOAuthError, isOAuthErrorBody } from './oauth-error.classifier';
import { type JsonObject, intField, isObject, stringField } from './response-body';
import { type Verdict, clipMessage } from './verdict';

/** v2 problem types, by the last segment of `https://api.x.com/2/problems/<slug>` (or api.twitter.com). */
const PROBLEM_VERDICTS: ReadonlyMap<string, Verdict> = new Map<string, Verdict>([
  // 403 "The user used for authentication is suspended" (akrherz/iembot#156).
  ['user-suspended', { reason: 'account_suspended' }],
  // 429 with `period: Monthly`: the app's monthly cap. Retrying before the next billing period is futile,
  // so it is told apart from a window limit by its scope.
  ['usage-capped', { reason: 'rate_limited', rateLimit: 'monthly_cap' }],
  // The app is not enrolled or is forbidden for this client (`reason`, `registration_url`): the user's network app.
  ['client-forbidden', { reason: 'not_a_disconnect', appConfigProblem: true }],
  ['unsupported-authentication', { reason: 'not_a_disconnect' }],
  ['invalid-request', { reason: 'not_a_disconnect' }],
  ['resource-not-found', { reason: 'not_a_disconnect' }],
  ['not-authorized-for-resource', { reason: 'not_a_disconnect' }],
  ['not-authorized-for-field', { reason: 'not_a_disconnect' }],
  ['disallowed-resource', { reason: 'not_a_disconnect' }],
  ['resource-unavailable', { reason: 'not_a_disconnect' }],
  ['rule-cap', { reason: 'not_a_disconnect' }],
  ['duplicate-rules', { reason: 'not_a_disconnect' }],
  ['invalid-rules', { reason: 'not_a_disconnect' }],
  ['streaming-connection', { reason: 'transient_provider_error' }],
  ['client-disconnected', { reason: 'transient_provider_error' }],
  ['operational-disconnect', { reason: 'transient_provider_error' }],
]);

/** v1.1 error codes (X's error-troubleshooting list as copied in SDKs, facts e). */
const V1_VERDICTS: ReadonlyMap<number, Verdict> = new Map<number, Verdict>([
  // "Could not authenticate you": bad token, and also seen for suspended accounts (grammar-nazi-bot#76).
  [32, { reason: 'invalid_token_other', ambiguous: true }],
  [64, { reason: 'account_suspended' }], // The token's own user is suspended.
  [88, { reason: 'rate_limited', rateLimit: 'window' }],
  [89, { reason: 'token_expired' }], // "Invalid or expired token".
  [215, { reason: 'invalid_token_other', ambiguous: true }], // "Bad authentication data".
  [326, { reason: 'account_locked' }], // "this account is temporarily locked": unlock at x.com first.
  [63, { reason: 'not_a_disconnect' }], // Another user (the target) is suspended.
  [135, { reason: 'not_a_disconnect' }], // Timestamp out of range: this computer's clock.
  [226, { reason: 'not_a_disconnect' }], // "looks like it might be automated": one request refused.
  [261, { reason: 'not_a_disconnect', appConfigProblem: true }], // The app can't perform write actions.
  [415, { reason: 'not_a_disconnect', appConfigProblem: true }], // Callback URL not approved for this app.
]);

/**
 * The verdict for X's generic problem (`about:blank`), which carries no reason but its status. A bare 401 is
 * what an expired 2-hour access token, a revoked one and a suspended app all look like (facts e), so it is
 * ambiguous: the engine refreshes once before it believes it. A bare 403 usually means a missing scope or
 * access level, but posting a duplicate also answers it, so it is ambiguous too.
 */
function genericProblemVerdict(status: number): Verdict | null {
  if (status === 401) return { reason: 'invalid_token_other', ambiguous: true };
  if (status === 403) return { reason: 'missing_permissions', ambiguous: true };
  return null;
}

/** The slug of a v2 problem type URI, or the URI itself (`about:blank`, or an unknown host). */
function problemSlug(type: string): string {
  const match = /^https?:\/\/api\.(?:x|twitter)\.com\/2\/problems\/([a-z0-9-]+)\/?$/i.exec(type.trim());
  return match?.[1]?.toLowerCase() ?? type.trim();
}

function fromProblem(status: number, problem: JsonObject, traceId: string | null): { verdict: Verdict | null; details: ProviderErrorDetails } {
  const type = stringField(problem, 'type') ?? 'about:blank';
  const slug = problemSlug(type);
  const generic = slug === 'about:blank';
  return {
    verdict: generic ? genericProblemVerdict(status) : (PROBLEM_VERDICTS.get(slug) ?? null),
    details: {
      code: generic ? (intField(problem, 'status') ?? status) : slug,
      subcode: null,
      type,
      message: clipMessage(stringField(problem, 'detail') ?? stringField(problem, 'title')),
      traceId,
    },
  };
}

function fromV1Errors(errors: readonly JsonObject[], traceId: string | null): { verdict: Verdict | null; details: ProviderErrorDetails } {
  const decisive = errors.find((e) => { const code = intField(e, 'code'); return code !== null && V1_VERDICTS.has(code); }) ?? errors[0];
  const code = decisive ? intField(decisive, 'code') : null;
  return {
    verdict: code !== null ? (V1_VERDICTS.get(code) ?? null) : null,
    details: {
      code,
      subcode: decisive ? intField(decisive, 'sub_error_code') : null,
      type: null,
      message: decisive ? clipMessage(stringField(decisive, 'message')) : null,
      traceId,
    },
  };
}

/** Reads an X JSON body. `verdict` is null when nothing in it is known; the HTTP status then decides. */
export function classifyTwitterBody(
  status: number,
  body: JsonObject,
  traceId: string | null,
): { verdict: Verdict | null; details: ProviderErrorDetails } | null {
  if (isOAuthErrorBody(body)) return classifyOAuthError(body, traceId);
  const errors = Array.isArray(body.errors) ? body.errors.filter(isObject) : [];
  // A successful answer may list partial errors (one of several users not found): never a disconnect.
  if (status >= 200 && status < 300) {
    return errors.length > 0 || 'data' in body ? { verdict: { reason: 'not_a_disconnect' }, details: detailsOf(status, errors, traceId) } : null;
  }
  if (typeof body.type === 'string' || typeof body.title === 'string') return fromProblem(status, body, traceId);
  if (errors.some((e) => intField(e, 'code') !== null)) return fromV1Errors(errors, traceId);
  const problem = errors.find((e) => typeof e.type === 'string');
  return problem ? fromProblem(status, problem, traceId) : null;
}

function detailsOf(status: number, errors: readonly JsonObject[], traceId: string | null): ProviderErrorDetails {
  const first = errors[0];
  if (!first) return { code: null, subcode: null, type: null, message: null, traceId };
  return typeof first.type === 'string' ? fromProblem(status, first, traceId).details : fromV1Errors(errors, traceId).details;
}
