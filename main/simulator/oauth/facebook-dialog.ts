/**
 * The Facebook login dialog (GET/POST /v{N}.0/dialog/oauth): checks client_id and the exact redirect_uri
 * (strict mode), lets a person log in, untick permissions and pick Pages, then redirects as Facebook does
 * (manual-flow guide, facts §d.1): `#access_token=…` for response_type=token, `?code=…` for code, and
 * `?error_reason=user_denied&error=access_denied&error_description=Permissions+error.` on cancel.
 */
import type { SimContext } from '../simulator-context';
import { FACEBOOK_SCOPES } from '../world/world.schema';
import { accountBlock, pagesOfUser } from '../state/effective-world';
import { mintAuthCode, mintUserToken, recordGrant, secondsUntil } from '../state/facebook-tokens';
import { isAllowedFacebookRedirect } from '../graph/oauth-access-token';
import { errorPage, withQuery, type WebReply } from './html-page';
import { blockedPage, consentPage, loginPage } from './facebook-dialog.view';

export const FB_SESSION_COOKIE = 'sim_fb_user';

interface DialogRequest {
  readonly redirectUri: string;
  readonly state: string | null;
  readonly scopes: readonly string[];
  readonly responseType: 'code' | 'token';
  readonly rerequest: boolean;
  readonly returnScopes: boolean;
}

function parseDialog(ctx: SimContext, q: URLSearchParams): DialogRequest | WebReply {
  if (q.get('client_id') !== ctx.world.meta.appId)
    return errorPage(400, 'Invalid App ID', 'The provided app ID does not look like a valid app ID.', 'Facebook');
  const redirectUri = q.get('redirect_uri') ?? '';
  if (!isAllowedFacebookRedirect(ctx, redirectUri)) {
    return errorPage(
      400,
      'URL blocked',
      "This redirect failed because the redirect URI is not whitelisted in the app's Client OAuth Settings. Make sure Client and Web OAuth Login are on and add all your app domains as Valid OAuth Redirect URIs.",
      'Facebook',
    );
  }
  const responseType = q.get('response_type') ?? 'code';
  if (responseType !== 'code' && responseType !== 'token')
    return errorPage(400, 'Unsupported response_type', `response_type "${responseType}" is not supported by the simulator (use code or token).`, 'Facebook');
  const scopes = (q.get('scope') ?? 'public_profile').split(/[,\s]+/).filter((s) => s.length > 0);
  const invalid = scopes.filter((s) => !(FACEBOOK_SCOPES as readonly string[]).includes(s));
  if (invalid.length > 0) return errorPage(400, 'Invalid Scopes', `Invalid Scopes: ${invalid.join(', ')}.`, 'Facebook');
  return {
    redirectUri,
    state: q.get('state'),
    scopes,
    responseType,
    rerequest: q.get('auth_type') === 'rerequest',
    returnScopes: q.get('return_scopes') === 'true',
  };
}

function sessionCookie(userId: string | null): Record<string, string> {
  return { 'set-cookie': userId ? `${FB_SESSION_COOKIE}=${userId}; Path=/; HttpOnly; SameSite=Lax` : `${FB_SESSION_COOKIE}=; Path=/; Max-Age=0` };
}

/** Permissions shown with a checkbox: declined ones are not asked again without auth_type=rerequest. */
function askable(ctx: SimContext, d: DialogRequest, userId: string): string[] {
  const declined = ctx.state.grants.get(userId)?.declined ?? new Set<string>();
  return d.scopes.filter((s) => s !== 'public_profile' && (d.rerequest || !declined.has(s)));
}

function render(ctx: SimContext, action: string, query: URLSearchParams, d: DialogRequest, userId: string | null): WebReply {
  const user = userId ? ctx.index.users.get(userId) : undefined;
  if (!user) return { kind: 'html', status: 200, html: loginPage(action, query.toString(), ctx.world.meta.name, ctx.world.facebookUsers) };
  const block = accountBlock(ctx, user.id);
  if (block) return { kind: 'html', status: 200, html: blockedPage(action, query.toString(), user, block) };
  const wantsPages = d.scopes.some((s) => s.startsWith('pages_') || s.startsWith('instagram_'));
  const html = consentPage({
    action,
    query: query.toString(),
    appName: ctx.world.meta.name,
    user,
    scopes: askable(ctx, d, user.id),
    pages: wantsPages ? pagesOfUser(ctx, user.id) : [],
    pickedPages: ctx.state.grants.get(user.id)?.pageIds ?? null,
  });
  return { kind: 'html', status: 200, html };
}

function cancel(d: DialogRequest): WebReply {
  const params = new URLSearchParams({ error_reason: 'user_denied', error: 'access_denied', error_description: 'Permissions error.' });
  if (d.state !== null) params.set('state', d.state);
  return { kind: 'redirect', location: withQuery(d.redirectUri, params) };
}

function complete(ctx: SimContext, d: DialogRequest, userId: string, form: URLSearchParams): WebReply {
  const asked = askable(ctx, d, userId);
  const ticked = new Set(form.getAll('scope').filter((s) => asked.includes(s)));
  const userPages = pagesOfUser(ctx, userId).map((p) => p.id);
  const picked = form.getAll('page').filter((id) => userPages.includes(id));
  const wantsPages = d.scopes.some((s) => s.startsWith('pages_') || s.startsWith('instagram_'));
  const pageIds = !wantsPages ? (ctx.state.grants.get(userId)?.pageIds ?? null) : picked.length === userPages.length ? null : new Set(picked);
  const grant = recordGrant(ctx, userId, { granted: ticked, declined: asked.filter((s) => !ticked.has(s)), pageIds });
  if (d.responseType === 'code') {
    const params = new URLSearchParams({ code: mintAuthCode(ctx, userId, d.redirectUri).value });
    if (d.state !== null) params.set('state', d.state);
    // Facebook appends "#_=_" to code redirects; clients must tolerate it.
    return { kind: 'redirect', location: `${withQuery(d.redirectUri, params)}#_=_` };
  }
  const token = mintUserToken(ctx, userId, false);
  const params = new URLSearchParams({
    access_token: token.value,
    data_access_expiration_time: String(Math.floor(token.dataAccessExpiresAt / 1000)),
    expires_in: String(secondsUntil(ctx, token.expiresAt)),
  });
  if (d.returnScopes) {
    params.set('granted_scopes', [...grant.granted].join(','));
    params.set('denied_scopes', [...grant.declined].join(','));
  }
  if (d.state !== null) params.set('state', d.state);
  const base = d.redirectUri.split('#')[0] ?? d.redirectUri;
  return { kind: 'redirect', location: `${base}#${params.toString()}` };
}

/** GET: the dialog page for the signed-in person (cookie), or the login page. */
export function facebookDialogGet(ctx: SimContext, path: string, query: URLSearchParams, sessionUser: string | null): WebReply {
  const d = parseDialog(ctx, query);
  return 'kind' in d ? d : render(ctx, path, query, d, sessionUser);
}

/** POST: the dialog's buttons (sim_action = login | switch | continue | cancel). */
export function facebookDialogPost(ctx: SimContext, path: string, form: URLSearchParams, sessionUser: string | null): WebReply {
  const query = new URLSearchParams(form.get('sim_query') ?? '');
  const d = parseDialog(ctx, query);
  if ('kind' in d) return d;
  const back = `${path}?${query.toString()}`;
  const action = form.get('sim_action');
  if (action === 'cancel') return cancel(d);
  if (action === 'switch') return { kind: 'redirect', location: back, headers: sessionCookie(null) };
  const chosen = form.get('sim_user');
  if (action === 'login') {
    if (!chosen || !ctx.index.users.has(chosen)) return render(ctx, path, query, d, null);
    return { kind: 'redirect', location: back, headers: sessionCookie(chosen) };
  }
  // continue: the session must still be the person the page was shown for.
  if (action !== 'continue' || !sessionUser || chosen !== sessionUser) return render(ctx, path, query, d, sessionUser);
  if (accountBlock(ctx, sessionUser)) return render(ctx, path, query, d, sessionUser);
  return complete(ctx, d, sessionUser, form);
}
