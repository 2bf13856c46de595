/** Removes secrets from anything about to be logged: token-shaped values and values under secret-sounding keys. */

const SECRET_KEY = /(token|secret|password|authorization|code_verifier|client_secret|cookie|^code$)/i;
/** Long opaque strings of the kinds the networks issue (EAA… Graph tokens, X bearer/refresh tokens, JWT-like). */
const TOKEN_SHAPES: readonly RegExp[] = [
  /\bEA[A-Za-z0-9]{20,}\b/g,
  /\b(?:Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi,
  /\b(access_token|refresh_token|input_token|fb_exchange_token|client_secret|code_verifier|code|token)=([^&\s"']+)/gi,
  /\b[A-Za-z0-9_-]{32,}\.[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]{8,})?\b/g,
];

export const REDACTED = '[redacted]';

/** Registered secret values are redacted wherever they occur, whatever their shape. */
const knownSecrets = new Set<string>();

/** Tells the redactor about a secret value, so it is masked even when it doesn't look like a token. */
export function registerSecret(value: string): void {
  if (value.length >= 6) knownSecrets.add(value);
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
  for (const shape of TOKEN_SHAPES) {
    out = out.replace(shape, (match: string, key?: string) =>
      typeof key === 'string' && match.includes('=') ? `${key}=${REDACTED}` : REDACTED,
    );
  }
  return out;
}

/** Redacts any value: strings, errors, arrays and plain objects, recursively. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[too deep]';
  if (typeof value === 'string') return redactString(value);
  if (value instanceof Error) {
    return { name: value.name, message: redactString(value.message), stack: value.stack ? redactString(value.stack) : undefined };
  }
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = SECRET_KEY.test(key) && item != null && item !== '' ? REDACTED : redact(item, depth + 1);
    }
    return out;
  }
  return value;
}
