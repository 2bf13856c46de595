/**
 * Instagram professional accounts through Facebook Login: the IG User node and its content_publishing_limit
 * edge. There is no `account_type` here (it belongs to the Instagram-Login user, Meta's SDK
 * ig-user-for-ig-only-api.js): a Creator looks like a Business account, and a personal account is an error.
 */
import type { InstagramAccount } from '../world/world.schema';
import { canActAsPage, instagramType, pageOfInstagram, pageTasks, twoFactorBlocks } from '../state/effective-world';
import { randomBase62 } from '../random/token-format';
import { graphErrors } from './graph-error';
import { renderNode, type NodeType, type RenderScope } from './node-render';
import { requirePermission } from './permission-rules';
import { selectionFrom } from './field-selection';
import { instagramCoveredByLogin } from './current-meta';

export const instagramNode: NodeType<InstagramAccount> = {
  typeName: 'IGUser',
  id: (a) => a.id,
  fields: {
    id: (a) => a.id,
    username: (a) => a.username,
    name: (a) => a.name,
    profile_picture_url: (a) => `https://scontent.cdninstagram.com/v/sim/${a.id}_profile.jpg`,
    followers_count: (a) => a.followersCount,
    media_count: (a) => a.mediaCount,
  },
};

/** Checks the caller may reach the account through its Page, then that the account is still professional. */
function assertReachable(account: InstagramAccount, scope: RenderScope): void {
  const { ctx, caller, req } = scope;
  // UNVERIFIED: an account no Page links any more answers the ambiguous (#100) "cannot be loaded" error.
  const page = pageOfInstagram(ctx, account);
  if (!page || caller.kind === 'app') throw graphErrors.unsupported(req.method, account.id);
  const reachable = caller.kind === 'page' ? caller.page.id === page.id : pageTasks(ctx, page, caller.user.id).length > 0;
  if (!reachable || !instagramCoveredByLogin(ctx, caller, page)) throw graphErrors.unsupported(req.method, account.id);
  if (instagramType(ctx, account) === 'PERSONAL') throw graphErrors.notInstagramBusiness();
  requirePermission(ctx, caller, 'instagram_basic');
  // Publishing needs MANAGE or CREATE_CONTENT on the Page and 2FA where the Page's business requires it
  // (media_publish doc); the simulator applies both to reads of the account too, so checks can see them.
  if (caller.kind === 'user' && !canActAsPage(pageTasks(ctx, page, caller.user.id))) throw graphErrors.invalidSession();
  if (twoFactorBlocks(ctx, page, caller.user.id)) throw graphErrors.twoFactorRequired(randomBase62(12));
}

/** GET /{ig-user-id}?fields=… */
export function readInstagram(account: InstagramAccount, scope: RenderScope): Record<string, unknown> {
  assertReachable(account, scope);
  return renderNode(instagramNode, account, selectionFrom(scope.req.params.get('fields'), ['id']), scope);
}

/** GET /{ig-user-id}/content_publishing_limit: the publishing quota (50 posts per 24 h, media_publish doc). */
export function readPublishingLimit(account: InstagramAccount, scope: RenderScope): unknown {
  assertReachable(account, scope);
  requirePermission(scope.ctx, scope.caller, 'instagram_content_publish');
  return { data: [{ quota_usage: 0, config: { quota_total: 50, quota_duration: 86400 } }] };
}
