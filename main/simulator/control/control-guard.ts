/**
 * Guards the /_sim control API like `tether serve` guards its dashboard: a per-launch key (Authorization:
 * Bearer KEY) and a Host header naming this simulator. Without them any web page could drive the simulator by
 * resolving its own name to 127.0.0.1 (DNS rebinding), or any local process could apply scenarios.
 */
import type { IncomingMessage } from 'node:http';
import { createServeSecret, secretMatches } from '../../serve/secret';
import { hostIsLoopback } from '../../serve/request-auth';
import type { ControlReply } from './control-api';

/** A fresh control key, URL-safe. */
export const createControlKey = createServeSecret;

/** The key a control request presents, from `Authorization: Bearer KEY`. */
export function presentedControlKey(req: IncomingMessage): string | null {
  const auth = req.headers.authorization;
  return auth?.startsWith('Bearer ') ? auth.slice(7) : null;
}

/** Null when the request may reach the control API; otherwise the refusal to send. */
export function refuseControl(req: IncomingMessage, key: string, port: number): ControlReply | null {
  if (!hostIsLoopback(req, port)) {
    return { status: 403, body: { error: { message: `The control API answers only requests addressed to 127.0.0.1:${port} or localhost:${port}.` } } };
  }
  if (!secretMatches(key, presentedControlKey(req))) {
    return {
      status: 401,
      body: { error: { message: 'The control API needs the control key that `tether simulate` printed: send it as "Authorization: Bearer KEY".' } },
    };
  }
  return null;
}
