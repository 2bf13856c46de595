/** What the classifier reads: one HTTP response as it came off the wire, or the failure that replaced it. */
import type { ProviderId } from '../../../shared/domain/provider-id';

/** A response from a network. Header names are lower-cased; the body is raw text (JSON, HTML or empty). */
export interface ProviderResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** A request that produced no response at all. */
export interface TransportFailure {
  readonly kind: 'timeout' | 'network';
  readonly message: string;
}

export type ClassifierInput = ProviderResponse | TransportFailure;

/** True when the input is a transport failure rather than an HTTP response. */
export function isTransportFailure(input: ClassifierInput): input is TransportFailure {
  return 'kind' in input;
}

export type { ProviderId };
