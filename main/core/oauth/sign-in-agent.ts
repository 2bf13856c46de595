/**
 * The port between a sign-in flow and whatever shows the network's sign-in page: Electron's OAuth window,
 * the system browser with a loopback listener, or a browser tab under `tether serve`. The flow logic stays here,
 * in the core; each transport implements only "show this URL and tell me where it landed".
 */
import type { GrantNetwork } from '../providers/registry';

export interface AgentRequest {
  readonly network: GrantNetwork;
  /** The network's authorize URL, with state (and PKCE) already in it. */
  readonly url: string;
  readonly redirectUri: string;
  readonly state: string;
}

/** Where a sign-in ended: the redirect it landed on, the person closing it, or the agent failing to show it. */
export type AgentLanding =
  { readonly kind: 'redirected'; readonly url: string } | { readonly kind: 'closed' } | { readonly kind: 'failed'; readonly message: string };

export interface AgentSession {
  /** Set when the renderer must open the page itself (serve: a tab); null when the agent showed it. */
  readonly openUrl: string | null;
  readonly landed: Promise<AgentLanding>;
  /** Stops showing the page (timeout, cancel); safe to call twice. */
  close(): void;
}

/**
 * Whether this transport can sign in to a network: `here`, or `desktop_app_only` when the network can't send a login
 * back to it (Facebook under `tether serve`: serve-sign-in.ts says why). A refusal is said up front; nothing opens.
 */
export type AgentAvailability = 'here' | 'desktop_app_only';

export interface SignInAgent {
  /** The redirect URI this agent receives for a network; the user registers it in their app. */
  redirectUri(network: GrantNetwork): string;
  availability(network: GrantNetwork): AgentAvailability;
  /**
   * True when the network's page opens with no session of its own (the desktop app's Facebook window: a new in-memory
   * partition each time), so the person is asked who they are; false in a browser that may still be signed in.
   */
  freshSession(network: GrantNetwork): boolean;
  /** Shows the authorize page. Never throws: a failure to show it is a `failed` landing. */
  open(request: AgentRequest): AgentSession;
}
