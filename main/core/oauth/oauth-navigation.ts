/**
 * What Tether's sign-in window does with each navigation (Meta's desktop flow, provider-api-facts §d.1): the redirect
 * URI ends the sign-in and is never loaded, pages on the allowlisted origins load, everything else is refused.
 * Pure, so the Electron window (main/electron/oauth/oauth-window.ts) and the end-to-end tests' stand-in for it
 * decide alike.
 */
import { parseUrl } from '../kernel/parse-url';
import { isRedirectTo } from './redirect-params';

export type OAuthNavigation = 'landed' | 'allowed' | 'refused';

/** True when the URL's parsed origin is one of `origins` (no userinfo, no look-alike prefixes). */
export function isAllowedOrigin(rawUrl: string, origins: readonly string[]): boolean {
  const url = parseUrl(rawUrl);
  return url !== null && origins.includes(url.origin);
}

/** The window's decision for a navigation to `url`. */
export function oauthNavigation(url: string, redirectUri: string, allowedOrigins: readonly string[]): OAuthNavigation {
  if (isRedirectTo(url, redirectUri)) return 'landed';
  return isAllowedOrigin(url, allowedOrigins) ? 'allowed' : 'refused';
}
