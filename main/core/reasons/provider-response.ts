/** What the classifier reads: one HTTP response as it came off the wire, or the failure that replaced it. */
import type { ProviderId } from '../../../shared/domain/provider-id';

/** A response from a network. Header names are lower-cased; the body is raw text (JSON, HTML or empty). */
export interface ProviderResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * A response whose HTTP status nobody recorded: a body pasted into `tether classify` without --status, or
 * copied from a log. The status is unknown, which is not the same as 200: the body decides on its own.
 */
export interface UnknownStatusResponse {
  readonly status: null;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** A request that produced no response at all. */
export interface TransportFailure {
  readonly kind: 'timeout' | 'network';
  readonly message: string;
}

/** What a provider's HTTP layer hands over: the status is always known. */
export type WireInput = ProviderResponse | TransportFailure;

/** Anything the classifier accepts: the wire's answers, plus bodies whose status is unknown. */
export type ClassifierInput = ProviderResponse | UnknownStatusResponse | TransportFailure;

/** True when the input is a transport failure rather than an HTTP response. */
export function isTransportFailure(input: ClassifierInput): input is TransportFailure {
  return 'kind' in input;
}

export type { ProviderId };
