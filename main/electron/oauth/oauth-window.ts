/**
 * The Facebook sign-in window (Meta's desktop flow, provider-api-facts §d.1): a window on the login dialog that
 * watches for the redirect to login_success.html and reads the answer from it. Its own in-memory session partition
 * (no cookies shared with anything else, none kept on disk), no preload, sandboxed, navigation only to allowlisted
 * origins compared as parsed origins, and no new windows (security checklist #13/#14).
 */
import { BrowserWindow, session, type WebContents } from 'electron';
import { randomUUID } from 'node:crypto';
import type { AgentLanding, AgentRequest, AgentSession } from '../../core/oauth/sign-in-agent';
import { isAllowedOrigin, oauthNavigation } from '../../core/oauth/oauth-navigation';
import { hardenSession } from '../security/session-hardening';

export { isAllowedOrigin };

export interface OAuthWindowOptions {
  /** https origins the window may navigate to, e.g. https://www.facebook.com. */
  readonly allowedOrigins: readonly string[];
  readonly parent?: BrowserWindow;
}

/**
 * Installs the guard: the redirect ends the sign-in (and is never loaded), other allowlisted pages load, everything
 * else is refused. `onLanded` gets the redirect URL with its query and fragment.
 */
export function guardOAuthNavigation(contents: WebContents, redirectUri: string, allowedOrigins: readonly string[], onLanded: (url: string) => void): void {
  const check = (event: { preventDefault(): void }, url: string): void => {
    const decision = oauthNavigation(url, redirectUri, allowedOrigins);
    if (decision !== 'allowed') event.preventDefault();
    if (decision === 'landed') onLanded(url);
  };
  contents.on('will-navigate', (event, url) => check(event, url));
  // Server-side redirects (the dialog's 302 to the redirect URI) come here, not to will-navigate.
  contents.on('will-redirect', (event, url) => check(event, url));
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Opens the sign-in window on the authorize URL. */
export function openOAuthWindow(request: AgentRequest, options: OAuthWindowOptions): AgentSession {
  // No "persist:" prefix: an in-memory partition that disappears with the window.
  const partition = `oauth-${randomUUID()}`;
  hardenSession(session.fromPartition(partition), () => false);
  // webPreferences stay inline: electronegativity can't follow a variable and would report false findings.
  const window = new BrowserWindow({
    width: 560,
    height: 720,
    show: true,
    title: 'Sign in · Tether',
    autoHideMenuBar: true,
    ...(options.parent ? { parent: options.parent } : {}),
    webPreferences: {
      partition,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  let settle: (landing: AgentLanding) => void = () => undefined;
  const landed = new Promise<AgentLanding>((resolve) => {
    settle = resolve;
  });
  let done = false;
  const finish = (landing: AgentLanding): void => {
    if (done) return;
    done = true;
    settle(landing);
    if (!window.isDestroyed()) window.close();
  };
  guardOAuthNavigation(window.webContents, request.redirectUri, options.allowedOrigins, (url) => finish({ kind: 'redirected', url }));
  window.on('closed', () => finish({ kind: 'closed' }));
  window.loadURL(request.url).catch((error: unknown) => {
    // A load aborted by our own redirect guard is not a failure.
    if (!done) finish({ kind: 'failed', message: `The sign-in page did not load: ${error instanceof Error ? error.message : String(error)}` });
  });
  return { openUrl: null, landed, close: () => finish({ kind: 'closed' }) };
}
