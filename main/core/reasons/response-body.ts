/** Reads a raw response body into what the classifiers can use: a JSON object, or the kind of non-JSON it was. */

/** A JSON object (never an array or a primitive). */
export type JsonObject = Readonly<Record<string, unknown>>;

/** A body, by what it turned out to be. */
export type ParsedBody =
  | { readonly kind: 'json'; readonly value: JsonObject }
  | { readonly kind: 'html' }
  | { readonly kind: 'empty' }
  /** Anything else: plain text, JSON arrays or primitives, truncated JSON. */
  | { readonly kind: 'text' };

/** Parses a body. Never throws. */
export function parseBody(body: string): ParsedBody {
  const text = body.trim();
  if (text === '') return { kind: 'empty' };
  if (text.startsWith('{')) {
    try {
      const value: unknown = JSON.parse(text);
      if (isObject(value)) return { kind: 'json', value };
    } catch {
      // Truncated or invalid JSON is classified like any other unreadable body.
    }
    return { kind: 'text' };
  }
  // A body pasted from a log as its members without the outer braces (`"error": {…}`: facebookarchive/php-graph-sdk#1035).
  const unbraced = /^"[A-Za-z_]+"\s*:/.test(text) ? parseUnbraced(text) : null;
  if (unbraced) return { kind: 'json', value: unbraced };
  // Error pages from the networks' edges and from proxies (e.g. a 502 from a load balancer).
  if (/^<(!doctype\s+html|html|head|body)\b/i.test(text)) return { kind: 'html' };
  return { kind: 'text' };
}

function parseUnbraced(text: string): JsonObject | null {
  try {
    const value: unknown = JSON.parse(`{${text}}`);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

/** True for a plain JSON object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field, or null. */
export function stringField(obj: JsonObject, key: string): string | null {
  const value = obj[key];
  return typeof value === 'string' ? value : null;
}

/** An integer field, also when the network sent it as a numeric string ("190"); otherwise null. */
export function intField(obj: JsonObject, key: string): number | null {
  const value = obj[key];
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d{1,12}$/.test(value.trim())) return Number(value.trim());
  return null;
}
