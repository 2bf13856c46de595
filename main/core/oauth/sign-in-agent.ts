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

export interface SignInAgent {
  /** The redirect URI this agent receives for a network; the user registers it in their app. */
  redirectUri(network: GrantNetwork): string;
  /** Shows the authorize page. Never throws: a failure to show it is a `failed` landing. */
  open(request: AgentRequest): AgentSession;
}
