/**
 * Extracts the Graph API error object (Facebook and Instagram) from a parsed body: `{ error: {...} }`, or the
 * `debug_token` shape `{ data: { is_valid: false, error: {...} } }`. Source: provider-api-facts.md a.1, a.4.
 */
import { type JsonObject, intField, isObject, stringField } from './response-body';

/** The fields of a Graph error the classifier decides on, plus what goes in the support line. */
export interface GraphError {
  readonly code: number | null;
  readonly subcode: number | null;
  readonly type: string | null;
  /** The developer message. Used for one documented last resort only (instagram.classifier.ts). */
  readonly message: string | null;
  /** `is_transient`; null when absent. Graph sets it even on HTTP 401 (bridgy#450). */
  readonly isTransient: boolean | null;
  readonly traceId: string | null;
}

function fromErrorObject(error: JsonObject): GraphError | null {
  const code = intField(error, 'code');
  const type = stringField(error, 'type');
  const message = stringField(error, 'message');
  // An object with none of the Graph fields is not a Graph error (e.g. an X problem that nests `error`).
  if (code === null && type === null && message === null) return null;
  const transient = error.is_transient;
  return {
    code,
    // debug_token answers with `subcode` where the Graph API answers with `error_subcode`.
    subcode: intField(error, 'error_subcode') ?? intField(error, 'subcode'),
    type,
    message,
    isTransient: typeof transient === 'boolean' ? transient : null,
    traceId: stringField(error, 'fbtrace_id'),
  };
}

/** The Graph error in a body, or null when the body has none. */
export function parseGraphError(body: JsonObject): GraphError | null {
  if (isObject(body.error)) return fromErrorObject(body.error);
  const data = body.data;
  if (isObject(data) && data.is_valid === false && isObject(data.error)) return fromErrorObject(data.error);
  return null;
}

/** True for a `debug_token` answer that says the token is invalid but gives no error object. */
export function isInvalidDebugToken(body: JsonObject): boolean {
  return isObject(body.data) && body.data.is_valid === false && !isObject(body.data.error);
}
