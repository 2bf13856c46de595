/**
 * Extracts the Graph API error object (Facebook and Instagram) from a parsed body: `{ error: {...} }`, the
 * `debug_token` shape `{ data: { is_valid: false, error: {...} } }`, the legacy REST shape
 * `{ error_code, error_msg }`, or the error object alone, as SDKs and logs hand it over without its `error`
 * wrapper. Source: provider-api-facts.md a.1, a.4; corpus SCORES.md for the shapes seen in the wild.
 */
import { type JsonObject, intField, isObject, stringField } from './response-body';

/** The fields of a Graph error the classifier decides on, plus what goes in the support line. */
export interface GraphError {
  readonly code: number | null;
  readonly subcode: number | null;
  readonly type: string | null;
  /** The developer message. Used for documented last resorts only (graph-message.fallback.ts). */
  readonly message: string | null;
  /** `is_transient`; null when absent. Graph sets it even on HTTP 401 (bridgy#450). */
  readonly isTransient: boolean | null;
  /** True when Graph sent a non-empty `error_user_msg`: it explained the failure to the user (never read). */
  readonly explainedToUser: boolean;
  readonly traceId: string | null;
}

/**
 * The `(#NNN)` prefix Graph puts on many messages. Some answers carry the code only there, without a `code`
 * field (restfb's FacebookClientTest: `{"error":{"message":"(#210) User not visible","type":"OAuthException"}}`).
 * It is part of the developer message's fixed format, not localised text, so it stands in for a missing code.
 */
function codeInMessage(message: string | null): number | null {
  const match = message === null ? null : /^\s*\(#(-?\d{1,9})\)/.exec(message);
  return match ? Number(match[1]) : null;
}

/**
 * "Error validating access token: …" is the fixed prefix of code 190's developer messages (facts a.4: every
 * subcode's message starts with it). Older answers carried only that message and `type: OAuthException`, with no
 * code or subcode (Spring Social's Graph fixtures error-expired-token, error-invalid-token-password): the prefix
 * stands in for the code, and the message rules then read the reason as for any 190 without a subcode.
 */
function tokenCodeFromPrefix(message: string | null): number | null {
  return message !== null && /^\s*Error validating access token\b/i.test(message) ? 190 : null;
}

function fromErrorObject(error: JsonObject): GraphError | null {
  const type = stringField(error, 'type');
  const message = stringField(error, 'message');
  // debug_token answers with `subcode` where the Graph API answers with `error_subcode`.
  const subcode = intField(error, 'error_subcode') ?? intField(error, 'subcode');
  const code = intField(error, 'code') ?? codeInMessage(message) ?? (subcode === null ? tokenCodeFromPrefix(message) : null);
  // An object with none of the Graph fields is not a Graph error (e.g. an X problem that nests `error`).
  if (code === null && subcode === null && type === null && message === null) return null;
  const transient = error.is_transient;
  return {
    code,
    subcode,
    type,
    message,
    isTransient: typeof transient === 'boolean' ? transient : null,
    explainedToUser: (stringField(error, 'error_user_msg') ?? '').trim() !== '',
    traceId: stringField(error, 'fbtrace_id'),
  };
}

/** The legacy REST API's flat error (`{"error_code":1,"error_msg":"An unknown error occurred"}`, koala#276). */
function fromLegacyRest(body: JsonObject): GraphError | null {
  const code = intField(body, 'error_code');
  if (code === null) return null;
  return { code, subcode: null, type: null, message: stringField(body, 'error_msg'), isTransient: null, explainedToUser: false, traceId: null };
}

/**
 * The error object logged or handed over without its `{"error": …}` wrapper (the Facebook JS SDK's
 * `response.error`, pitchtarget/ember-cli-facebook-js-sdk#32). Only a body with the fields no Graph node has
 * together counts: an integer `code`, a string `message`, and a `type` or `fbtrace_id`. A Page or post has a
 * `message` (the post's text) but no error code beside it.
 */
function isBareErrorObject(body: JsonObject): boolean {
  return intField(body, 'code') !== null && typeof body.message === 'string' && (typeof body.type === 'string' || typeof body.fbtrace_id === 'string');
}

/** The Graph error in a body, or null when the body has none. */
export function parseGraphError(body: JsonObject): GraphError | null {
  if (isObject(body.error)) return fromErrorObject(body.error);
  const data = body.data;
  if (isObject(data) && data.is_valid === false && isObject(data.error)) return fromErrorObject(data.error);
  if (isBareErrorObject(body)) return fromErrorObject(body);
  return fromLegacyRest(body);
}

/** True for a `debug_token` answer that says the token is invalid but gives no error object. */
export function isInvalidDebugToken(body: JsonObject): boolean {
  return isObject(body.data) && body.data.is_valid === false && !isObject(body.data.error);
}
