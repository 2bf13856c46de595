/**
 * Who is calling Graph: a user token, a Page token or an app token (`appid|secret`), and whether the token
 * still works. The order of checks (revoked, password, checkpoint, unconfirmed, expired, then Page role and
 * 2FA) is the simulator's choice; Graph does not document one.
 */
import type { SimContext } from '../simulator-context';
import type { FacebookUser, Page } from '../world/world.schema';
import type { FacebookPageToken, FacebookToken, FacebookUserToken } from '../state/sim-state';
import { accountBlock, active, canActAsPage, pageTasks, twoFactorBlocks } from '../state/effective-world';
import { randomBase62 } from '../random/token-format';
import { graphErrors, type GraphFault } from './graph-error';

export type GraphCaller =
  | { readonly kind: 'user'; readonly token: FacebookUserToken; readonly user: FacebookUser }
  | { readonly kind: 'page'; readonly token: FacebookPageToken; readonly user: FacebookUser; readonly page: Page }
  | { readonly kind: 'app' };

/** The moment a token stops working by time: its own expiry, or earlier if a token_expired scenario caught it. */
export function effectiveExpiry(ctx: SimContext, token: FacebookToken): number | null {
  const scenario = token.kind === 'user' ? active(ctx, 'token_expired', token.userId) : undefined;
  if (!scenario || token.serial > scenario.serial) return token.expiresAt;
  return token.expiresAt === null ? scenario.appliedAt : Math.min(token.expiresAt, scenario.appliedAt);
}

/** Why a known token no longer works, or null when it does. */
export function tokenProblem(ctx: SimContext, token: FacebookToken): GraphFault | null {
  const userId = token.userId;
  const removedAt = ctx.state.appRemovedAt.get(userId);
  const removed = active(ctx, 'app_removed', userId);
  if ((removedAt !== undefined && token.serial <= removedAt) || (removed && token.serial <= removed.serial)) {
    return graphErrors.appNotAuthorized(userId, ctx.world.meta.appId);
  }
  const password = active(ctx, 'password_changed', userId);
  if (password && token.serial <= password.serial) return graphErrors.passwordChanged();
  const block = accountBlock(ctx, userId);
  if (block === 'checkpoint') return graphErrors.checkpoint();
  if (block === 'unconfirmed') return graphErrors.unconfirmed();
  const now = ctx.clock.now();
  const expiresAt = effectiveExpiry(ctx, token);
  if (expiresAt !== null && now >= expiresAt) return graphErrors.expired(expiresAt, now);
  if (token.kind === 'page') {
    const page = ctx.index.pages.get(token.pageId);
    if (!page || !canActAsPage(pageTasks(ctx, page, userId))) return graphErrors.invalidSession();
    if (twoFactorBlocks(ctx, page, userId)) return graphErrors.twoFactorRequired(randomBase62(12));
  }
  return null;
}

/** What an `appid|secret` string is. */
export function checkAppToken(ctx: SimContext, value: string): 'valid' | 'invalid' {
  const { appId, appSecret } = ctx.world.meta;
  return value === `${appId}|${appSecret}` ? 'valid' : 'invalid';
}

/** Resolves and checks the caller; throws the GraphFault Graph would answer with. */
export function resolveCaller(ctx: SimContext, value: string | undefined, aboutMe: boolean): GraphCaller {
  if (!value) throw aboutMe ? graphErrors.noTokenForMe() : graphErrors.noToken();
  if (value.includes('|')) {
    if (checkAppToken(ctx, value) !== 'valid') throw graphErrors.invalidAppToken();
    return { kind: 'app' };
  }
  const token = ctx.state.fbTokens.get(value);
  if (!token) throw graphErrors.cannotParseToken();
  const problem = tokenProblem(ctx, token);
  if (problem) throw problem;
  const user = ctx.index.users.get(token.userId);
  if (!user) throw graphErrors.cannotParseToken();
  if (token.kind === 'user') return { kind: 'user', token, user };
  const page = ctx.index.pages.get(token.pageId);
  if (!page) throw graphErrors.cannotParseToken();
  return { kind: 'page', token, user, page };
}

/** The access token of a request: the `access_token` parameter, or an `Authorization: OAuth|Bearer` header. */
export function presentedToken(params: URLSearchParams, authorization: string | undefined): string | undefined {
  const fromParam = params.get('access_token');
  if (fromParam) return fromParam;
  const match = /^(?:OAuth|Bearer)\s+(\S+)$/i.exec(authorization ?? '');
  return match?.[1];
}
