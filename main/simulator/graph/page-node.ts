/**
 * The Page node: its fields (is_published, access_token, instagram_business_account; `tasks` only on the
 * /me/accounts edge) and who may read it. Unpublished or country/age-restricted Pages answer app tokens with
 * (#100) "Unsupported get request", as facts §a.5 row 8 reports. Page has no `restrictions` field (Meta's SDK).
 */
import type { Page } from '../world/world.schema';
import { hash32 } from '../random/mulberry32';
import { isPublished, isVisibilityRestricted, linkedInstagram, pageTasks } from '../state/effective-world';
import { pageTokenFor } from '../state/facebook-tokens';
import { graphErrors } from './graph-error';
import { namesToSelection, renderNode, type NodeType, type RenderScope } from './node-render';
import { instagramNode } from './instagram-node';
import { requirePermission } from './permission-rules';
import { selectionFrom } from './field-selection';
import { coveredByLogin } from './current-meta';

/** The caller's tasks on the Page, when the caller is a person with a role. */
function callerTasks(page: Page, scope: RenderScope): string[] {
  const { caller, ctx } = scope;
  return caller.kind === 'user' ? pageTasks(ctx, page, caller.user.id) : [];
}

export const pageNode: NodeType<Page> = {
  typeName: 'Page',
  id: (p) => p.id,
  fields: {
    id: (p) => p.id,
    name: (p) => p.name,
    category: (p) => p.category,
    category_list: (p) => [{ id: String(1000 + (hash32(p.category) % 9000)), name: p.category }],
    username: (p) => p.username,
    link: (p) => `https://www.facebook.com/${p.username ?? p.id}`,
    fan_count: (p) => p.fanCount,
    followers_count: (p) => p.fanCount,
    is_published: (p, scope) => isPublished(scope.ctx, p),
    // Served on /me/accounts only (edge-fields.ts): the Page node itself has no `tasks`.
    tasks: (p, scope) => {
      const tasks = callerTasks(p, scope);
      return tasks.length > 0 ? tasks : undefined;
    },
    access_token: (p, scope) => {
      const { caller, ctx } = scope;
      if (caller.kind === 'page' && caller.page.id === p.id) return caller.token.value;
      if (caller.kind !== 'user' || callerTasks(p, scope).length === 0 || !coveredByLogin(ctx, caller, p)) return undefined;
      return pageTokenFor(ctx, caller.token, p.id).value;
    },
    instagram_business_account: (p, scope, children) => {
      const account = linkedInstagram(scope.ctx, p);
      return account ? renderNode(instagramNode, account, children ?? namesToSelection(['id']), scope) : undefined;
    },
  },
};

/** Fields anyone may read of a published, unrestricted Page. */
const PUBLIC_FIELDS = new Set(['id', 'name', 'category', 'category_list', 'username', 'link', 'fan_count', 'followers_count', 'is_published']);

/** GET /{page-id}?fields=… with any kind of token. */
export function readPage(page: Page, scope: RenderScope): Record<string, unknown> {
  const { ctx, caller, req } = scope;
  const selection = selectionFrom(req.params.get('fields'), ['name', 'id']);
  const isOwnPage = caller.kind === 'page' && caller.page.id === page.id;
  const hasRole = isOwnPage || callerTasks(page, scope).length > 0;
  const hidden = !isPublished(ctx, page) || isVisibilityRestricted(page);
  // Admin-only views of hidden Pages, and app tokens on hidden Pages, get the ambiguous (#100).
  if (hidden && !hasRole) throw graphErrors.unsupported(req.method, page.id);
  if (hasRole && !coveredByLogin(ctx, caller, page)) throw graphErrors.unsupported(req.method, page.id);
  if (hasRole && selection.some((f) => f.name !== 'id' && f.name !== 'name')) requirePermission(ctx, caller, 'pages_read_engagement');
  if (!hasRole) {
    const visible = selection.filter((f) => PUBLIC_FIELDS.has(f.name) || !Object.hasOwn(pageNode.fields, f.name));
    return renderNode(pageNode, page, visible, scope);
  }
  return renderNode(pageNode, page, selection, scope);
}
