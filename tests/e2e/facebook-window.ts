/**
 * The desktop app's Facebook sign-in window, played in Chromium because Electron can't run here (the one part of
 * the desktop flow these tests stand in for). Like main/electron/oauth/oauth-window.ts: each sign-in gets a new,
 * empty, in-memory browser context (the window's new partition: no Facebook session, nothing on disk), navigation
 * follows the same rule (oauthNavigation: the redirect ends the sign-in, allowlisted origins load, the rest is
 * refused), and closing it ends the sign-in as closed. X keeps serve's own browser-tab flow.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { AgentAvailability, AgentLanding, AgentRequest, AgentSession, SignInAgent } from '../../main/core/oauth/sign-in-agent';
import { oauthNavigation } from '../../main/core/oauth/oauth-navigation';
import type { GrantNetwork } from '../../main/core/providers/registry';
import type { ServeSignInAgent } from '../../main/serve/serve-sign-in';

export class FacebookWindowAgent implements SignInAgent {
  /** The authorize URLs the window was opened on, oldest first. */
  readonly opened: string[] = [];
  private readonly waiters: Array<(page: Page) => void> = [];
  private readonly pending: Page[] = [];

  constructor(
    private readonly serve: ServeSignInAgent,
    private readonly browser: Browser,
    /** The origin standing for https://www.facebook.com (the simulator's). */
    private readonly facebookOrigin: string,
  ) {}

  redirectUri(network: GrantNetwork): string {
    return network === 'facebook' ? `${this.facebookOrigin}/connect/login_success.html` : this.serve.redirectUri();
  }

  availability(): AgentAvailability {
    return 'here';
  }

  freshSession(network: GrantNetwork): boolean {
    return network === 'facebook';
  }

  /** The next window to open (or the one already open and not yet taken). */
  nextWindow(): Promise<Page> {
    const ready = this.pending.shift();
    return ready ? Promise.resolve(ready) : new Promise((resolve) => this.waiters.push(resolve));
  }

  open(request: AgentRequest): AgentSession {
    if (request.network !== 'facebook') return this.serve.open(request);
    this.opened.push(request.url);
    let settle: (landing: AgentLanding) => void = () => undefined;
    const landed = new Promise<AgentLanding>((resolve) => {
      settle = resolve;
    });
    let context: BrowserContext | null = null;
    let done = false;
    const finish = (landing: AgentLanding): void => {
      if (done) return;
      done = true;
      settle(landing);
      void context?.close().catch(() => undefined);
    };
    const origins = [this.facebookOrigin];
    void (async () => {
      context = await this.browser.newContext();
      // Refused navigations never load, as the Electron window's will-navigate guard prevents them.
      await context.route('**/*', (route) =>
        route.request().isNavigationRequest() && oauthNavigation(route.request().url(), request.redirectUri, origins) === 'refused'
          ? route.abort()
          : route.continue(),
      );
      const page = await context.newPage();
      page.on('framenavigated', (frame) => {
        // The committed URL keeps the fragment (#access_token=…), as Electron's will-redirect does.
        if (frame === page.mainFrame() && oauthNavigation(frame.url(), request.redirectUri, origins) === 'landed')
          finish({ kind: 'redirected', url: frame.url() });
      });
      page.on('close', () => finish({ kind: 'closed' }));
      const waiter = this.waiters.shift();
      if (waiter) waiter(page);
      else this.pending.push(page);
      await page.goto(request.url).catch(() => undefined);
    })().catch((error: unknown) => finish({ kind: 'failed', message: String(error) }));
    return { openUrl: null, landed, close: () => finish({ kind: 'closed' }) };
  }
}
