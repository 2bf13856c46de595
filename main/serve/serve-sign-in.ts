/**
 * Sign-in under `tether serve`.
 *
 * X: its authorize page opens in a browser tab (the page asks for it), and X redirects back to this server's own
 * /oauth/callback, where the waiting flow is found by its `state`. The route needs no launch secret (a redirect from
 * x.com carries none); the state, an unguessable one-time value, is what binds the answer to a sign-in Tether started,
 * and only a request carrying it can end one: anything else is answered and ignored, and the flow keeps waiting.
 * The answer that carries X's authorization code is 204 No Content: a navigation answered so never commits, so the
 * browser makes no history, session or ukm entry of its address (checked in Chromium by the e2e profile scan;
 * a 303 to a clean page is not enough: History and ukm_db still keep the redirect chain). The tab stays on X's page
 * and the dashboard closes it once the sign-in ends.
 *
 * Facebook: refused up front, before anything opens, because no flow Meta supports today can come back here with
 * Meta's default app settings without a token in a browser URL:
 * - serve listens on http://127.0.0.1:<port>, and Facebook refuses http redirects ("Insecure Login Blocked") while
 *   Enforce HTTPS is on, which it is, unswitchably, for apps made since March 2018 (Meta's Login security guide, as
 *   quoted in zyra/ngx-facebook#129; r-lib/httr#515 and many others). The code flow with the App Secret needs the same
 *   redirect, so it fails the same way.
 * - Meta's desktop redirect, https://www.facebook.com/connect/login_success.html, is Facebook's own page: a browser tab
 *   lands there with the token or code in its address, which only an embedded window (the desktop app's) can read,
 *   and which the browser keeps in its history.
 * - Login for Devices needs "Login from Devices" turned on and a Client Token, neither a default, and no Meta page
 *   found says it works with Login for Business configurations or the Pages permissions
 *   (developers.facebook.com/docs/facebook-login/for-devices).
 * So the dashboard says so and points to the desktop app, which signs in to Facebook in its own window.
 */
import type { AgentAvailability, AgentLanding, AgentSession, SignInAgent } from '../core/oauth/sign-in-agent';
import type { GrantNetwork } from '../core/providers/registry';
import { callbackPage } from '../core/oauth/loopback-listener';
import { stateMatches } from '../core/oauth/pkce';

export const CALLBACK_PATH = '/oauth/callback';

export interface CallbackReply {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/** Parameters that carry a secret: an answer to a request with any of them must not commit its address. */
const SECRET_PARAMS = ['code', 'access_token', 'long_lived_token'];

const NO_CONTENT: CallbackReply = { status: 204, contentType: 'text/plain; charset=utf-8', body: '' };

function page(status: number, title: string, text: string): CallbackReply {
  return { status, contentType: 'text/html; charset=utf-8', body: callbackPage(title, text) };
}

/** The agent `tether serve` attaches to the core, and the callback route that feeds it. */
export class ServeSignInAgent implements SignInAgent {
  private readonly waiting = new Map<string, (landing: AgentLanding) => void>();

  /** `origin()` is this server's http://127.0.0.1:<port>, known once it listens. */
  constructor(private readonly origin: () => string) {}

  redirectUri(): string {
    return `${this.origin()}${CALLBACK_PATH}`;
  }

  availability(network: GrantNetwork): AgentAvailability {
    return network === 'facebook' ? 'desktop_app_only' : 'here';
  }

  /** A tab in the person's own browser keeps whatever session it has there. */
  freshSession(): boolean {
    return false;
  }

  open(request: { readonly url: string; readonly state: string }): AgentSession {
    let settle: (landing: AgentLanding) => void = () => undefined;
    const landed = new Promise<AgentLanding>((resolve) => {
      settle = resolve;
    });
    this.waiting.set(request.state, settle);
    return {
      openUrl: request.url,
      landed,
      close: () => {
        this.waiting.delete(request.state);
        settle({ kind: 'closed' });
      },
    };
  }

  /** Answers GET /oauth/… (serve routes the whole prefix here). */
  receive(url: URL): CallbackReply {
    const params = url.searchParams;
    const carriesSecret = SECRET_PARAMS.some((name) => params.has(name));
    if (url.pathname !== CALLBACK_PATH) return carriesSecret ? NO_CONTENT : page(404, 'Not found', 'This address only answers Tether sign-ins.');
    const state = params.get('state');
    const waiting = state === null ? undefined : [...this.waiting.entries()].find(([expected]) => stateMatches(expected, state));
    if (!waiting) {
      // Not the answer to a sign-in that waits (no state, another state, or one already used): shown, never acted on.
      if (carriesSecret) return NO_CONTENT;
      return page(400, 'This sign-in is not waiting', 'Tether did not start it, or it already ended. Go back to Tether and start again if you need to.');
    }
    const [key, settle] = waiting;
    this.waiting.delete(key);
    settle({ kind: 'redirected', url: url.href });
    if (carriesSecret) return NO_CONTENT;
    if (params.has('error')) return page(200, 'Sign-in cancelled', 'Nothing was changed. You can close this tab.');
    return page(200, 'Back to Tether', 'You can close this tab.');
  }
}
