/**
 * Graph batch requests (provider-api-facts.md b.6): up to 50 operations in one POST, answered with an array
 * of `{code, headers, body: "<json>"}` in request order. Operations that did not finish come back null.
 */
import type { WireInput, ProviderResponse } from '../../reasons/provider-response';
import type { ProviderHttp } from '../http/provider-http';
import type { NetworkEndpoints } from '../network-endpoints';

export const MAX_BATCH_OPERATIONS = 50;

export interface BatchOperation {
  readonly relativeUrl: string;
  /** A token other than the batch's own, for this operation only (a Page token). */
  readonly accessToken?: string;
}

/** One operation's answer, as if it had been its own request; or the failure of the whole batch. */
export type BatchAnswer = WireInput;

/** Splits operations into batches of at most 50. */
export function chunkOperations<T>(operations: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < operations.length; i += MAX_BATCH_OPERATIONS) chunks.push(operations.slice(i, i + MAX_BATCH_OPERATIONS));
  return chunks;
}

function withToken(op: BatchOperation): string {
  if (!op.accessToken) return op.relativeUrl;
  // In the POSTed batch body, never in a URL that proxies or servers log.
  const separator = op.relativeUrl.includes('?') ? '&' : '?';
  return `${op.relativeUrl}${separator}access_token=${encodeURIComponent(op.accessToken)}`;
}

function parseEnvelope(entry: unknown): BatchAnswer {
  if (entry === null || typeof entry !== 'object') {
    return { kind: 'timeout', message: 'Graph did not finish this batch operation in time' };
  }
  const { code, headers, body } = entry as { code?: unknown; headers?: unknown; body?: unknown };
  if (typeof code !== 'number') return { kind: 'network', message: 'Graph batch answer without a status code' };
  const headerMap: Record<string, string> = {};
  if (Array.isArray(headers)) {
    for (const h of headers as Array<{ name?: unknown; value?: unknown }>) {
      if (typeof h?.name === 'string' && typeof h.value === 'string') headerMap[h.name.toLowerCase()] = h.value;
    }
  }
  return { status: code, headers: headerMap, body: typeof body === 'string' ? body : '' };
}

export type BatchResult =
  { readonly kind: 'answers'; readonly answers: BatchAnswer[]; readonly response: ProviderResponse } | { readonly kind: 'failed'; readonly failure: WireInput };

/** Sends one batch with the grant's user token. A batch-level failure is returned for the classifier. */
export async function sendBatch(
  http: ProviderHttp,
  endpoints: NetworkEndpoints,
  userToken: string,
  operations: readonly BatchOperation[],
): Promise<BatchResult> {
  const form = new URLSearchParams({
    access_token: userToken,
    include_headers: 'true',
    batch: JSON.stringify(operations.map((op) => ({ method: 'GET', relative_url: withToken(op) }))),
  });
  const response = await http.send({
    method: 'POST',
    url: `${endpoints.graphOrigin}/${endpoints.graphVersion}/`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  if (!('status' in response) || response.status < 200 || response.status >= 300) return { kind: 'failed', failure: response };
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.body);
  } catch {
    // A 200 whose body isn't JSON (a proxy's page, a cut-off answer): the classifier reads it as transient.
    return { kind: 'failed', failure: { ...response, status: 502 } };
  }
  if (!Array.isArray(parsed) || parsed.length !== operations.length) {
    if (!Array.isArray(parsed)) return { kind: 'failed', failure: response };
    return { kind: 'failed', failure: { ...response, status: 502, body: '' } };
  }
  return { kind: 'answers', answers: parsed.map(parseEnvelope), response };
}
