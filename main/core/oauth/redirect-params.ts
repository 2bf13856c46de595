/**
 * Reads the URL a network redirected to at the end of a sign-in. Facebook's desktop flow puts the answer in the
 * fragment (`#access_token=…&expires_in=…&state=…`, manual-flow guide) and appends `#_=_` to code redirects;
 * X (and Facebook's errors) use the query. Both are merged, the query winning, so each provider reads one bag.
 */

/** The parameters of a redirect, query and fragment together. */
export function redirectParams(landingUrl: string): URLSearchParams {
  let url: URL;
  try {
    url = new URL(landingUrl);
  } catch {
    return new URLSearchParams();
  }
  const merged = new URLSearchParams(url.hash.startsWith('#') ? url.hash.slice(1) : url.hash);
  // Facebook's "#_=_" is noise, not a parameter.
  merged.delete('_');
  for (const [key, value] of url.searchParams) merged.set(key, value);
  return merged;
}

/** True when `landingUrl` is the redirect URI (same origin and path; its query and fragment are the answer). */
export function isRedirectTo(landingUrl: string, redirectUri: string): boolean {
  try {
    const landed = new URL(landingUrl);
    const expected = new URL(redirectUri);
    return landed.origin === expected.origin && landed.pathname === expected.pathname;
  } catch {
    return false;
  }
}
