/** Decides whether an HTTP request or WebSocket upgrade carries the launch secret and comes from our own origin. */
import type { IncomingMessage } from 'node:http';
import { secretMatches } from './secret';

export const KEY_COOKIE = 'tether_key';
export const KEY_PARAM = 'key';

/** Reads one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [k, ...rest] = part.trim().split('=');
    if (k === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** The secret the request presents: the `key` query parameter, the cookie, or a Bearer header. */
export function presentedSecret(req: IncomingMessage, url: URL): { value: string | null; fromQuery: boolean } {
  const query = url.searchParams.get(KEY_PARAM);
  if (query) return { value: query, fromQuery: true };
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return { value: auth.slice(7), fromQuery: false };
  return { value: readCookie(req.headers.cookie, KEY_COOKIE), fromQuery: false };
}

/**
 * True when the Host header names this server. It stops DNS rebinding: a page on another site that resolves
 * its own name to 127.0.0.1 still sends its own name as Host.
 */
export function hostIsLoopback(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** True when a browser-sent Origin (if any) is this server's own. */
export function originIsOwn(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/** True when the request may proceed. */
export function isAuthorized(req: IncomingMessage, url: URL, secret: string, port: number): boolean {
  return hostIsLoopback(req, port) && originIsOwn(req, port) && secretMatches(secret, presentedSecret(req, url).value);
}
