/**
 * `tether serve`: the same app and IPC contract over HTTP + WebSocket on 127.0.0.1, with a random port and a
 * per-launch key. The page's own files are served to anyone who names this server in Host (they hold no data);
 * everything that reads or changes data needs the key (request-auth.ts), and the key never travels in a cookie.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { basename } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { ClientMessageSchema, type ServerMessage } from '../../shared/ipc/ws-protocol';
import { fail } from '../../shared/ipc/result';
import type { Router } from '../core/ipc/router';
import type { Logger } from '../core/logging/create-logger';
import { createLaunchSecret } from '../core/kernel/http/launch-secret';
import { hostIsLoopback } from '../core/kernel/http/loopback-host';
import { parseRequestUrl } from '../core/kernel/http/request-url';
import { serveGuarded } from '../core/kernel/http/guarded-handlers';
import { isAuthorized } from './request-auth';
import type { CallbackReply } from './serve-sign-in';
import { resolveStatic, sendFile } from './static-files';
import { attachPushChannel } from './push-channel';
import { serveExport, type ExportRunner } from './export-route';
import { serveSnapshot } from './snapshot-route';
import { assetPreloads } from './page-preloads';
import { ExportTickets } from './export-tickets';
import {
  ACCOUNTS_SNAPSHOT_PATH,
  EXPORT_PATH,
  EXPORT_TICKET_PARAM,
  EXPORT_TICKETS_PATH,
  LINK_KEY_PARAM,
  SESSION_PATH,
  WS_PROTOCOL,
} from '../../shared/ipc/http-routes';
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
  /** Answers the sign-in callback routes under /oauth/ (no launch key: the sign-in's state guards them). */
  readonly signInCallback?: (url: URL) => CallbackReply;
}

export interface RunningServer {
  readonly port: number;
  readonly secret: string;
  /** The link to open: the key rides in the fragment, which the browser never sends to any server. */
  readonly url: string;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 1024 * 1024;
/** Data routes answer with the key only; the page's files (and its fallback for unknown paths) with none. */
const KEYED_PATHS = new Set([ACCOUNTS_SNAPSHOT_PATH, SESSION_PATH, EXPORT_TICKETS_PATH]);

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers }).end(`${text}\n`);
}

function unauthorized(res: ServerResponse): void {
  plain(res, 401, 'Tether: this needs the key from the link that `tether serve` printed (it changes at every start). Open that link.');
}

function send(socket: WebSocket, message: ServerMessage): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
}

function refuseUpgrade(socket: Duplex, status: string): void {
  if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
  else socket.destroy();
}

/** Starts the server and resolves once it listens. */
export async function startServeServer(options: ServeOptions): Promise<RunningServer> {
  const secret = options.secret ?? createLaunchSecret();
  const { router, staticDir, log } = options;
  const server: Server = createServer();
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_MESSAGE_BYTES,
    // Answer with our protocol, never echo the key the page offered beside it.
    handleProtocols: (offered) => (offered.has(WS_PROTOCOL) ? WS_PROTOCOL : false),
  });
  const tickets = new ExportTickets();
  let port = 0;

  const handleRequest = (req: IncomingMessage, res: ServerResponse): void | Promise<void> => {
    const url = parseRequestUrl(req.url);
    if (!url) return plain(res, 400, 'Bad request: the address is not a valid URL.', { Connection: 'close' });
    // Host must name us on every route: a page elsewhere that resolves its own name to 127.0.0.1 sends its own.
    if (!hostIsLoopback(req, port)) return plain(res, 421, 'This server answers only to its own address on 127.0.0.1.');
    if (options.signInCallback && url.pathname.startsWith('/oauth/') && req.method === 'GET') {
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
    if (url.pathname === EXPORT_TICKETS_PATH && req.method === 'POST') {
      if (!isAuthorized(req, secret, port)) return unauthorized(res);
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ ticket: tickets.issue() }));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    if (url.pathname === EXPORT_PATH && options.exportHistory) {
      if (!tickets.redeem(url.searchParams.get(EXPORT_TICKET_PARAM))) {
        return plain(res, 403, 'This download link has been used or is more than a minute old. Export again from the History screen.');
      }
      return serveExport(url, res, options.exportHistory.run, options.exportHistory.fileName);
    }
    if (KEYED_PATHS.has(url.pathname)) {
      if (!isAuthorized(req, secret, port)) return unauthorized(res);
      if (url.pathname === ACCOUNTS_SNAPSHOT_PATH) return serveSnapshot(router, res);
      res.writeHead(204, { 'Cache-Control': 'no-store' }).end();
      return;
    }
    const file = resolveStatic(staticDir, url.pathname);
    if (!file) return plain(res, 404, 'Not found. Has the renderer been built (npm run build)?');
    if (basename(file) !== 'index.html') return sendFile(res, file);
    // The page's script first: see page-preloads.ts.
    sendFile(res, file, (html) => ({ Link: assetPreloads(html.toString('utf8')).join(', ') }));
  };

  const handleUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = parseRequestUrl(req.url);
    if (!url) return refuseUpgrade(socket, '400 Bad Request');
    if (url.pathname !== '/ws' || !isAuthorized(req, secret, port)) return refuseUpgrade(socket, '401 Unauthorized');
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws));
  };

  serveGuarded(server, { request: handleRequest, upgrade: handleUpgrade }, (what, message) => log.warn(what, { error: message }));

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
    url: `http://127.0.0.1:${port}/#${LINK_KEY_PARAM}=${secret}`,
    close: () =>
      new Promise<void>((resolvePromise) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}
