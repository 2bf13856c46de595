/** The classifier's verdict on one provider response. */
import type { ReasonId } from '../../../shared/domain/reason-id';

/** The provider's own identifiers for the failure, kept for the "details for support" line and for history. */
export interface ProviderErrorDetails {
  readonly code: number | string | null;
  readonly subcode: number | string | null;
  readonly type: string | null;
  readonly message: string | null;
  readonly traceId: string | null;
  /**
   * Which signal decided a verdict Tether read from a check's answers rather than from one error code (e.g. "Page
   * tasks listed by /me/accounts", "debug_token target_ids of pages_show_list"): shown on the support line.
   */
  readonly signal?: string;
}

/** Which kind of limit was hit, when the reason is `rate_limited`. */
export type RateLimitScope =
  | 'app' // Graph X-App-Usage / code 4
  | 'user' // Graph code 17
  | 'page' // Graph code 32 / BUC 80001
  | 'business_use_case' // Graph BUC 800xx
  | 'custom' // Graph 613
  | 'publish_quota' // Instagram 9/2207042
  | 'window' // X 429 with x-rate-limit-reset
  | 'monthly_cap'; // X usage-capped: retrying before the next billing period is futile

export interface Classification {
  readonly reason: ReasonId;
  /** True when the connection is broken until someone acts. Transient reasons are never permanent. */
  readonly permanent: boolean;
  /** Whether one-click reconnect alone fixes it; null when the reason is not a disconnection. */
  readonly reconnectFixes: boolean | null;
  /** When to try again, for transient reasons, if the network said. */
  readonly retryAfterMs: number | null;
  /** Present when reason is rate_limited. */
  readonly rateLimit?: RateLimitScope;
  /** True when the signal is permanent but generic (e.g. X's bare 401): confirm once before disconnecting. */
  readonly ambiguous?: boolean;
  /**
   * What this answer's error code would mean on its own, when that is a disconnection the answer itself may not
   * be trusted with. Only ever set on a non-permanent verdict (`transient_provider_error` or `rate_limited`):
   * the code said e.g. missing_permissions, but it came with HTTP 5xx, with `is_transient: true`, or with a 429
   * (Graph delivers some permission errors as HTTP 500 with code 200: snarfed/bridgy#437), so the verdict is
   * transient and nobody is disconnected on this one answer. A provider may run one targeted re-check of the same
   * thing (Facebook: the permission or object the failed call needed) and report this reason only if the re-check
   * fails the same way with a status that can be believed; otherwise the account stays unverified. The engine
   * also sets it when a failed refresh masks a token problem (validation/refresh-trouble.ts). Absent: nothing to
   * suspect.
   */
  readonly suspectedReason?: ReasonId;
  /**
   * True when the fault lies in the user's network app (Settings → Network apps: a wrong client id, an app
   * without the needed access), not in this account's connection. Every account of that network is affected.
   */
  readonly appConfigProblem?: boolean;
  readonly provider: ProviderErrorDetails;
}
