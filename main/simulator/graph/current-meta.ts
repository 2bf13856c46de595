/**
 * Graph as Meta serves it today, played when the world's `currentMetaGraph` is on (the default, so tests and the
 * demo meet it). Each behaviour names its public source. The per-permission `target_ids` that go with it live in
 * debug-token.ts and state/effective-world.ts (`pagePicked`).
 */
import type { SimContext } from '../simulator-context';
import type { Page } from '../world/world.schema';
import { effectivePermissions, pagePicked } from '../state/effective-world';
import type { GraphCaller } from './graph-auth';
import { GraphFault } from './graph-error';

/**
 * Whether /me/accounts lists the Page. Graph v17.0 changelog, quoted in Meta's own sample
 * (fbsamples/reels_publishing_apis#38): "The GET /{user-id}/accounts … endpoint no longer returns Facebook pages that
 * have been linked to a Meta business account, unless the app user has granted the business_management permission to
 * the app and has a role on the linked business account." A live v25.0 probe (teodorlilov/kontuur-app,
 * docs/META-FB-PROBE.md) got an empty list for such a Page while it was readable by id and publishable.
 */
export function listedOnAccountsEdge(ctx: SimContext, page: Page, userId: string): boolean {
  if (!ctx.world.currentMetaGraph) return true;
  const owner = ctx.index.ownerOfPage.get(page.id);
  if (!owner) return true;
  const granted = effectivePermissions(ctx, userId)?.granted.has('business_management') ?? false;
  return granted && owner.people.some((p) => p.userId === userId);
}

/**
 * Whether the person's login covers the Page for reads by id. The v25.0 probe read a Page outside the login's
 * pages_show_list pick by id and got "Object does not exist, cannot be loaded due to missing permission" (the (#100)
 * unsupported-get error). That was with the user token; that the Page's own token is refused the same way is
 * UNVERIFIED, and no Tether verdict rests on it alone (page_not_selected also needs debug_token's target_ids).
 */
export function coveredByLogin(ctx: SimContext, caller: GraphCaller, page: Page): boolean {
  if (!ctx.world.currentMetaGraph || caller.kind === 'app') return true;
  const grant = ctx.state.grants.get(caller.user.id);
  return grant !== undefined && pagePicked(ctx, grant, page.id);
}

/**
 * The same for an Instagram account, by the instagram_basic pick of its Page: UNVERIFIED, by analogy with Pages
 * (no capture shows an Instagram account left out of the pick being read); no verdict rests on it alone.
 */
export function instagramCoveredByLogin(ctx: SimContext, caller: GraphCaller, page: Page): boolean {
  if (!ctx.world.currentMetaGraph || caller.kind === 'app') return true;
  const grant = ctx.state.grants.get(caller.user.id);
  return grant !== undefined && pagePicked(ctx, grant, page.id, 'instagram_basic');
}

/** Graph's permission codes: 10 and 200–299 (error-handling guide, facts §a.2). */
const isPermissionCode = (code: number): boolean => code === 10 || (code >= 200 && code <= 299);

/**
 * The fault as it goes out to this caller. A permission error answered to a Page token comes with HTTP 500:
 * snarfed/bridgy#437 logged `{"error":{"message":"Permissions error","type":"FacebookApiException","code":200}}`
 * with "Error 500" for a Page's own token, on every poll. The code and message are kept; only the status moves.
 */
export function servedToCaller(ctx: SimContext, caller: GraphCaller, fault: GraphFault): GraphFault {
  if (!ctx.world.currentMetaGraph || caller.kind !== 'page' || !isPermissionCode(fault.error.code)) return fault;
  return new GraphFault(fault.error, 500);
}
