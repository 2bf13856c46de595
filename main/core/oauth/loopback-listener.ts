/**
 * The loopback redirect of RFC 8252 §7.3 for one sign-in in the system browser: an HTTP server on
 * 127.0.0.1:<port> that waits for GET <path>?… carrying this sign-in's `state`, with our Host, and stops once it came.
 * X allows only exact, registered callback URLs (port included; provider-api-facts §d.2), so the port is fixed.
 * Only the right state ends the sign-in: any other request (a page elsewhere pointing an <img> at /callback, a stale
 * tab) is answered and ignored. The answer that carries the authorization code is 204 No Content, a navigation that
 * never commits, so the browser keeps no record of the code in its history (see serve-sign-in.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AgentLanding } from './sign-in-agent';
import { stateMatches } from './pkce';
import { parseRequestUrl } from '../kernel/http/request-url';
import { serveGuarded } from '../kernel/http/guarded-handlers';

export interface LoopbackOptions {
  readonly port: number;
  /** The callback path, e.g. "/callback". */
  readonly path: string;
  readonly state: string;
  /** The listener gives up on its own after this long (default 15 minutes); its timer never keeps Node alive. */
  readonly maxLifetimeMs?: number;
}

export interface LoopbackListener {
  /** http://127.0.0.1:<port><path> */
  readonly redirectUri: string;
  readonly landed: Promise<AgentLanding>;
  close(): void;
}

const PAGE_STYLE = 'body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}';

/** A small page for the browser tab; no script, nothing from elsewhere. */
export function callbackPage(title: string, text: string): string {
  const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)} · Tether</title><style>${PAGE_STYLE}</style></head><body><h1>${esc(title)}</h1><p>${esc(text)}</p></body></html>`;
}

/** For the answer that carries the code: nothing to show, nothing for the browser to record. */
function noContent(res: ServerResponse): void {
  res.writeHead(204, { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', Connection: 'close' });
  res.end();
}

function reply(res: ServerResponse, status: number, title: string, text: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    'Referrer-Policy': 'no-referrer',
    Connection: 'close',
  });
  res.end(callbackPage(title, text));
}

/** Starts listening; a port that can't be bound is a `failed` landing with words the user can act on. */
export function startLoopbackListener(options: LoopbackOptions): LoopbackListener {
  const { port, path, state } = options;
  const redirectUri = `http://127.0.0.1:${port}${path}`;
  const server = createServer();
  let settle: (landing: AgentLanding) => void = () => undefined;
  const landed = new Promise<AgentLanding>((resolve) => {
    settle = resolve;
  });
  let done = false;
  const stop = (): void => {
    clearTimeout(lifetime);
    server.close();
    server.closeAllConnections();
  };
  const finish = (landing: AgentLanding, answered = false): void => {
    if (done) return;
    done = true;
    settle(landing);
    // After answering the browser, let the answer reach it before the connections are dropped; otherwise free the
    // port at once, so a sign-in started right after can listen on it again.
    if (answered) setImmediate(stop);
    else stop();
  };
  const lifetime = setTimeout(() => finish({ kind: 'failed', message: 'The sign-in listener stopped waiting.' }), options.maxLifetimeMs ?? 15 * 60_000);
  lifetime.unref();

  const handleRequest = (req: IncomingMessage, res: ServerResponse): void => {
    // Host must name us: a page elsewhere that resolves its own name to 127.0.0.1 still sends its name (DNS rebinding).
    if (req.headers.host !== `127.0.0.1:${port}`) return reply(res, 400, 'Wrong address', 'This address only answers Tether sign-ins.');
    const url = parseRequestUrl(req.url);
    // A path like "//[" is no URL at all; Chromium sends it as it is.
    if (!url) return reply(res, 400, 'Wrong address', 'This address only answers Tether sign-ins.');
    if (req.method !== 'GET' || url.pathname !== path) return reply(res, 404, 'Not found', 'This address only answers Tether sign-ins.');
    const carriesCode = url.searchParams.has('code');
    // Only the flow's own state may end it: any web page can point an <img> at this address while a sign-in waits.
    if (!stateMatches(state, url.searchParams.get('state'))) {
      // Not this sign-in's answer: shown (or, with a code in it, not even that), never acted on; the sign-in keeps waiting.
      if (carriesCode) return noContent(res);
      return reply(
        res,
        400,
        'This sign-in does not match',
        'Tether did not start this sign-in, or it was started again. Go back to Tether and try again if you need to.',
      );
    }
    if (carriesCode) noContent(res);
    else if (url.searchParams.has('error')) reply(res, 200, 'Sign-in cancelled', 'Nothing was changed. You can close this tab and go back to Tether.');
    else reply(res, 200, 'Back to Tether', 'You can close this tab and go back to Tether.');
    finish({ kind: 'redirected', url: new URL(`${url.pathname}${url.search}`, redirectUri).href }, true);
  };
  // The same guard as every other listener: a request that makes the handler throw is a 500, never a crash.
  serveGuarded(server, { request: handleRequest }, () => undefined);
  server.on('error', (error: NodeJS.ErrnoException) => {
    const message =
      error.code === 'EADDRINUSE'
        ? `Port ${port} is in use by another program. Choose another port in Settings → Network apps and register its callback URL in your X app.`
        : `Tether could not listen on ${redirectUri}: ${error.message}`;
    finish({ kind: 'failed', message });
  });
  server.listen(port, '127.0.0.1');
  return { redirectUri, landed, close: () => finish({ kind: 'closed' }) };
}
