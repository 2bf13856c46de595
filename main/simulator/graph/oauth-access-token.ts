/**
 * /oauth/access_token: the code exchange (client_secret + the dialog's exact redirect_uri), the long-lived
 * exchange `grant_type=fb_exchange_token` (~60 days, facts §c) and `grant_type=client_credentials`.
 * Tokens from the code exchange are short-lived, like the dialog's; the facts do not pin this down.
 */
import type { SimContext } from '../simulator-context';
import { LONG_LIVED_MS, mintSystemUserToken, mintUserToken, secondsUntil } from '../state/facebook-tokens';
import { registeredRedirectUris } from '../simulator-context';
import { tokenProblem } from './graph-auth';
import { graphErrors } from './graph-error';

function checkClient(ctx: SimContext, params: URLSearchParams, needSecret: boolean): void {
  const clientId = params.get('client_id');
  if (!clientId) throw graphErrors.missingClientId();
  if (clientId !== ctx.world.meta.appId) throw graphErrors.badAppId();
  if (needSecret && params.get('client_secret') !== ctx.world.meta.appSecret) throw graphErrors.badAppSecret();
}

function exchangeCode(ctx: SimContext, params: URLSearchParams): unknown {
  checkClient(ctx, params, true);
  const code = ctx.state.fbCodes.get(params.get('code') ?? '');
  if (!code) throw graphErrors.badCode();
  if (code.used) throw graphErrors.codeUsed();
  if (ctx.clock.now() >= code.expiresAt) throw graphErrors.codeExpired();
  const redirect = params.get('redirect_uri') ?? '';
  if (redirect !== code.redirectUri) throw graphErrors.redirectMismatch();
  code.used = true;
  const config = code.configId === null ? undefined : ctx.world.meta.loginForBusinessConfigs.find((c) => c.id === code.configId);
  if (config?.tokenType === 'system_user') {
    // A system-user token doesn't expire: the answer has no expires_in (UNVERIFIED shape; what the token is comes
    // from debug_token: type SYSTEM_USER, expires_at 0).
    return { access_token: mintSystemUserToken(ctx, code.userId).value, token_type: 'bearer' };
  }
  const token = mintUserToken(ctx, code.userId, false);
  return { access_token: token.value, token_type: 'bearer', expires_in: secondsUntil(ctx, token.expiresAt) };
}

function exchangeLongLived(ctx: SimContext, params: URLSearchParams): unknown {
  checkClient(ctx, params, true);
  const old = ctx.state.fbTokens.get(params.get('fb_exchange_token') ?? '');
  if (!old) throw graphErrors.cannotParseToken();
  // "You can not use an expired token to request a long-lived token" — nor a revoked one.
  const problem = tokenProblem(ctx, old);
  if (problem) throw problem;
  // UNVERIFIED: what Graph answers for a system-user token here (it has nothing to extend); Tether never asks.
  if (old.kind !== 'user' || old.systemUser) throw graphErrors.param('fb_exchange_token must be a user access token');
  const token = mintUserToken(ctx, old.userId, true);
  return { access_token: token.value, token_type: 'bearer', expires_in: Math.floor(LONG_LIVED_MS / 1000) };
}

/** Answers GET or POST /oauth/access_token. */
export function oauthAccessToken(ctx: SimContext, params: URLSearchParams): unknown {
  const grantType = params.get('grant_type');
  if (grantType === 'fb_exchange_token') return exchangeLongLived(ctx, params);
  if (grantType === 'client_credentials') {
    checkClient(ctx, params, true);
    return { access_token: `${ctx.world.meta.appId}|${ctx.world.meta.appSecret}`, token_type: 'bearer' };
  }
  if (grantType !== null && grantType !== 'authorization_code') throw graphErrors.param(`Unsupported grant_type: ${grantType}`);
  if (!params.get('code')) throw graphErrors.param('Missing code parameter.');
  return exchangeCode(ctx, params);
}

/** True when a redirect URI is registered (strict mode: exact string match). */
export function isAllowedFacebookRedirect(ctx: SimContext, uri: string): boolean {
  return registeredRedirectUris(ctx, 'meta').includes(uri);
}
