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
  // "Invalid or expired token": the code can't say which. Tether's X tokens are OAuth 2.0 tokens that expire after
  // two hours and are renewed before that, so the time decides, not the wording. The classifier reads it as "no
  // longer valid", to be confirmed (ambiguous); classify() makes it "expired" when the caller's clock says the token
  // is past its known expiry (ClassifyOptions.tokenExpiresAt). A refresh that just failed is the engine's to weigh
  // (validation/refresh-trouble.ts): it reports the refresh's own answer, and the refresh it runs to confirm this
  // verdict is what tells "renewable" from "withdrawn". OAuth 1.0a tokens never expire: for them "no longer valid"
  // is the only true reading (bti, an OAuth 1.0a client, got it: gregkh/bti#42).
  [89, { reason: 'invalid_token_other', ambiguous: true }],
  [215, { reason: 'invalid_token_other', ambiguous: true }], // "Bad authentication data".
  [326, { reason: 'account_locked' }], // "this account is temporarily locked": unlock at x.com first.
  // The daily limits, which free themselves and never mean a broken token: 185 "User is over daily status update
  // limit." (403, ShareX/ShareX#3702) and 191 "User … is over daily photo limit" (named in issue 19). X's
  // response-codes page says 403 "is used when requests are being denied due to update limits".
  [185, { reason: 'rate_limited', rateLimit: 'window' }],
  [191, { reason: 'rate_limited', rateLimit: 'window' }],
  // "Your credentials do not allow access to this resource" (403): the token is valid but not allowed this
  // resource, its access level or permissions (raulrene/twitter-contest-js-bot#42, MateoCerquetella/twit-deno#4).
  [220, { reason: 'missing_permissions' }],
  [130, { reason: 'transient_provider_error' }], // "Over capacity".
  [131, { reason: 'transient_provider_error' }], // "Internal error".
  [63, { reason: 'not_a_disconnect' }], // Another user (the target) is suspended.
  [135, { reason: 'not_a_disconnect' }], // Timestamp out of range: this computer's clock, not the token.
  [226, { reason: 'not_a_disconnect' }], // "looks like it might be automated": one request refused.
  // One request or one piece of content refused: a page or user or Tweet that doesn't exist or can't be
  // seen, a duplicate, something already done, a Tweet too long, a media problem.
  ...[34, 50, 139, 144, 160, 179, 186, 187, 324, 327, 385].map((code): [number, Verdict] => [code, { reason: 'not_a_disconnect' }]),
  [261, { reason: 'not_a_disconnect', appConfigProblem: true }], // The app can't perform write actions.
  [415, { reason: 'not_a_disconnect', appConfigProblem: true }], // Callback URL not approved for this app.
  // The app's access level doesn't include this endpoint ("You currently have access to a subset of ...").
  [453, { reason: 'not_a_disconnect', appConfigProblem: true }],
  // "Unable to verify your credentials" from /oauth2/token: the app's own key and secret were refused.
  [99, { reason: 'app_misconfigured', appConfigProblem: true }],
]);

/**
 * DOCUMENTED LAST RESORT: the English `detail` of a generic 403. X answers a duplicate post with the same bare
 * `about:blank` 403 it uses for a missing scope (akrherz/iembot#163: "You are not allowed to create a Tweet
 * with duplicate content."); the detail is the only signal. If X rewords it, the verdict falls back to the
 * ambiguous missing_permissions, which the engine confirms before it disconnects anyone.
 */
const DUPLICATE_CONTENT_DETAIL = /\bduplicate content\b/i;

/**
 * The verdict for X's generic problem (`about:blank`), which carries no reason but its status. A bare 401 is
 * what an expired 2-hour access token, a revoked one and a suspended app all look like (facts e), so it is
 * ambiguous: the engine refreshes once before it believes it. A bare 403 usually means a missing scope or
 * access level, so it is ambiguous too, unless its detail says the post was a duplicate.
 */
function genericProblemVerdict(status: number | null, detail: string | null): Verdict | null {
  if (status === 401) return { reason: 'invalid_token_other', ambiguous: true };
  if (status === 403 && detail !== null && DUPLICATE_CONTENT_DETAIL.test(detail)) return { reason: 'not_a_disconnect' };
  if (status === 403) return { reason: 'missing_permissions', ambiguous: true };
  return null;
}

/** The slug of a v2 problem type URI, or the URI itself (`about:blank`, or an unknown host). */
function problemSlug(type: string): string {
  const match = /^https?:\/\/api\.(?:x|twitter)\.com\/2\/problems\/([a-z0-9-]+)\/?$/i.exec(type.trim());
  return match?.[1]?.toLowerCase() ?? type.trim();
}

type Read = { verdict: Verdict | null; details: ProviderErrorDetails };

function fromProblem(status: number | null, problem: JsonObject, traceId: string | null): Read {
  const type = stringField(problem, 'type') ?? 'about:blank';
  const slug = problemSlug(type);
  const generic = slug === 'about:blank';
  const detail = stringField(problem, 'detail');
  return {
    verdict: generic ? genericProblemVerdict(status, detail) : (PROBLEM_VERDICTS.get(slug) ?? null),
    details: {
      code: generic ? (intField(problem, 'status') ?? status) : slug,
      subcode: null,
      type,
      message: clipMessage(detail ?? stringField(problem, 'title')),
      traceId,
    },
  };
}

function fromV1Errors(errors: readonly JsonObject[], traceId: string | null): Read {
  const decisive =
    errors.find((e) => {
      const code = intField(e, 'code');
      return code !== null && V1_VERDICTS.has(code);
    }) ?? errors[0];
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

/**
 * The status the body states about itself (`"status": 401` in a v2 problem), for a response whose HTTP status
 * is unknown. Only a real HTTP status range counts.
 */
export function statedStatus(body: JsonObject): number | null {
  const status = intField(body, 'status');
  return status !== null && status >= 100 && status <= 599 ? status : null;
}

const hasV1Code = (errors: readonly JsonObject[]): boolean => errors.some((e) => intField(e, 'code') !== null);

/**
 * A 2xx body that lists errors. Beside `data` they are partial errors (one of several users not found): never a
 * disconnect. Alone, they are the whole answer: a v1.1 code is read like at any status (a 200 or a status-less
 * `{"errors":[{"code":89,...}]}` is still an invalid token), and a v2 problem by its type.
 */
function fromSuccess(status: number, body: JsonObject, errors: readonly JsonObject[], traceId: string | null): Read | null {
  if (errors.length === 0) return null;
  if ('data' in body) return { verdict: { reason: 'not_a_disconnect' }, details: detailsOf(status, errors, traceId) };
  if (hasV1Code(errors)) return fromV1Errors(errors, traceId);
  const problem = errors.find((e) => typeof e.type === 'string');
  return problem ? fromProblem(status, problem, traceId) : { verdict: { reason: 'not_a_disconnect' }, details: detailsOf(status, errors, traceId) };
}

/**
 * Reads an X JSON body. `verdict` is null when nothing in it is known; the HTTP status then decides. A null
 * status is unknown, not 200: the body decides on its own, with the status a problem body states.
 */
export function classifyTwitterBody(status: number | null, body: JsonObject, traceId: string | null): Read | null {
  if (isOAuthErrorBody(body)) return classifyOAuthError(body, traceId);
  const effective = status ?? statedStatus(body);
  const errors = Array.isArray(body.errors) ? body.errors.filter(isObject) : [];
  if (effective !== null && effective >= 200 && effective < 300) return fromSuccess(effective, body, errors, traceId);
  if (typeof body.type === 'string' || typeof body.title === 'string') return fromProblem(effective, body, traceId);
  if (hasV1Code(errors)) return fromV1Errors(errors, traceId);
  const problem = errors.find((e) => typeof e.type === 'string');
  return problem ? fromProblem(effective, problem, traceId) : null;
}

function detailsOf(status: number | null, errors: readonly JsonObject[], traceId: string | null): ProviderErrorDetails {
  const first = errors[0];
  if (!first) return { code: null, subcode: null, type: null, message: null, traceId };
  return typeof first.type === 'string' ? fromProblem(status, first, traceId).details : fromV1Errors(errors, traceId).details;
}
