/** Parses the target of an HTTP request line. Any client can send `GET //[`, which `new URL` rejects: never throw. */

/** The request's URL against our own origin, or null when the target is not a valid URL path. */
export function parseRequestUrl(target: string | undefined): URL | null {
  try {
    return new URL(target ?? '/', 'http://127.0.0.1');
  } catch {
    return null;
  }
}
