/**
 * The User node and its edges: /me, /me/permissions (granted and declined, facts §b.2) and /me/accounts
 * (the Pages the person picked, with tasks and Page tokens, facts §b.3), with cursor paging.
 */
import type { FacebookUser } from '../world/world.schema';
import { effectivePermissions, pagePicked, pagesOfUser } from '../state/effective-world';
import { graphErrors } from './graph-error';
import { namesToSelection, renderNode, type NodeType, type RenderScope } from './node-render';
import { pageNode } from './page-node';
import { EDGE_ONLY_FIELDS } from './edge-fields';
import { hasPermission, requirePermission } from './permission-rules';
import { selectionFrom, type FieldSelection } from './field-selection';
import { listedOnAccountsEdge } from './current-meta';
import { DEFAULT_GRAPH_VERSION } from './graph-request';

/** /me/accounts' fields when none are asked for (Graph's documented default set). */
const ACCOUNTS_DEFAULT = ['access_token', 'category', 'category_list', 'name', 'id', 'tasks'];
/**
 * Graph's paging doc shows `limit=25` in its sample next links (https://developers.facebook.com/docs/graph-api/results/)
 * and says some edges cap `limit`; 100 as /me/accounts' cap is UNVERIFIED.
 */
const DEFAULT_PAGE_SIZE = 25;
const MAX_PAGE_SIZE = 100;

function isSelf(user: FacebookUser, scope: RenderScope): boolean {
  return scope.caller.kind === 'user' && scope.caller.user.id === user.id;
}

const cursor = (index: number): string => Buffer.from(`sim-cursor:${index}`).toString('base64url');
function cursorIndex(value: string | null): number {
  if (!value) return 0;
  const match = /^sim-cursor:(\d+)$/.exec(Buffer.from(value, 'base64url').toString());
  if (!match) throw graphErrors.param('Invalid cursor');
  return Number(match[1]) + 1;
}

/** The `data` + `paging` envelope of /me/accounts. */
export function accountsEdge(user: FacebookUser, scope: RenderScope, selection: readonly FieldSelection[] | null): unknown {
  const { ctx, req } = scope;
  requirePermission(ctx, scope.caller, 'pages_show_list');
  const grant = effectivePermissions(ctx, user.id)?.grant;
  const pages = pagesOfUser(ctx, user.id).filter((p) => grant !== undefined && pagePicked(ctx, grant, p.id) && listedOnAccountsEdge(ctx, p, user.id));
  const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, Number(req.params.get('limit') ?? DEFAULT_PAGE_SIZE) || DEFAULT_PAGE_SIZE));
  const start = cursorIndex(req.params.get('after'));
  const slice = pages.slice(start, start + limit);
  const fields = selection ?? namesToSelection(ACCOUNTS_DEFAULT);
  const data = slice.map((page) => renderNode(pageNode, page, fields, scope, EDGE_ONLY_FIELDS['User.accounts']));
  if (data.length === 0) return { data };
  const last = start + slice.length - 1;
  const paging: Record<string, unknown> = { cursors: { before: cursor(start), after: cursor(last) } };
  if (last + 1 < pages.length) {
    const next = new URL(`${ctx.origin}/${req.version ?? DEFAULT_GRAPH_VERSION}/${user.id}/accounts`);
    for (const [k, v] of req.params) if (k !== 'after') next.searchParams.set(k, v);
    next.searchParams.set('after', cursor(last));
    paging.next = next.toString();
  }
  return { data, paging };
}

/** The `data` list of /me/permissions: granted first, then declined. */
export function permissionsEdge(user: FacebookUser, scope: RenderScope, only?: string): unknown {
  const perms = effectivePermissions(scope.ctx, user.id);
  const rows = [
    ...[...(perms?.granted ?? [])].map((permission) => ({ permission, status: 'granted' })),
    ...[...(perms?.declined ?? [])].map((permission) => ({ permission, status: 'declined' })),
  ];
  return { data: only ? rows.filter((r) => r.permission === only) : rows };
}

export const userNode: NodeType<FacebookUser> = {
  typeName: 'User',
  id: (u) => u.id,
  fields: {
    id: (u) => u.id,
    name: (u) => u.name,
    first_name: (u) => u.name.split(' ')[0],
    last_name: (u) => u.name.split(' ').slice(1).join(' ') || undefined,
    short_name: (u) => u.name.split(' ')[0],
    email: (u, scope) => (isSelf(u, scope) && hasPermission(scope.ctx, scope.caller, 'email') ? u.email : undefined),
    accounts: (u, scope, children) => (isSelf(u, scope) ? accountsEdge(u, scope, children) : undefined),
    permissions: (u, scope) => (isSelf(u, scope) ? permissionsEdge(u, scope) : undefined),
  },
};

/** GET /me or /{user-id} for a person. */
export function readUser(user: FacebookUser, scope: RenderScope): Record<string, unknown> {
  return renderNode(userNode, user, selectionFrom(scope.req.params.get('fields'), ['name', 'id']), scope);
}
