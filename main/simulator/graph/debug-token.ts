/**
 * GET /debug_token: inspects a token with an app token (facts §b.1). Shape of the doc sample, plus
 * data_access_expires_at, granular_scopes and profile_id; an invalid token carries `error` inside `data`.
 * `app_id` is a number as in the doc sample (newer responses are reported with a string; clients should take both).
 */
import type { SimContext } from '../simulator-context';
import type { FacebookToken } from '../state/sim-state';
import { effectivePermissions, linkedInstagram, pickedPageIds } from '../state/effective-world';
import { effectiveExpiry, tokenProblem } from './graph-auth';
import { graphErrors } from './graph-error';
import type { GraphCaller } from './graph-auth';

const seconds = (ms: number): number => Math.floor(ms / 1000);

/**
 * Page- and Instagram-scoped permissions list the assets picked for them as target_ids; a permission granted for
 * every asset has none (the v25.0 probe: instagram_basic without target_ids while Instagram works). With
 * `currentMetaGraph` each permission has its own pick (see effective-world.ts `pagePicked`).
 */
function granularScopes(ctx: SimContext, userId: string, scopes: readonly string[]): unknown[] {
  const grant = ctx.state.grants.get(userId);
  const instagramOf = (pageIds: readonly string[]): string[] =>
    pageIds
      .map((id) => ctx.index.pages.get(id))
      .map((p) => (p ? linkedInstagram(ctx, p)?.id : undefined))
      .filter((id): id is string => id !== undefined);
  return scopes.map((scope) => {
    const pageIds = grant && (scope.startsWith('pages_') || scope.startsWith('instagram_')) ? pickedPageIds(ctx, grant, scope) : null;
    if (!pageIds) return { scope };
    return { scope, target_ids: scope.startsWith('instagram_') ? instagramOf(pageIds) : pageIds };
  });
}

function describeToken(ctx: SimContext, token: FacebookToken): Record<string, unknown> {
  const perms = effectivePermissions(ctx, token.userId);
  const scopes = [...(perms?.granted ?? [])];
  const expiry = effectiveExpiry(ctx, token);
  const problem = tokenProblem(ctx, token);
  const dataAccessMs = token.kind === 'user' ? token.dataAccessExpiresAt : token.issuedAt + 90 * 24 * 3600 * 1000;
  const data: Record<string, unknown> = {
    app_id: Number(ctx.world.meta.appId),
    // SYSTEM_USER is among the `type` values seen (facts §b.1).
    type: token.kind === 'page' ? 'PAGE' : token.systemUser ? 'SYSTEM_USER' : 'USER',
    application: ctx.world.meta.name,
    // UNVERIFIED: 0 for a system user, who has no person's data-access window.
    data_access_expires_at: dataAccessMs === null ? 0 : seconds(dataAccessMs),
    // 0 = never expires (long-lived Page tokens, php-graph-sdk#63).
    expires_at: expiry === null ? 0 : seconds(expiry),
    is_valid: problem === null,
    issued_at: seconds(token.issuedAt),
  };
  if (token.kind === 'page') data.profile_id = token.pageId;
  if (problem) data.error = { code: problem.error.code, message: problem.error.message, subcode: problem.error.error_subcode };
  data.scopes = scopes;
  data.granular_scopes = granularScopes(ctx, token.userId, scopes);
  data.user_id = token.userId;
  return data;
}

/** The /debug_token body. Only an app token may ask (facts §b.1, rapidpro PR #3734). */
export function debugToken(ctx: SimContext, caller: GraphCaller, params: URLSearchParams): unknown {
  if (caller.kind !== 'app') throw graphErrors.needsAppToken();
  const input = params.get('input_token');
  if (!input) throw graphErrors.param('The parameter input_token is required');
  if (input === `${ctx.world.meta.appId}|${ctx.world.meta.appSecret}`) {
    return { data: { app_id: Number(ctx.world.meta.appId), type: 'APP', application: ctx.world.meta.name, is_valid: true, scopes: [] } };
  }
  const token = ctx.state.fbTokens.get(input);
  if (!token) return { data: { error: { code: 190, message: 'The access token could not be decrypted' }, is_valid: false, scopes: [] } };
  return { data: describeToken(ctx, token) };
}
