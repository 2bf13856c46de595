/** Where each network lives. Real by default; the simulator (tests, demo mode) swaps in its loopback origin. */

export interface NetworkEndpoints {
  /** Graph API origin, e.g. https://graph.facebook.com */
  readonly graphOrigin: string;
  /** Graph API version path segment, e.g. v25.0 */
  readonly graphVersion: string;
  /** Facebook web origin for the login dialog, e.g. https://www.facebook.com */
  readonly facebookWebOrigin: string;
  /** X API origin, e.g. https://api.x.com */
  readonly xApiOrigin: string;
  /** X web origin for the OAuth 2.0 authorize page, e.g. https://x.com */
  readonly xWebOrigin: string;
}

export const REAL_ENDPOINTS: NetworkEndpoints = {
  graphOrigin: 'https://graph.facebook.com',
  graphVersion: 'v25.0',
  facebookWebOrigin: 'https://www.facebook.com',
  xApiOrigin: 'https://api.x.com',
  xWebOrigin: 'https://x.com',
};

/** Every network served by one origin (the simulator). */
export function endpointsAt(origin: string, graphVersion = 'v25.0'): NetworkEndpoints {
  const base = origin.replace(/\/+$/, '');
  return { graphOrigin: base, graphVersion, facebookWebOrigin: base, xApiOrigin: base, xWebOrigin: base };
}
