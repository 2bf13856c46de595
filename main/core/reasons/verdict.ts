/**
 * What a network classifier hands back before the shared rules (status guards, retry headers, policy) turn it
 * into a Classification; plus the verdict for a response that carries no structured error at all.
 */
import type { ReasonId } from '../../../shared/domain/reason-id';
import type { ProviderId } from '../../../shared/domain/provider-id';
import type { ProviderErrorDetails, RateLimitScope } from './classification';
import type { ParsedBody } from './response-body';
import { spentGraphLimit } from './rate-limit-headers';

/** A reason plus the qualifiers a network classifier may know. */
export interface Verdict {
  readonly reason: ReasonId;
  readonly rateLimit?: RateLimitScope;
  readonly ambiguous?: boolean;
  readonly appConfigProblem?: boolean;
  readonly suspectedReason?: ReasonId;
}

/** A network classifier's reading of one response. */
export interface Reading {
  readonly verdict: Verdict;
  readonly details: ProviderErrorDetails;
}

/** Provider details for an answer that named no error. */
export const NO_DETAILS: ProviderErrorDetails = { code: null, subcode: null, type: null, message: null, traceId: null };

const MAX_MESSAGE = 300;

/** Keeps a provider message short enough for history rows and one support line. */
export function clipMessage(message: string | null): string | null {
  if (message === null) return null;
  const oneLine = message.replace(/\s+/g, ' ').trim();
  if (oneLine === '') return null;
  return oneLine.length > MAX_MESSAGE ? `${oneLine.slice(0, MAX_MESSAGE - 1)}…` : oneLine;
}

/** The scope a bare 429 gets: X documents per-window limits; Graph's closest is the app limit. */
export function defaultRateLimitScope(provider: ProviderId): RateLimitScope {
  return provider === 'twitter' ? 'window' : 'app';
}

/**
 * The verdict for a response whose body carries no error we recognise: HTML, empty, plain text, or JSON
 * without an error object. The HTTP status and the usage headers are all there is, so only safe verdicts
 * come out: a bare 401 is an ambiguous invalid token (the engine confirms it), anything unreadable at 5xx or
 * from a proxy is transient, and a readable JSON 4xx (or an X plain-text 4xx) is a request problem. An unknown status (null) adds
 * nothing: the body and headers decide alone.
 */
export function statusVerdict(provider: ProviderId, status: number | null, body: ParsedBody, headers: Readonly<Record<string, string>>): Verdict {
  if (status === 429) return { reason: 'rate_limited', rateLimit: defaultRateLimitScope(provider) };
  // 402 Payment Required from X: the X app is out of credits under pay-per-use (issue 19; a real 402 from api.x.com
  // while posting: tryethernal/ethernal#1290). The app's budget, not the account: every X account waits alike, and
  // retrying before credits are added is futile, like the monthly cap. UNVERIFIED: the body's shape (no public
  // capture of it with its source), so only the status decides.
  if (provider === 'twitter' && status === 402) return { reason: 'rate_limited', rateLimit: 'monthly_cap', appConfigProblem: true };
  // A spent usage header explains a failure; with the status unknown, it is still the best evidence.
  if (provider !== 'twitter' && (status === null || status >= 400)) {
    const scope = spentGraphLimit(headers);
    if (scope) return { reason: 'rate_limited', rateLimit: scope };
  }
  if (status !== null && (status >= 500 || status === 408)) return { reason: 'transient_provider_error' };
  if (status === 401) return { reason: 'invalid_token_other', ambiguous: true };
  if (body.kind === 'json' || body.kind === 'empty') {
    // A readable answer with no error in it: nothing is wrong with the connection.
    return { reason: 'not_a_disconnect' };
  }
  // X's plain-text refusal of this request (not an HTML page): X sends some 403s as text/plain, e.g. "Application
  // cannot perform write actions. …" (mattdonnelly/Swifter#328). It is about the request or the app, not the login.
  // Graph has shown no such answer, so its plain text stays what a proxy would send.
  if (provider === 'twitter' && body.kind === 'text' && status !== null && status >= 400 && status < 500) return { reason: 'not_a_disconnect' };
  // An HTML page or garbage where JSON was expected: a captive portal, a proxy, an edge error page.
  return { reason: 'transient_provider_error' };
}
