/**
 * Graph batch requests (facts §b.6): POST / with `batch=[{method, relative_url, body?, access_token?}]`, at most
 * 50 operations, answered with an array of `{code, headers:[{name,value}], body:"<json string>"}` in request
 * order. Each operation is a full Graph call: counted separately for rate limits and rolled for API faults.
 * JSONPath references between operations ({result=name:$.…}) are not supported.
 */
import type { SimContext } from '../simulator-context';
import { executeGraph } from './graph-dispatch';
import { GraphFault, graphErrors } from './graph-error';
import { DEFAULT_GRAPH_VERSION, graphMethod, splitGraphPath, type GraphReply, type GraphRequest } from './graph-request';

const MAX_OPERATIONS = 50;

interface BatchOperation {
  readonly method?: unknown;
  readonly relative_url?: unknown;
  readonly body?: unknown;
  readonly access_token?: unknown;
}

function parseOperations(raw: string | null): BatchOperation[] {
  if (raw === null) throw graphErrors.param('The parameter batch is required');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw graphErrors.param('batch parameter must be a JSON array');
  }
  if (!Array.isArray(parsed)) throw graphErrors.param('batch parameter must be a JSON array');
  if (parsed.length > MAX_OPERATIONS) throw graphErrors.batchTooBig();
  return parsed.map((op: unknown) => (typeof op === 'object' && op !== null ? (op as BatchOperation) : {}));
}

function operationRequest(op: BatchOperation, index: number, topToken: string | undefined, topVersion: string | null): GraphRequest {
  const method = graphMethod(typeof op.method === 'string' ? op.method : 'GET');
  if (!method || typeof op.relative_url !== 'string') throw graphErrors.param(`batch[${index}] needs a method (GET, POST or DELETE) and a relative_url`);
  const url = new URL(op.relative_url.replace(/^\/+/, ''), 'http://graph.invalid/');
  const { version, segments, paths } = splitGraphPath(url.pathname);
  const params = new URLSearchParams(url.search);
  if (typeof op.body === 'string') for (const [k, v] of new URLSearchParams(op.body)) params.set(k, v);
  const token = params.get('access_token') ?? (typeof op.access_token === 'string' ? op.access_token : undefined) ?? topToken;
  const withVersion = version ? paths : [`/${topVersion ?? DEFAULT_GRAPH_VERSION}${paths[0]}`, ...paths];
  return { method, segments, version: version ?? topVersion, params, token, paths: withVersion };
}

function envelope(reply: GraphReply, includeHeaders: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { code: reply.status };
  if (includeHeaders) out.headers = Object.entries(reply.headers).map(([name, value]) => ({ name, value }));
  out.body = JSON.stringify(reply.body);
  return out;
}

/** Runs a batch; the reply body is the array of envelopes (or a Graph error for a bad batch). */
export function executeBatch(ctx: SimContext, params: URLSearchParams, topToken: string | undefined, topVersion: string | null): GraphReply {
  const headers = { 'content-type': 'application/json; charset=UTF-8' };
  let operations: BatchOperation[];
  try {
    operations = parseOperations(params.get('batch'));
  } catch (error) {
    if (!(error instanceof GraphFault)) throw error;
    return { status: error.status, body: error.body(), headers };
  }
  const includeHeaders = params.get('include_headers') !== 'false';
  const results = operations.map((op, i) => {
    let req: GraphRequest;
    try {
      req = operationRequest(op, i, topToken, topVersion);
    } catch (error) {
      if (!(error instanceof GraphFault)) throw error;
      return { code: error.status, body: JSON.stringify(error.body()) };
    }
    const apiFault = ctx.faults.forBatchOperation({ network: 'facebook', method: req.method, paths: req.paths });
    return envelope(executeGraph(ctx, req, apiFault), includeHeaders);
  });
  return { status: 200, body: results, headers };
}
