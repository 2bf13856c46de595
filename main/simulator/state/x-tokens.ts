/**
 * X OAuth 2.0 codes and tokens (facts §c, §d.2): auth codes live 30 s and are single-use, access tokens
 * 2 h, refresh tokens (only with offline.access) rotate on every use.
 */
import type { SimContext } from '../simulator-context';
import { xToken } from '../random/token-format';
import { active } from './effective-world';
import { nextSerial, type XAccessToken, type XAuthCode, type XRefreshToken } from './sim-state';

export const X_ACCESS_TTL_MS = 2 * 60 * 60 * 1000;
export const X_CODE_TTL_MS = 30 * 1000;

/** Stores a new authorization code. */
export function mintXCode(ctx: SimContext, code: Omit<XAuthCode, 'value' | 'expiresAt' | 'used'>): XAuthCode {
  const now = ctx.clock.now();
  const record: XAuthCode = { ...code, value: xToken('ac', now), expiresAt: now + X_CODE_TTL_MS, used: false };
  ctx.state.xCodes.set(record.value, record);
  return record;
}

/** Issues an access token, and a refresh token when offline.access was granted. */
export function issueXTokens(
  ctx: SimContext,
  xUserId: string,
  scopes: readonly string[],
  grantId?: number,
): { access: XAccessToken; refresh: XRefreshToken | null } {
  const now = ctx.clock.now();
  const serial = nextSerial(ctx.state);
  const grant = grantId ?? serial;
  const access: XAccessToken = {
    value: xToken('at', now),
    xUserId,
    grantId: grant,
    scopes,
    serial,
    issuedAt: now,
    expiresAt: now + X_ACCESS_TTL_MS,
    revoked: false,
  };
  ctx.state.xAccess.set(access.value, access);
  if (!scopes.includes('offline.access')) return { access, refresh: null };
  const lifetime = ctx.world.limits.x.refreshTokenLifetimeDays * 24 * 3600 * 1000;
  const refresh: XRefreshToken = {
    value: xToken('rt', now),
    xUserId,
    grantId: grant,
    scopes,
    serial,
    issuedAt: now,
    expiresAt: now + lifetime,
    used: false,
    revoked: false,
  };
  ctx.state.xRefresh.set(refresh.value, refresh);
  return { access, refresh };
}

/** The token endpoint's success body (the X SDK's `OAuth2Token`). */
export interface XTokenBody {
  /** Lower case is UNVERIFIED: the SDK types token_type only as a string. */
  token_type: 'bearer';
  expires_in: number;
  access_token: string;
  scope: string;
  refresh_token?: string;
}

/** Builds that body for freshly issued tokens (refresh_token only with offline.access). */
export function xTokenBody(ctx: SimContext, tokens: { access: XAccessToken; refresh: XRefreshToken | null }): XTokenBody {
  const body: XTokenBody = {
    token_type: 'bearer',
    expires_in: Math.round((tokens.access.expiresAt - ctx.clock.now()) / 1000),
    access_token: tokens.access.value,
    scope: tokens.access.scopes.join(' '),
  };
  if (tokens.refresh) body.refresh_token = tokens.refresh.value;
  return body;
}

/** True when a scenario applied after this token was issued makes it unusable. */
function caughtBy(
  ctx: SimContext,
  xUserId: string,
  serial: number,
  scenarios: readonly ('x_app_access_revoked' | 'x_access_token_expired' | 'x_refresh_token_reused' | 'x_refresh_token_expired')[],
): boolean {
  return scenarios.some((id) => {
    const found = active(ctx, id, xUserId);
    return found !== undefined && serial <= found.serial;
  });
}

/** True when the access token can no longer be used (revoked, expired, or caught by a scenario). */
export function accessTokenDead(ctx: SimContext, token: XAccessToken): boolean {
  if (token.revoked || ctx.clock.now() >= token.expiresAt) return true;
  return caughtBy(ctx, token.xUserId, token.serial, ['x_app_access_revoked', 'x_access_token_expired', 'x_refresh_token_reused', 'x_refresh_token_expired']);
}

/** True when the refresh token can no longer be used (spent, revoked, expired, or caught by a scenario). */
export function refreshTokenDead(ctx: SimContext, token: XRefreshToken): boolean {
  if (token.used || token.revoked || ctx.clock.now() >= token.expiresAt) return true;
  return caughtBy(ctx, token.xUserId, token.serial, ['x_app_access_revoked', 'x_refresh_token_reused', 'x_refresh_token_expired']);
}
