/**
 * The one way providers talk to a network: an injected `fetch`, a timeout, lower-cased headers, the raw body,
 * and every request counted. A request that gets no answer becomes a TransportFailure, never an exception.
 */
import type { WireInput } from '../../reasons/provider-response';

export interface HttpRequest {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Form-encoded or JSON text. */
  readonly body?: string;
}

export interface ProviderHttp {
  send(request: HttpRequest): Promise<WireInput>;
  /** Requests sent so far (for the figures in the closing note and the tests' request budget). */
  readonly requestCount: number;
}

export type FetchFn = (input: string, init: RequestInit) => Promise<Response>;

/** Builds the HTTP client over an injected fetch. */
export function createProviderHttp(fetchFn: FetchFn, timeoutMs = 20_000): ProviderHttp {
  let count = 0;
  return {
    get requestCount() {
      return count;
    },
    async send(request) {
      count += 1;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        const response = await fetchFn(request.url, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          signal: controller.signal,
          redirect: 'manual',
        });
        const body = await response.text();
        const headers: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          headers[name.toLowerCase()] = value;
        });
        return { status: response.status, headers, body };
      } catch (error) {
        if (controller.signal.aborted) return { kind: 'timeout', message: `No answer within ${timeoutMs} ms` };
        const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
        return { kind: 'network', message: `${error instanceof Error ? error.message : String(error)}${cause}` };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** True for a 2xx response. */
export function isSuccess(input: WireInput): input is Extract<WireInput, { status: number }> {
  return 'status' in input && input.status >= 200 && input.status < 300;
}
