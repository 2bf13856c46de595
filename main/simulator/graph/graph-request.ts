/** One Graph call, from an HTTP request or from an operation inside a batch, and the reply it gets. */

export type GraphMethod = 'GET' | 'POST' | 'DELETE';

export interface GraphRequest {
  readonly method: GraphMethod;
  /** Path segments after the version: "/v24.0/me/accounts" → ["me", "accounts"]. */
  readonly segments: readonly string[];
  /** "v24.0", or null for an unversioned call. */
  readonly version: string | null;
  /** Query and body parameters merged (body wins). */
  readonly params: URLSearchParams;
  readonly token: string | undefined;
  /** The raw path and the version-less path, for fault matching. */
  readonly paths: readonly string[];
}

/** What a Graph call answers. Bodies are JSON values; the HTTP layer serialises them. */
export interface GraphReply {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
}

const VERSION = /^v\d+\.\d+$/;

/** The version an unversioned call is answered as: the one Meta's SDK (24.0.1) describes, which Tether calls. */
export const DEFAULT_GRAPH_VERSION = 'v24.0';

/** Splits a path into its version and segments. Any vN.0 is accepted (Tether uses v24.0). */
export function splitGraphPath(pathname: string): { version: string | null; segments: string[]; paths: string[] } {
  const parts = pathname
    .split('/')
    .filter((p) => p.length > 0)
    .map((p) => decodeURIComponent(p));
  const version = parts[0] && VERSION.test(parts[0]) ? parts[0] : null;
  const segments = version ? parts.slice(1) : parts;
  const bare = `/${segments.join('/')}`;
  return { version, segments, paths: version ? [pathname, bare] : [pathname] };
}

/** Turns a method string into a Graph method, or null if Graph would not take it. */
export function graphMethod(method: string | undefined): GraphMethod | null {
  const m = (method ?? 'GET').toUpperCase();
  return m === 'GET' || m === 'POST' || m === 'DELETE' ? m : null;
}
