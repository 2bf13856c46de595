/**
 * Which permission a Graph read needs, and the error when it is missing (provider-api-facts.md §a.5 row 7).
 * The instagram_basic wording is documented; the pages_read_engagement one is the message Graph is widely
 * reported to send; the pages_show_list wording is UNVERIFIED (modelled on the documented code-283 text).
 */
import type { SimContext } from '../simulator-context';
import { effectivePermissions } from '../state/effective-world';
import type { GraphCaller } from './graph-auth';
import { graphErrors, type GraphFault } from './graph-error';

export type CheckedPermission = 'pages_show_list' | 'pages_read_engagement' | 'instagram_basic' | 'instagram_content_publish';

function missing(permission: CheckedPermission): GraphFault {
  switch (permission) {
    case 'pages_show_list':
      return graphErrors.permission(200, '(#200) Requires pages_show_list permission to manage the object');
    case 'pages_read_engagement':
      return graphErrors.permission(
        10,
        "(#10) This endpoint requires the 'pages_read_engagement' permission or the 'Page Public Content Access' feature. Refer to https://developers.facebook.com/docs/apps/review/login-permissions#manage-pages and https://developers.facebook.com/docs/apps/review/feature#reference-PAGES_ACCESS for details.",
      );
    case 'instagram_basic':
    case 'instagram_content_publish':
      return graphErrors.permission(10, '(#10) Application does not have permission for this action');
  }
}

/** True when the caller's grant includes the permission now. App tokens carry no user permissions. */
export function hasPermission(ctx: SimContext, caller: GraphCaller, permission: string): boolean {
  if (caller.kind === 'app') return false;
  return effectivePermissions(ctx, caller.user.id)?.granted.has(permission) ?? false;
}

/** Throws the documented error when the caller lacks the permission. */
export function requirePermission(ctx: SimContext, caller: GraphCaller, permission: CheckedPermission): void {
  if (!hasPermission(ctx, caller, permission)) throw missing(permission);
}
