/**
 * `tether serve`: the same app and IPC contract over HTTP + WebSocket on 127.0.0.1, with a random port and a
 * per-launch secret. Any request without the secret gets 401.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { ClientMessageSchema, type ServerMessage } from '../../shared/ipc/ws-protocol';
import { fail } from '../../shared/ipc/result';
import type { Router } from '../core/ipc/router';
import type { Logger } from '../core/logging/create-logger';
import { createServeSecret } from './secret';
import { hostIsLoopback, isAuthorized, KEY_COOKIE, KEY_PARAM, presentedSecret } from './request-auth';
import type { CallbackReply } from './serve-sign-in';
import { resolveStatic, sendFile } from './static-files';
import { parseRequestUrl } from './request-url';
import { attachPushChannel } from './push-channel';
import { serveExport, type ExportRunner } from './export-route';
import { serveSnapshot, SNAPSHOT_PRELOAD_LINK } from './snapshot-route';
import { assetPreloads } from './page-preloads';
import { ACCOUNTS_SNAPSHOT_PATH } from '../../shared/ipc/http-routes';
import type { HistoryExportRequest } from '../../shared/domain/history-overview';

export interface ServeOptions {
  readonly router: Router;
  /** The built renderer (out/renderer). */
  readonly staticDir: string;
  readonly log: Logger;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly secret?: string;
  /** Streams a History export (GET /export); absent, exports aren't served. */
  readonly exportHistory?: { run: ExportRunner; fileName: (req: HistoryExportRequest) => string };
  /** Answers the sign-in callback routes under /oauth/ (no launch secret: the sign-in's state guards them). */
  readonly signInCallback?: (url: URL) => CallbackReply;
}

export interface RunningServer {
  readonly port: number;
  readonly secret: string;
  /** The URL to open: it carries the secret once; the page then keeps it in an HttpOnly cookie. */
  readonly url: string;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 1024 * 1024;

function unauthorized(res: ServerResponse): void {
  res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end('Tether: this address needs the key from the link that `tether serve` printed. Open that link instead.\n');
}

function send(socket: WebSocket, message: ServerMessage): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
}

/** Starts the server and resolves once it listens. */
export async function startServeServer(options: ServeOptions): Promise<RunningServer> {
  const secret = options.secret ?? createServeSecret();
  const { router, staticDir, log } = options;
  const server: Server = createServer();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  let port = 0;

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = parseRequestUrl(req.url);
    if (!url) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' }).end('Bad request: the address is not a valid URL.\n');
      return;
    }
    if (options.signInCallback && url.pathname.startsWith('/oauth/') && req.method === 'GET' && hostIsLoopback(req, port)) {
      const reply = options.signInCallback(url);
      res.writeHead(reply.status, {
        'Content-Type': reply.contentType,
        'Cache-Control': 'no-store',
        'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'",
        'Referrer-Policy': 'no-referrer',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(reply.body);
      return;
    }
    if (!isAuthorized(req, url, secret, port)) return unauthorized(res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (presentedSecret(req, url).fromQuery) {
      // Trade the secret in the address for a cookie, and drop it from the address bar and history.
      url.searchParams.delete(KEY_PARAM);
      res.writeHead(303, {
        'Set-Cookie': `${KEY_COOKIE}=${encodeURIComponent(secret)}; HttpOnly; SameSite=Strict; Path=/`,
        Location: `${url.pathname}${url.search}`,
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }
    if (url.pathname === '/export' && options.exportHistory) return serveExport(url, res, options.exportHistory.run, options.exportHistory.fileName);
    if (url.pathname === ACCOUNTS_SNAPSHOT_PATH) return serveSnapshot(router, res);
    const file = resolveStatic(staticDir, url.pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found. Has the renderer been built (npm run build)?\n');
      return;
    }
    if (basename(file) !== 'index.html') return sendFile(res, file);
    // The page's script first, then the snapshot: see page-preloads.ts.
    sendFile(res, file, (html) => ({ Link: [...assetPreloads(html.toString('utf8')), SNAPSHOT_PRELOAD_LINK].join(', ') }));
  });

  server.on('upgrade', (req, socket, head) => {
    // Until ws takes the socket over, nobody else listens for its errors: a client's reset would kill the process.
    socket.on('error', () => socket.destroy());
    const url = parseRequestUrl(req.url);
    if (!url) {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      return;
    }
    if (url.pathname !== '/ws' || !isAuthorized(req, url, secret, port)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws));
  });

  // ws reports a bad frame (too large, invalid UTF-8, unmasked, bad opcode or RSV bits) as an 'error' event and then
  // closes the connection itself with the matching close code; unheard, that event would kill the process.
  wss.on('error', (error) => log.warn('websocket server error', { error: error.message }));
  wss.on('connection', (ws: WebSocket) => {
    ws.on('error', (error) => log.debug('closed a websocket after a protocol error', { error: error.message }));
    ws.on('close', attachPushChannel(ws, router));
    ws.on('message', (data, isBinary) => {
      if (isBinary) return send(ws, { type: 'error', message: 'Binary messages are not accepted.' });
      let parsed: unknown;
      try {
        parsed = JSON.parse(data.toString());
      } catch {
        return send(ws, { type: 'error', message: 'Messages must be JSON.' });
      }
      const message = ClientMessageSchema.safeParse(parsed);
      if (!message.success) {
        // Answer the caller's id when there is one, so a malformed call fails instead of hanging.
        const id = (parsed as { id?: unknown } | null)?.id;
        if (typeof id === 'number') return send(ws, { type: 'result', id, result: fail('invalid_request', 'Malformed message.') });
        return send(ws, { type: 'error', message: 'Malformed message.' });
      }
      const { id, channel, req } = message.data;
      // The router answers failures as results; a rejection here would be a bug, and must not end the process.
      void router.invoke(channel, req).then(
        (result) => send(ws, { type: 'result', id, result }),
        () => send(ws, { type: 'result', id, result: fail('internal', 'Tether could not answer this request.') }),
      );
    });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;
  log.info(`serving on 127.0.0.1:${port}`);

  return {
    port,
    secret,
    url: `http://127.0.0.1:${port}/?${KEY_PARAM}=${secret}`,
    close: () =>
      new Promise<void>((resolvePromise) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}
