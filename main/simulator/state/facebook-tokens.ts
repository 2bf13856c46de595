/**
 * Facebook grants, user and Page tokens, and OAuth codes. Lifetimes follow provider-api-facts.md §c:
 * short-lived user tokens ~2 h, long-lived ~60 days, Page tokens inherit (never expire from a long-lived
 * login), data access 90 days, codes single-use.
 */
import type { SimContext } from '../simulator-context';
import { facebookAuthCode, graphAccessToken } from '../random/token-format';
import { nextSerial, type FacebookAuthCode, type FacebookGrant, type FacebookPageToken, type FacebookUserToken } from './sim-state';

export const SHORT_LIVED_MS = 2 * 60 * 60 * 1000;
/** 5183944 s is the `expires_in` Graph returns for a fresh long-lived token (facts §c). */
export const LONG_LIVED_MS = 5_183_944 * 1000;
export const DATA_ACCESS_MS = 90 * 24 * 60 * 60 * 1000;
/** Facebook codes must be redeemed within about ten minutes (manual-flow guide). */
export const CODE_LIFETIME_MS = 10 * 60 * 1000;

/** What the app usually asks for; used when a test mints a token without the dialog. */
export const DEFAULT_FACEBOOK_SCOPES = [
  'public_profile',
  'email',
  'pages_show_list',
  'pages_read_engagement',
  'pages_manage_posts',
  'pages_manage_metadata',
  'business_management',
  'instagram_basic',
  'instagram_content_publish',
  'ads_read',
] as const;

/** Records what the person granted in the dialog; earlier grants merge in, as Facebook keeps them. */
export function recordGrant(
  ctx: SimContext,
  userId: string,
  decision: { granted: Iterable<string>; declined: Iterable<string>; pageIds: ReadonlySet<string> | null },
): FacebookGrant {
  const prior = ctx.state.grants.get(userId);
  const ticked = new Set<string>(decision.granted);
  const granted = new Set<string>(['public_profile', ...ticked]);
  const declined = new Set<string>(decision.declined);
  for (const p of prior?.granted ?? []) if (!declined.has(p)) granted.add(p);
  for (const p of prior?.declined ?? []) if (!granted.has(p)) declined.add(p);
  const pagesByPermission = new Map(prior?.pagesByPermission ?? []);
  for (const p of granted) if (ticked.has(p) || !pagesByPermission.has(p)) pagesByPermission.set(p, decision.pageIds);
  for (const p of declined) pagesByPermission.delete(p);
  const grant: FacebookGrant = { userId, granted, declined, pageIds: decision.pageIds, pagesByPermission, serial: nextSerial(ctx.state) };
  ctx.state.grants.set(userId, grant);
  ctx.state.appRemovedAt.delete(userId);
  return grant;
}

/** Issues a user token: ~2 h, or ~60 days when long-lived. */
export function mintUserToken(ctx: SimContext, userId: string, longLived: boolean): FacebookUserToken {
  const now = ctx.clock.now();
  const token: FacebookUserToken = {
    kind: 'user',
    value: graphAccessToken(),
    userId,
    serial: nextSerial(ctx.state),
    issuedAt: now,
    expiresAt: now + (longLived ? LONG_LIVED_MS : SHORT_LIVED_MS),
    dataAccessExpiresAt: now + DATA_ACCESS_MS,
    longLived,
    systemUser: false,
  };
  ctx.state.fbTokens.set(token.value, token);
  return token;
}

/**
 * Issues a business integration system-user token through a Login for Business configuration. It doesn't expire
 * ("System User access tokens … Defaults to never expire", facts §c; debug_token `expires_at: 0`, php-graph-sdk#63).
 */
export function mintSystemUserToken(ctx: SimContext, userId: string): FacebookUserToken {
  const token: FacebookUserToken = {
    kind: 'user',
    value: graphAccessToken(),
    userId,
    serial: nextSerial(ctx.state),
    issuedAt: ctx.clock.now(),
    expiresAt: null,
    dataAccessExpiresAt: null,
    longLived: true,
    systemUser: true,
  };
  ctx.state.fbTokens.set(token.value, token);
  return token;
}

/** The Page token for a user token and Page: stable per pair, like the one /me/accounts keeps returning. */
export function pageTokenFor(ctx: SimContext, parent: FacebookUserToken, pageId: string): FacebookPageToken {
  const key = `${parent.value} ${pageId}`;
  const existing = ctx.state.pageTokenByParent.get(key);
  const found = existing ? ctx.state.fbTokens.get(existing) : undefined;
  if (found?.kind === 'page') return found;
  const token: FacebookPageToken = {
    kind: 'page',
    value: graphAccessToken(),
    userId: parent.userId,
    pageId,
    serial: parent.serial,
    issuedAt: ctx.clock.now(),
    expiresAt: parent.longLived ? null : parent.expiresAt,
  };
  ctx.state.fbTokens.set(token.value, token);
  ctx.state.pageTokenByParent.set(key, token.value);
  return token;
}

/** Issues a single-use OAuth code bound to the redirect URI (and configuration) of the dialog request. */
export function mintAuthCode(ctx: SimContext, userId: string, redirectUri: string, configId: string | null = null): FacebookAuthCode {
  const code: FacebookAuthCode = {
    value: facebookAuthCode(),
    userId,
    redirectUri,
    configId,
    expiresAt: ctx.clock.now() + CODE_LIFETIME_MS,
    used: false,
  };
  ctx.state.fbCodes.set(code.value, code);
  return code;
}

/** Seconds from now until an epoch-ms instant (never negative); 0 for "never", as Graph writes it. */
export function secondsUntil(ctx: SimContext, epochMs: number | null): number {
  if (epochMs === null) return 0;
  return Math.max(0, Math.round((epochMs - ctx.clock.now()) / 1000));
}
