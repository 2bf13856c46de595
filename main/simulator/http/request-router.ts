/**
 * The simulator's request handler: /_sim goes to the control API (never faulted); everything else is logged,
 * rolled for faults, then served as X (/2/…, /i/oauth2/…) or Facebook (Graph, the login dialog).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SimContext } from '../simulator-context';
import type { SimulatorControl } from '../control/simulator-control';
import type { RequestFaults } from '../faults/fault-engine';
import { CONTROL_PREFIX, handleControl } from '../control/control-api';
import { refuseControl } from '../control/control-guard';
import { answerWithFault } from '../faults/fault-responses';
import { executeGraph } from '../graph/graph-dispatch';
import { executeBatch } from '../graph/batch';
import { graphErrors } from '../graph/graph-error';
import { presentedToken } from '../graph/graph-auth';
import { graphMethod, splitGraphPath } from '../graph/graph-request';
import { FB_SESSION_COOKIE, facebookDialogGet, facebookDialogPost } from '../oauth/facebook-dialog';
import { loginSuccessPage } from '../oauth/facebook-dialog.view';
import { xAuthorizeGet, xAuthorizePost } from '../oauth/x-authorize';
import { usersMe } from '../x/users-me';
import { revokeEndpoint, tokenEndpoint } from '../x/x-token-endpoint';
import { xErrors } from '../x/x-errors';
import { parseRequestUrl } from '../../core/kernel/http/request-url';
import { BodyTooLargeError, bodyParams, cookie, isJson, mergeParams, readBody, sendJson, sendWeb } from './http-io';

const isX = (path: string): boolean => path === '/2' || path.startsWith('/2/') || path.startsWith('/i/oauth2/');

async function serveControl(ctx: SimContext, control: SimulatorControl, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const method = req.method ?? 'GET';
  const text = await readBody(req);
  // JSON only: a browser page cannot send application/json cross-origin without a preflight we never answer.
  if (text.length > 0 && !isJson(req)) return sendJson(res, 415, { error: { message: 'Control requests take Content-Type: application/json' } });
  let body: unknown;
  try {
    body = text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    return sendJson(res, 400, { error: { message: 'The body is not valid JSON' } });
  }
  const reply = handleControl(ctx, control, method, path, body);
  sendJson(res, reply.status, reply.body, { 'cache-control': 'no-store' });
}

async function serveX(ctx: SimContext, req: IncomingMessage, res: ServerResponse, url: URL, faults: RequestFaults): Promise<void> {
  const method = req.method ?? 'GET';
  const path = url.pathname;
  if (path === '/i/oauth2/authorize') {
    if (method === 'GET') return sendWeb(res, xAuthorizeGet(ctx, path, url.searchParams));
    if (method === 'POST') return sendWeb(res, xAuthorizePost(ctx, path, new URLSearchParams(await readBody(req))));
  }
  const reply =
    method === 'GET' && path === '/2/users/me'
      ? usersMe(ctx, req.headers.authorization, url.searchParams, faults.api?.type === 'rate_limit' ? faults.api : null)
      : method === 'POST' && path === '/2/oauth2/token'
        ? tokenEndpoint(ctx, new URLSearchParams(await readBody(req)), req.headers.authorization)
        : method === 'POST' && path === '/2/oauth2/revoke'
          ? revokeEndpoint(ctx, new URLSearchParams(await readBody(req)), req.headers.authorization)
          : xErrors.notFound();
  sendJson(res, reply.status, reply.body, reply.headers);
}

async function serveFacebook(ctx: SimContext, req: IncomingMessage, res: ServerResponse, url: URL, faults: RequestFaults): Promise<void> {
  const { version, segments, paths } = splitGraphPath(url.pathname);
  const rawMethod = req.method ?? 'GET';
  if (url.pathname === '/connect/login_success.html') return sendWeb(res, { kind: 'html', status: 200, html: loginSuccessPage() });
  if (segments.length === 2 && segments[0] === 'dialog' && segments[1] === 'oauth') {
    const session = cookie(req, FB_SESSION_COOKIE);
    if (rawMethod === 'POST') return sendWeb(res, facebookDialogPost(ctx, url.pathname, new URLSearchParams(await readBody(req)), session));
    return sendWeb(res, facebookDialogGet(ctx, url.pathname, url.searchParams, session));
  }
  const body = rawMethod === 'GET' ? new URLSearchParams() : bodyParams(req, await readBody(req));
  if (!body) {
    const fault = graphErrors.param('The request body is not valid JSON');
    return sendJson(res, fault.status, fault.body());
  }
  const params = mergeParams(url.searchParams, body);
  // Graph honours a `method` parameter for clients that cannot send DELETE.
  const method = graphMethod(params.get('method') ?? rawMethod);
  const token = presentedToken(params, req.headers.authorization);
  if (!method) {
    const fault = graphErrors.unsupported(rawMethod, segments[0] ?? '');
    return sendJson(res, fault.status, fault.body());
  }
  const reply =
    segments.length === 0 && method === 'POST'
      ? executeBatch(ctx, params, token, version)
      : executeGraph(ctx, { method, segments, version, params, token, paths }, faults.api);
  sendJson(res, reply.status, reply.body, reply.headers);
}

/** Who may use the control API: its key, and the port the Host header must name. */
export interface ControlAccess {
  readonly key: string;
  port(): number;
}

async function handle(ctx: SimContext, control: SimulatorControl, access: ControlAccess, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = parseRequestUrl(req.url);
  if (!url) return sendJson(res, 400, { error: { message: 'The request target is not a valid URL path.' } });
  const path = url.pathname;
  if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
    const refusal = refuseControl(req, access.key, access.port());
    if (refusal) return sendJson(res, refusal.status, refusal.body, { 'cache-control': 'no-store' });
    return serveControl(ctx, control, req, res, path);
  }
  const network = isX(path) ? 'x' : 'facebook';
  const method = req.method ?? 'GET';
  const entry = ctx.log.add(ctx.clock.now(), method, req.url ?? '/', network);
  res.once('finish', () => {
    entry.status = res.statusCode;
  });
  const faults = ctx.faults.forRequest({ network, method, paths: network === 'x' ? [path] : splitGraphPath(path).paths });
  entry.fault = faults.fired.length > 0 ? faults.fired.join(',') : null;
  if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
  if (req.socket.destroyed) return;
  // A transport fault answers before the API sees the request, so a faulted X refresh never spends its refresh
  // token. UNVERIFIED: no public source says whether X rotates a refresh token whose answer is lost to a 5xx or
  // a dropped connection; if it does, the next refresh fails with invalid_request and only reconnect helps.
  if (faults.transport) return answerWithFault(req, res, faults.transport, network);
  return network === 'x' ? serveX(ctx, req, res, url, faults) : serveFacebook(ctx, req, res, url, faults);
}

/** The `request` listener of the simulator's HTTP server. */
export function createRequestHandler(
  ctx: SimContext,
  control: SimulatorControl,
  access: ControlAccess,
  onError: (error: unknown) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(ctx, control, access, req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) return sendJson(res, 413, { error: { message: error.message } });
      onError(error);
      if (res.headersSent) res.destroy();
      else sendJson(res, 500, { error: { message: 'simulator bug: see the simulator log' } });
    });
  };
}
