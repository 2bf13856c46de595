/**
 * Removes secrets from anything about to be logged: values the secret stores registered, token-shaped strings
 * (Graph `EAA…`, bearer headers, `access_token=` in URLs and bodies, long opaque tokens), and values under
 * secret-sounding keys. Errors keep their name, message, stack, cause and fields, all redacted.
 */

/** What a secret is replaced with. */
export const REDACTED = '[redacted]';

/** Keys whose values are never logged, whatever they look like. */
const SECRET_KEY = /(token|secret|password|passphrase|passwd|authorization|code_verifier|cookie|credential|api[-_]?key|private[-_]?key|^code$|^pin$)/i;

/** Parameter and JSON field names that carry tokens in URLs, form bodies and JSON text. */
const SECRET_PARAMS =
  'access_token|refresh_token|id_token|input_token|fb_exchange_token|client_secret|code_verifier|code|token|oauth_token|oauth_verifier|password';

/** A long run of URL-safe characters mixing upper case, lower case and digits: what opaque tokens look like. */
const OPAQUE_RUN = /[A-Za-z0-9_-]{40,}={0,2}/g;

function looksOpaque(run: string): boolean {
  return /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run);
}

/** Replacements applied in order; each keeps the harmless part (the key name, the scheme) readable. */
const TOKEN_SHAPES: ReadonlyArray<readonly [RegExp, (match: string, ...groups: string[]) => string]> = [
  // Graph API tokens (user, Page, app): EAA…
  [/\bEA[A-Za-z0-9]{20,}/g, () => REDACTED],
  // Authorization headers: Bearer, Basic, Graph's OAuth scheme.
  [/\b(Bearer|Basic|OAuth)\s+[A-Za-z0-9._~+/=-]{8,}/gi, (_m, scheme) => `${scheme} ${REDACTED}`],
  // Query strings, fragments and form bodies: access_token=…
  [new RegExp(`\\b(${SECRET_PARAMS})=([^&\\s"'#]+)`, 'gi'), (_m, key) => `${key}=${REDACTED}`],
  // JSON text inside strings (a response body in an error message): "access_token": "…"
  [new RegExp(`"(${SECRET_PARAMS}|accessToken|refreshToken|clientSecret)"\\s*:\\s*"[^"]*"`, 'gi'), (_m, key) => `"${key}":"${REDACTED}"`],
  // JWT-like: header.payload(.signature)
  [/\b[A-Za-z0-9_-]{32,}\.[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]{8,})?\b/g, () => REDACTED],
  // Opaque tokens (X access and refresh tokens, Instagram tokens) standing alone.
  [OPAQUE_RUN, (match) => (looksOpaque(match) ? REDACTED : match)],
];

/** Registered secret values are redacted wherever they occur, whatever their shape. */
const knownSecrets = new Set<string>();

/** Tells the redactor about a secret value, so it is masked even when it doesn't look like a token. */
export function registerSecret(value: string): void {
  if (typeof value === 'string' && value.length >= 6) knownSecrets.add(value);
}

/** Forgets a secret value (after it is deleted from the store). */
export function forgetSecret(value: string): void {
  knownSecrets.delete(value);
}

/** Redacts a string. */
export function redactString(text: string): string {
  let out = text;
  for (const secret of knownSecrets) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  for (const [shape, replace] of TOKEN_SHAPES) {
    out = out.replace(shape, replace as (match: string, ...rest: unknown[]) => string);
  }
  return out;
}

const MAX_DEPTH = 8;

function redactError(error: Error, depth: number, seen: WeakSet<object>): Record<string, unknown> {
  const out: Record<string, unknown> = { name: error.name, message: redactString(error.message) };
  if (error.stack) out.stack = redactString(error.stack);
  // Own fields (code, status, a response body…) can carry tokens as much as the message can.
  for (const [key, item] of Object.entries(error)) out[key] = redactEntry(key, item, depth, seen);
  if (error.cause !== undefined) out.cause = redactValue(error.cause, depth + 1, seen);
  return out;
}

function redactEntry(key: string, item: unknown, depth: number, seen: WeakSet<object>): unknown {
  return SECRET_KEY.test(key) && item != null && item !== '' ? REDACTED : redactValue(item, depth + 1, seen);
}

function redactValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactString(value);
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' ? `[${typeof value}]` : value;
  }
  if (depth > MAX_DEPTH) return '[too deep]';
  if (seen.has(value)) return '[circular]';
  // `seen` holds the current path only, so an object reached twice by different paths is logged twice.
  seen.add(value);
  try {
    return redactObject(value, depth, seen);
  } finally {
    seen.delete(value);
  }
}

function redactObject(value: object, depth: number, seen: WeakSet<object>): unknown {
  if (value instanceof Error) return redactError(value, depth, seen);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (value instanceof URL) return redactString(value.href);
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `[binary ${value.byteLength} bytes]`;
  if (value instanceof Map) return [...value.entries()].map(([k, v]) => [redactValue(k, depth + 1, seen), redactEntry(String(k), v, depth, seen)]);
  if (value instanceof Set || Array.isArray(value)) return [...value].map((item) => redactValue(item, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = redactEntry(key, item, depth, seen);
  return out;
}

/** Redacts any value: strings, errors (with cause and fields), arrays, maps, sets and plain objects. */
export function redact(value: unknown): unknown {
  return redactValue(value, 0, new WeakSet());
}
