/**
 * Routes one Graph call (an HTTP request or a batch operation) to its handler, with token checks,
 * rate-limit accounting and API-level faults, and turns GraphFaults into Graph's error responses.
 */
import type { SimContext } from '../simulator-context';
import type { ApiFault } from '../faults/fault-engine';
import type { BusinessPortfolio, FacebookUser, InstagramAccount, Page } from '../world/world.schema';
import { nextSerial } from '../state/sim-state';
import { fbTraceId } from '../random/token-format';
import { resolveCaller, type GraphCaller } from './graph-auth';
import { GraphFault, graphErrors } from './graph-error';
import { DEFAULT_GRAPH_VERSION, type GraphReply, type GraphRequest } from './graph-request';
import { meterGraphCall, stormError } from './graph-usage';
import type { RenderScope } from './node-render';
import { readUser, accountsEdge, permissionsEdge } from './user-node';
import { readPage } from './page-node';
import { readInstagram, readPublishingLimit } from './instagram-node';
import { debugToken } from './debug-token';
import { oauthAccessToken } from './oauth-access-token';
import { parseFields } from './field-selection';
import { businessesEdge, businessRoute } from './business-node';
import { servedToCaller } from './current-meta';

type Subject =
  | { kind: 'user'; user: FacebookUser }
  | { kind: 'page'; page: Page }
  | { kind: 'ig'; account: InstagramAccount }
  | { kind: 'business'; business: BusinessPortfolio };

function subjectOf(ctx: SimContext, caller: GraphCaller, id: string): Subject | null {
  if (id === 'me') {
    if (caller.kind === 'user') return { kind: 'user', user: caller.user };
    if (caller.kind === 'page') return { kind: 'page', page: caller.page };
    throw graphErrors.noTokenForMe();
  }
  const user = ctx.index.users.get(id);
  if (user) return { kind: 'user', user };
  const page = ctx.index.pages.get(id);
  if (page) return { kind: 'page', page };
  const account = ctx.index.instagram.get(id);
  if (account) return { kind: 'ig', account };
  const business = ctx.index.portfolios.get(id);
  return business ? { kind: 'business', business } : null;
}

function removeApp(ctx: SimContext, user: FacebookUser): unknown {
  ctx.state.appRemovedAt.set(user.id, nextSerial(ctx.state));
  ctx.state.grants.delete(user.id);
  return { success: true };
}

function revokePermission(ctx: SimContext, user: FacebookUser, permission: string): unknown {
  const grant = ctx.state.grants.get(user.id);
  if (grant) {
    const granted = new Set(grant.granted);
    granted.delete(permission);
    ctx.state.grants.set(user.id, { ...grant, granted, declined: new Set([...grant.declined, permission]) });
  }
  return { success: true };
}

function userRoute(scope: RenderScope, user: FacebookUser, edge: string | undefined, rest: readonly string[]): unknown {
  const { ctx, caller, req } = scope;
  const self = caller.kind === 'user' && caller.user.id === user.id;
  if (edge === undefined && req.method === 'GET') return readUser(user, scope);
  if (edge === 'permissions' && self) {
    if (req.method === 'GET') return permissionsEdge(user, scope, rest[0]);
    if (req.method === 'DELETE') return rest[0] ? revokePermission(ctx, user, rest[0]) : removeApp(ctx, user);
  }
  if (edge === 'businesses' && self && req.method === 'GET') return businessesEdge(user, scope);
  if (edge === 'accounts' && self && req.method === 'GET') {
    const fields = req.params.get('fields');
    return accountsEdge(user, scope, fields ? parseFields(fields) : null);
  }
  if (edge !== undefined && req.method === 'GET') throw graphErrors.nonexistingField(edge, 'User');
  throw graphErrors.unsupported(req.method, user.id);
}

function route(scope: RenderScope, subject: Subject, id: string): unknown {
  const { segments, method } = scope.req;
  const [, edge, ...rest] = segments;
  if (segments.length > 3 || (subject.kind !== 'user' && segments.length > 2)) throw graphErrors.unknownPath(`/${segments.slice(2).join('/')}`);
  switch (subject.kind) {
    case 'user':
      return userRoute(scope, subject.user, edge, rest);
    case 'page':
      if (method !== 'GET') throw graphErrors.unsupported(method, id);
      if (edge !== undefined) throw graphErrors.nonexistingField(edge, 'Page');
      return readPage(subject.page, scope);
    case 'ig':
      if (method !== 'GET') throw graphErrors.unsupported(method, id);
      if (edge === 'content_publishing_limit') return readPublishingLimit(subject.account, scope);
      if (edge !== undefined) throw graphErrors.nonexistingField(edge, 'IGUser');
      return readInstagram(subject.account, scope);
    case 'business':
      if (method !== 'GET') throw graphErrors.unsupported(method, id);
      return businessRoute(subject.business, edge, scope);
  }
}

function handle(ctx: SimContext, req: GraphRequest, apiFault: ApiFault | null, headers: Record<string, string>): unknown {
  if (apiFault?.type === 'graph_transient') {
    const fault = apiFault.code === 1 ? graphErrors.unknownError(apiFault.isTransient) : graphErrors.serviceError(apiFault.isTransient);
    throw new GraphFault(fault.error, apiFault.httpStatus);
  }
  const [first] = req.segments;
  if (first === 'oauth' && req.segments[1] === 'access_token' && req.segments.length === 2) return oauthAccessToken(ctx, req.params);
  if (first === undefined) throw graphErrors.unsupported(req.method, '');
  const caller = resolveCaller(ctx, req.token, first === 'me');
  const subject = first === 'debug_token' ? null : subjectOf(ctx, caller, first);
  const targetPage = subject?.kind === 'page' && caller.kind !== 'page' ? subject.page.id : null;
  const metered = apiFault?.type === 'rate_limit' ? stormError(caller, apiFault.graphCode) : meterGraphCall(ctx, caller, targetPage);
  Object.assign(headers, metered.headers);
  if (metered.limitError) throw metered.limitError;
  if (first === 'debug_token') {
    if (req.segments.length > 1) throw graphErrors.unknownPath(`/${req.segments.slice(1).join('/')}`);
    return debugToken(ctx, caller, req.params);
  }
  if (!subject) throw graphErrors.unsupported(req.method, first);
  try {
    return route({ ctx, caller, req }, subject, first);
  } catch (error) {
    throw error instanceof GraphFault ? servedToCaller(ctx, caller, error) : error;
  }
}

/** Runs one Graph call; never throws for Graph-level failures. */
export function executeGraph(ctx: SimContext, req: GraphRequest, apiFault: ApiFault | null): GraphReply {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=UTF-8',
    'facebook-api-version': req.version ?? DEFAULT_GRAPH_VERSION,
    'x-fb-trace-id': fbTraceId(),
    'x-fb-rev': '1012345678',
  };
  try {
    return { status: 200, body: handle(ctx, req, apiFault, headers), headers };
  } catch (error) {
    if (!(error instanceof GraphFault)) throw error;
    const status = ctx.faults.statusFor({ network: 'facebook', method: req.method, paths: req.paths }, error.error.code) ?? error.status;
    return { status, body: error.body(), headers: { ...headers, 'www-authenticate': error.wwwAuthenticate() } };
  }
}
