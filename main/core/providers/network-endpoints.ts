/** Where each network lives. Real by default; the simulator (tests, demo mode) swaps in its loopback origin. */

export interface NetworkEndpoints {
  /** Graph API origin, e.g. https://graph.facebook.com */
  readonly graphOrigin: string;
  /** Graph API version path segment, e.g. v24.0 */
  readonly graphVersion: string;
  /** Facebook web origin for the login dialog, e.g. https://www.facebook.com */
  readonly facebookWebOrigin: string;
  /** X API origin, e.g. https://api.x.com */
  readonly xApiOrigin: string;
  /** X web origin for the OAuth 2.0 authorize page, e.g. https://x.com */
  readonly xWebOrigin: string;
}

/**
 * The Graph version Tether calls: the one Meta's generated SDK (facebook-nodejs-business-sdk 24.0.1, our conformance
 * oracle) describes, so every field and edge Tether asks for is checked against that version's own lists. v24.0 is
 * available until 18 Feb 2028 (Graph API changelog, "Available Graph API Versions"). The conformance test fails when
 * this and the SDK's version part.
 */
export const GRAPH_VERSION = 'v24.0';

export const REAL_ENDPOINTS: NetworkEndpoints = {
  graphOrigin: 'https://graph.facebook.com',
  graphVersion: GRAPH_VERSION,
  facebookWebOrigin: 'https://www.facebook.com',
  xApiOrigin: 'https://api.x.com',
  xWebOrigin: 'https://x.com',
};

/** Every network served by one origin (the simulator). */
export function endpointsAt(origin: string, graphVersion = GRAPH_VERSION): NetworkEndpoints {
  const base = origin.replace(/\/+$/, '');
  return { graphOrigin: base, graphVersion, facebookWebOrigin: base, xApiOrigin: base, xWebOrigin: base };
}
