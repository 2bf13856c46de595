/**
 * Sign-in under `tether serve`: the network's page opens in a browser tab (the page asks for it), and the network
 * redirects back to this server's own /oauth/callback, where the waiting flow is found by its `state`. The route
 * needs no launch secret (a redirect from facebook.com or x.com carries no SameSite=Strict cookie); the state, an
 * unguessable one-time value, is what binds the answer to a sign-in Tether started.
 */
import type { AgentLanding, AgentSession, SignInAgent } from '../core/oauth/sign-in-agent';
import { callbackPage } from '../core/oauth/loopback-listener';

export const CALLBACK_PATH = '/oauth/callback';
/** The script of the callback pages (served from here, so the pages' CSP allows only 'self'). */
export const CALLBACK_SCRIPT_PATH = '/oauth/callback.js';

export interface CallbackReply {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/**
 * Facebook's desktop flow answers in the fragment, which browsers never send to a server: this script turns it into
 * a query on the same route (replacing the history entry), then, once answered, drops the query from the address
 * bar and closes the tab Tether opened.
 */
const SCRIPT = `(function () {
  var hash = location.hash.replace(/^#/, '');
  if (!location.search && hash) { location.replace(location.pathname + '?' + hash); return; }
  if (location.search) history.replaceState(null, '', location.pathname);
  if (document.body.dataset.done === 'yes') setTimeout(function () { window.close(); }, 400);
})();`;

function page(status: number, title: string, text: string, done: boolean): CallbackReply {
  const html = callbackPage(title, text)
    .replace('<body>', `<body data-done="${done ? 'yes' : 'no'}">`)
    .replace('</body>', `<script src="${CALLBACK_SCRIPT_PATH}"></script></body>`);
  return { status, contentType: 'text/html; charset=utf-8', body: html };
}

/** The agent `tether serve` attaches to the core, and the callback route that feeds it. */
export class ServeSignInAgent implements SignInAgent {
  private readonly waiting = new Map<string, (landing: AgentLanding) => void>();

  /** `origin()` is this server's http://127.0.0.1:<port>, known once it listens. */
  constructor(private readonly origin: () => string) {}

  redirectUri(): string {
    return `${this.origin()}${CALLBACK_PATH}`;
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

  /** Answers GET /oauth/callback and /oauth/callback.js. */
  receive(url: URL): CallbackReply {
    if (url.pathname === CALLBACK_SCRIPT_PATH) return { status: 200, contentType: 'text/javascript; charset=utf-8', body: SCRIPT };
    const params = url.searchParams;
    if (params.size === 0) return page(200, 'Finishing sign-in…', 'One moment. If nothing happens, go back to Tether and try again.', false);
    let state = params.get('state');
    // A denial without state (Facebook's documented example has none) can only mean the one sign-in that waits.
    if (state === null && params.has('error') && this.waiting.size === 1) state = [...this.waiting.keys()][0] ?? null;
    const settle = state !== null ? this.waiting.get(state) : undefined;
    if (!settle || state === null) {
      return page(400, 'This sign-in is not waiting', 'Tether did not start it, or it already ended. Go back to Tether and start again.', false);
    }
    this.waiting.delete(state);
    settle({ kind: 'redirected', url: url.href });
    if (params.has('error')) return page(200, 'Sign-in cancelled', 'Nothing was changed. You can close this tab.', true);
    return page(200, 'Signed in', 'Back to Tether: you can close this tab.', true);
  }
}
