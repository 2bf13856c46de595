/**
 * Decides whether a request to `tether serve` carries this launch's key and comes from its own origin. The key is
 * read from `Authorization: Bearer KEY` or, on a WebSocket upgrade, from the `tether.key.KEY` subprotocol; never
 * from a cookie or the address (see shared/ipc/http-routes.ts for why).
 */
import type { IncomingMessage } from 'node:http';
import { bearerToken, secretMatches } from '../core/kernel/http/launch-secret';
import { hostIsLoopback, originIsOwn } from '../core/kernel/http/loopback-host';
import { WS_KEY_PROTOCOL_PREFIX } from '../../shared/ipc/http-routes';

/** The key offered as a WebSocket subprotocol, or null. */
export function subprotocolKey(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (typeof value !== 'string') return null;
  for (const offered of value.split(',')) {
    const token = offered.trim();
    if (token.startsWith(WS_KEY_PROTOCOL_PREFIX)) return token.slice(WS_KEY_PROTOCOL_PREFIX.length);
  }
  return null;
}

/** The key the request presents, or null. */
export function presentedKey(req: IncomingMessage): string | null {
  return bearerToken(req.headers.authorization) ?? subprotocolKey(req.headers['sec-websocket-protocol']);
}

/** True when the request is addressed to this server, from its own origin (if a browser sent one), with the key. */
export function isAuthorized(req: IncomingMessage, secret: string, port: number): boolean {
  return hostIsLoopback(req, port) && originIsOwn(req, port) && secretMatches(secret, presentedKey(req));
}
