/**
 * The one guard every HTTP listener in Tether puts around its handlers (serve, the sign-in loopback listener, the
 * simulator). Anything a client sends — a malformed cookie, a target `new URL` rejects, a body that ends early —
 * may make a handler throw or reject; unguarded, that ends the whole process, which any web page on the machine can
 * cause by pointing an <img> or a WebSocket at 127.0.0.1. Guarded, the client gets a 500 (or a dropped connection
 * when the answer had begun) and the server goes on.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;
export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => unknown;
/** Told what went wrong (the message only: it must never carry a request's secrets into a log). */
export type GuardReport = (what: string, message: string) => void;

/** Handlers may return whatever their last call returned (`res.end()` returns the response): only a promise is awaited. */
const isPromise = (value: unknown): value is Promise<unknown> => value instanceof Promise;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function failRequest(res: ServerResponse, report: GuardReport, error: unknown): void {
  report('request handler failed', messageOf(error));
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' });
  res.end('Tether could not answer this request.\n');
}

/** `handler`, with whatever it throws or rejects answered as a 500 instead of ending the process. */
export function guardRequest(handler: RequestHandler, report: GuardReport): RequestHandler {
  return (req, res) => {
    // A client that resets mid-request makes the request emit 'error'; unheard, that would end the process.
    req.on('error', () => undefined);
    try {
      const pending = handler(req, res);
      if (isPromise(pending)) pending.catch((error: unknown) => failRequest(res, report, error));
    } catch (error) {
      failRequest(res, report, error);
    }
  };
}

/** `handler` for upgrades, with whatever it throws or rejects answered by closing that one socket. */
export function guardUpgrade(handler: UpgradeHandler, report: GuardReport): UpgradeHandler {
  return (req, socket, head) => {
    // Until a WebSocket library takes the socket over, nobody else listens for its errors.
    socket.on('error', () => socket.destroy());
    const fail = (error: unknown): void => {
      report('upgrade handler failed', messageOf(error));
      socket.destroy();
    };
    try {
      const pending = handler(req, socket, head);
      if (isPromise(pending)) pending.catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}

/**
 * Attaches guarded handlers to `server`, and answers requests Node itself can't parse (`clientError`) with a 400
 * instead of leaving the socket open.
 */
export function serveGuarded(server: Server, handlers: { request: RequestHandler; upgrade?: UpgradeHandler }, report: GuardReport): void {
  server.on('request', guardRequest(handlers.request, report));
  if (handlers.upgrade) server.on('upgrade', guardUpgrade(handlers.upgrade, report));
  server.on('clientError', (_error, socket: Duplex) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
}
