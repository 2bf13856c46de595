/**
 * How the desktop app shows sign-ins: Facebook in Tether's OAuth window (Meta's desktop flow needs an embedded
 * browser and login_success.html), on a new in-memory session each time, so Facebook always asks who is signing in;
 * X in the system browser with a loopback listener on the registered http://127.0.0.1:<port>/callback (RFC 8252 §5
 * and §7.3; X wants the exact URL, port included). The listener answers X's redirect with 204, which leaves the
 * browser on X's page: Tether's window comes to the front to show the outcome.
 */
import { shell, type BrowserWindow } from 'electron';
import type { AgentRequest, AgentSession, SignInAgent } from '../../core/oauth/sign-in-agent';
import { startLoopbackListener } from '../../core/oauth/loopback-listener';
import type { NetworkEndpoints } from '../../core/providers/network-endpoints';
import type { GrantNetwork } from '../../core/providers/registry';
import { openOAuthWindow } from './oauth-window';
import { parseUrl } from '../security/app-origin';

/** The path of X's loopback callback. */
export const X_CALLBACK_PATH = '/callback';

export interface DesktopSignInOptions {
  readonly endpoints: NetworkEndpoints;
  /** The port of X's callback, read from settings at each sign-in. */
  xCallbackPort(): number;
  /** The dashboard window, as parent of the sign-in window. */
  parent(): BrowserWindow | undefined;
}

/**
 * Where the Facebook dialog may take the window: its own origin, and Facebook's mobile and web hosts that login
 * and checkpoint pages are reported to use (UNVERIFIED: from observed login flows, not a documented list).
 */
export function facebookOrigins(endpoints: NetworkEndpoints): string[] {
  const own = new URL(endpoints.facebookWebOrigin).origin;
  return own === 'https://www.facebook.com' ? [own, 'https://m.facebook.com', 'https://web.facebook.com'] : [own];
}

export function createDesktopSignInAgent(options: DesktopSignInOptions): SignInAgent {
  const { endpoints } = options;
  return {
    availability: () => 'here',
    // Facebook's window starts with an empty partition (oauth-window.ts); the system browser keeps its session.
    freshSession: (network: GrantNetwork) => network === 'facebook',
    redirectUri(network: GrantNetwork): string {
      // Meta: "this must be set to https://www.facebook.com/connect/login_success.html" for a desktop webview.
      if (network === 'facebook') return `${new URL(endpoints.facebookWebOrigin).origin}/connect/login_success.html`;
      return `http://127.0.0.1:${options.xCallbackPort()}${X_CALLBACK_PATH}`;
    },
    open(request: AgentRequest): AgentSession {
      if (request.network === 'facebook') {
        const parent = options.parent();
        return openOAuthWindow(request, { allowedOrigins: facebookOrigins(endpoints), ...(parent ? { parent } : {}) });
      }
      const listener = startLoopbackListener({ port: options.xCallbackPort(), path: X_CALLBACK_PATH, state: request.state });
      // Only X's own authorize page goes to the browser.
      const url = parseUrl(request.url);
      if (!url || url.origin !== new URL(endpoints.xWebOrigin).origin) {
        listener.close();
        return {
          openUrl: null,
          landed: Promise.resolve({ kind: 'failed', message: 'Refused to open an unexpected sign-in address.' }),
          close: () => undefined,
        };
      }
      const notOpened = shell.openExternal(url.href).then(
        () => new Promise<never>(() => undefined),
        (error: unknown) => {
          listener.close();
          return { kind: 'failed' as const, message: `Tether could not open your browser: ${error instanceof Error ? error.message : String(error)}` };
        },
      );
      const landed = Promise.race([notOpened, listener.landed]);
      void landed.then((landing) => {
        if (landing.kind === 'redirected') options.parent()?.focus();
      });
      return { openUrl: null, landed, close: () => listener.close() };
    },
  };
}
