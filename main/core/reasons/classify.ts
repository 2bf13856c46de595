/**
 * The classifier: one provider response (or the transport failure that replaced it) → one reason, with what
 * it means for the connection, when to retry, and the provider's own identifiers for the support line.
 */
import type { ProviderId } from '../../../shared/domain/provider-id';
import { REASON_POLICY } from '../../../shared/reasons/reason-policy';
import { redactString } from '../logging/redact';
import type { Classification, ProviderErrorDetails } from './classification';
import { classifyAccountFields } from './account-fields.classifier';
import { classifyGraphError } from './facebook.classifier';
import { parseGraphError } from './graph-error.parser';
import { classifyOAuthError, isOAuthErrorBody } from './oauth-error.classifier';
import { type ClassifierInput, isTransportFailure } from './provider-response';
import { retryAfterFromHeaders } from './rate-limit-headers';
import { type ParsedBody, isObject, parseBody } from './response-body';
import { classifyTwitterBody, statedStatus } from './twitter.classifier';
import { NO_DETAILS, type Reading, type Verdict, clipMessage, defaultRateLimitScope, statusVerdict } from './verdict';

/** What the caller knows beyond the response itself. */
export interface ClassifyOptions {
  /**
   * Epoch ms: the caller's clock, for `x-rate-limit-reset` and `Retry-After` dates and a known token expiry.
   * Required, so the classifier never reads the system clock itself (and tests can fix time).
   */
  readonly now: number;
  /**
   * When the token that got this response expires (epoch ms), if Tether knows. A generic invalid-token
   * verdict (Graph 190 without subcode, X's bare 401, X's 89 "Invalid or expired token") at or after that time is
   * simply `token_expired`: the user reads "the login ran out", which a renewal or a reconnect fixes. Before it, or
   * with no expiry known, the same answer reads "no longer accepted": something other than time ended the login.
   */
  readonly tokenExpiresAt?: number | null;
}

type Headers = Readonly<Record<string, string>>;

function readGraph(provider: ProviderId, status: number | null, body: ParsedBody, headers: Headers): Reading {
  const traceHeader = headers['x-fb-trace-id'] ?? null;
  if (body.kind === 'json') {
    if (isOAuthErrorBody(body.value)) {
      const oauth = classifyOAuthError(body.value, traceHeader);
      return { verdict: oauth.verdict ?? statusVerdict(provider, status, body, headers), details: oauth.details };
    }
    const error = parseGraphError(body.value);
    if (error) {
      return {
        verdict: classifyGraphError(error) ?? statusVerdict(provider, status, body, headers),
        details: { code: error.code, subcode: error.subcode, type: error.type, message: clipMessage(error.message), traceId: error.traceId ?? traceHeader },
      };
    }
    // An unknown status counts like a success here: these are fields of an answer, not of an error.
    const fields = status === null || (status >= 200 && status < 300) ? classifyAccountFields(body.value) : null;
    if (fields) return { verdict: fields, details: { ...NO_DETAILS, traceId: traceHeader } };
  }
  return { verdict: statusVerdict(provider, status, body, headers), details: { ...NO_DETAILS, traceId: traceHeader } };
}

function readTwitter(status: number | null, body: ParsedBody, headers: Headers): Reading {
  // X's per-request id, for support; absent on some answers.
  const traceId = headers['x-transaction-id'] ?? null;
  const read = body.kind === 'json' ? classifyTwitterBody(status, body.value, traceId) : null;
  if (read) return { verdict: read.verdict ?? statusVerdict('twitter', status, body, headers), details: read.details };
  return { verdict: statusVerdict('twitter', status, body, headers), details: { ...NO_DETAILS, traceId } };
}

/** `is_transient: true` on a Graph error. Honoured for every network: a server saying "transient" is believed. */
function saysTransient(body: ParsedBody): boolean {
  if (body.kind !== 'json') return false;
  const error = body.value.error;
  return isObject(error) && error.is_transient === true;
}

/**
 * The rule that keeps transient failures from disconnecting anyone: a permanent verdict under a 5xx or
 * `is_transient: true` becomes transient, and under a 429 becomes a rate limit. What the code alone meant
 * is kept as `suspectedReason`. Non-permanent verdicts (a rate limit at 5xx, a content error) stand.
 */
function guardTransient(provider: ProviderId, verdict: Verdict, status: number | null, isTransient: boolean): Verdict {
  if (!REASON_POLICY[verdict.reason].permanent) return verdict;
  if (status === 429) return { reason: 'rate_limited', rateLimit: defaultRateLimitScope(provider), suspectedReason: verdict.reason };
  if ((status !== null && status >= 500) || isTransient) return { reason: 'transient_provider_error', suspectedReason: verdict.reason };
  return verdict;
}

/** The context's answer to "is the token past its expiry?", for a verdict that can't tell expired from withdrawn. */
function applyKnownExpiry(verdict: Verdict, tokenExpiresAt: number | null | undefined, now: number): Verdict {
  if (verdict.reason !== 'invalid_token_other' || tokenExpiresAt === null || tokenExpiresAt === undefined) return verdict;
  return tokenExpiresAt <= now ? { reason: 'token_expired' } : verdict;
}

function safeDetails(details: ProviderErrorDetails): ProviderErrorDetails {
  const code = typeof details.code === 'string' ? details.code.slice(0, 100) : details.code;
  // Provider messages go to history and support lines: mask anything token-shaped they might echo back.
  return { ...details, code, message: details.message === null ? null : redactString(details.message) };
}

function toClassification(verdict: Verdict, details: ProviderErrorDetails, retryAfterMs: number | null): Classification {
  const policy = REASON_POLICY[verdict.reason];
  return {
    reason: verdict.reason,
    permanent: policy.permanent,
    reconnectFixes: policy.reconnectFixes,
    retryAfterMs,
    ...(verdict.reason === 'rate_limited' && verdict.rateLimit ? { rateLimit: verdict.rateLimit } : {}),
    ...(verdict.ambiguous ? { ambiguous: true } : {}),
    ...(verdict.suspectedReason ? { suspectedReason: verdict.suspectedReason } : {}),
    ...(verdict.appConfigProblem ? { appConfigProblem: true } : {}),
    provider: safeDetails(details),
  };
}

/**
 * Classifies one response from `provider`. Never throws. Decides on structured fields (Graph code/subcode/
 * is_transient, X problem type and v1.1 codes, OAuth `error`); the HTTP status only breaks ties and guards
 * against turning a transient failure into a disconnect. See provider-api-facts.md a.6 for the order.
 */
export function classify(provider: ProviderId, input: ClassifierInput, options: ClassifyOptions): Classification {
  const { now } = options;
  if (isTransportFailure(input)) {
    const details = { ...NO_DETAILS, type: input.kind, message: clipMessage(input.message) };
    return toClassification({ reason: 'transient_provider_error' }, details, null);
  }
  const headers: Headers = Object.fromEntries(Object.entries(input.headers).map(([name, value]) => [name.toLowerCase(), value]));
  const body = parseBody(input.body);
  // An unknown status stays unknown, except that an X problem body states its own (`"status": 401`).
  const status = input.status ?? (provider === 'twitter' && body.kind === 'json' ? statedStatus(body.value) : null);
  const reading = provider === 'twitter' ? readTwitter(status, body, headers) : readGraph(provider, status, body, headers);
  const guarded = guardTransient(provider, reading.verdict, status, saysTransient(body));
  const verdict = applyKnownExpiry(guarded, options.tokenExpiresAt, now);
  const retryable = REASON_POLICY[verdict.reason].kind === 'transient' && verdict.rateLimit !== 'monthly_cap';
  // The monthly cap's reset is the next billing period, which no header states: null, never a window reset.
  const retryAfterMs = retryable ? retryAfterFromHeaders(headers, status, now) : null;
  return toClassification(verdict, reading.details, retryAfterMs);
}
