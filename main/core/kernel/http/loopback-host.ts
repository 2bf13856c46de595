/**
 * Host and Origin checks shared by every loopback server. They stop DNS rebinding: a page on another site that
 * resolves its own name to 127.0.0.1 still sends its own name as Host, and its own origin as Origin.
 */
import type { IncomingMessage } from 'node:http';

/** True when the Host header names this server (127.0.0.1 or localhost, on its port). */
export function hostIsLoopback(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** True when a browser-sent Origin, if any, is this server's own. */
export function originIsOwn(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}
