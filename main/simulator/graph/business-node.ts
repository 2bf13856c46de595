/**
 * Business portfolios: GET /me/businesses, GET /{business-id} and its owned_pages and client_pages edges (Meta's SDK:
 * User.getBusinesses, Business.getOwnedPages / getClientPages). All need business_management; the portfolio's
 * edges also need a role on it. The missing-permission answer is the one the v25.0 probe logged, "(#200) Requires
 * business_management permission to manage the object" (teodorlilov/kontuur-app docs/META-FB-PROBE.md); the answer
 * to a person without a role on the portfolio is UNVERIFIED (the ambiguous (#100) here).
 */
import type { BusinessPortfolio, FacebookUser } from '../world/world.schema';
import { graphErrors } from './graph-error';
import { hasPermission } from './permission-rules';
import { namesToSelection, renderNode, type NodeType, type RenderScope } from './node-render';
import { pageNode } from './page-node';
import { selectionFrom } from './field-selection';

export const businessNode: NodeType<BusinessPortfolio> = {
  typeName: 'Business',
  id: (b) => b.id,
  fields: {
    id: (b) => b.id,
    name: (b) => b.name,
  },
};

function requireBusinessManagement(scope: RenderScope): void {
  if (!hasPermission(scope.ctx, scope.caller, 'business_management')) {
    throw graphErrors.permission(200, '(#200) Requires business_management permission to manage the object');
  }
}

function isMember(business: BusinessPortfolio, scope: RenderScope): boolean {
  const { caller } = scope;
  return caller.kind !== 'app' && business.people.some((p) => p.userId === caller.user.id);
}

/** GET /me/businesses: the portfolios the person has a role on. */
export function businessesEdge(user: FacebookUser, scope: RenderScope): unknown {
  requireBusinessManagement(scope);
  const selection = selectionFrom(scope.req.params.get('fields'), ['name', 'id']);
  const mine = scope.ctx.world.businessPortfolios.filter((b) => b.people.some((p) => p.userId === user.id));
  return { data: mine.map((b) => renderNode(businessNode, b, selection, scope)) };
}

/** GET /{business-id} and its owned_pages / client_pages edges. */
export function businessRoute(business: BusinessPortfolio, edge: string | undefined, scope: RenderScope): unknown {
  requireBusinessManagement(scope);
  if (!isMember(business, scope)) throw graphErrors.unsupported(scope.req.method, business.id);
  if (edge === undefined) return renderNode(businessNode, business, selectionFrom(scope.req.params.get('fields'), ['name', 'id']), scope);
  if (edge !== 'owned_pages' && edge !== 'client_pages') throw graphErrors.nonexistingField(edge, 'Business');
  const ids = edge === 'owned_pages' ? business.ownedPageIds : business.clientPageIds;
  const selection = selectionFrom(scope.req.params.get('fields'), ['name', 'id']);
  const pages = ids.map((id) => scope.ctx.index.pages.get(id)).filter((p) => p !== undefined);
  return { data: pages.map((page) => renderNode(pageNode, page, selection.length > 0 ? selection : namesToSelection(['id']), scope)) };
}
