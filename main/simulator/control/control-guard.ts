/**
 * Guards the /_sim control API like `tether serve` guards its dashboard: a per-launch key (Authorization:
 * Bearer KEY) and a Host header naming this simulator. Without them any web page could drive the simulator by
 * resolving its own name to 127.0.0.1 (DNS rebinding), or any local process could apply scenarios.
 */
import type { IncomingMessage } from 'node:http';
import { bearerToken, createLaunchSecret, secretMatches } from '../../core/kernel/http/launch-secret';
import { hostIsLoopback } from '../../core/kernel/http/loopback-host';
import type { ControlReply } from './control-api';

/** A fresh control key, URL-safe. */
export const createControlKey = createLaunchSecret;

/** The key a control request presents, from `Authorization: Bearer KEY`. */
export function presentedControlKey(req: IncomingMessage): string | null {
  return bearerToken(req.headers.authorization);
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
