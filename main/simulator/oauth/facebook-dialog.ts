/**
 * The Facebook login dialog (GET/POST /v{N}.0/dialog/oauth): checks the request (facebook-dialog-request.ts), lets
 * a person log in, untick permissions (classic dialog only) and pick Pages, then redirects as Facebook does
 * (manual-flow guide, facts §d.1): `#access_token=…` for response_type=token, `?code=…` for code, and
 * `?error_reason=user_denied&error=access_denied&error_description=Permissions+error.` on cancel.
 */
import type { SimContext } from '../simulator-context';
import { accountBlock, pagesOfUser } from '../state/effective-world';
import { mintAuthCode, mintUserToken, recordGrant, secondsUntil } from '../state/facebook-tokens';
import { withQuery, type WebReply } from './html-page';
import { blockedPage, consentPage, loginPage } from './facebook-dialog.view';
import { parseDialog, type DialogRequest } from './facebook-dialog-request';

export const FB_SESSION_COOKIE = 'sim_fb_user';

function sessionCookie(userId: string | null): Record<string, string> {
  return { 'set-cookie': userId ? `${FB_SESSION_COOKIE}=${userId}; Path=/; HttpOnly; SameSite=Lax` : `${FB_SESSION_COOKIE}=; Path=/; Max-Age=0` };
}

/**
 * Permissions the page shows. Classic dialog: each with a checkbox, declined ones not asked again without
 * auth_type=rerequest. A Login for Business configuration: all of them, granted together ("All permissions that your
 * app asks for during login must be granted by your app user or your app won't be granted any permissions", Login for
 * Business requirements), so the page lists them without checkboxes (UNVERIFIED layout).
 */
function askable(ctx: SimContext, d: DialogRequest, userId: string): string[] {
  if (d.config) return d.scopes.filter((s) => s !== 'public_profile');
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
    scopesFixed: d.config !== null,
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
  const ticked = new Set(d.config ? asked : form.getAll('scope').filter((s) => asked.includes(s)));
  const userPages = pagesOfUser(ctx, userId).map((p) => p.id);
  const picked = form.getAll('page').filter((id) => userPages.includes(id));
  const wantsPages = d.scopes.some((s) => s.startsWith('pages_') || s.startsWith('instagram_'));
  const pageIds = !wantsPages ? (ctx.state.grants.get(userId)?.pageIds ?? null) : picked.length === userPages.length ? null : new Set(picked);
  const grant = recordGrant(ctx, userId, { granted: ticked, declined: asked.filter((s) => !ticked.has(s)), pageIds });
  if (d.responseType === 'code') {
    const params = new URLSearchParams({ code: mintAuthCode(ctx, userId, d.redirectUri, d.config?.id ?? null).value });
    if (d.state !== null) params.set('state', d.state);
    // Facebook appends "#_=_" to code redirects; clients must tolerate it.
    return { kind: 'redirect', location: `${withQuery(d.redirectUri, params)}#_=_` };
  }
  const token = mintUserToken(ctx, userId, false);
  const params = new URLSearchParams({
    access_token: token.value,
    data_access_expiration_time: String(Math.floor((token.dataAccessExpiresAt ?? 0) / 1000)),
    expires_in: String(secondsUntil(ctx, token.expiresAt)),
  });
  // Login for Business's token redirect carries a long-lived user token beside the short one:
  // "#access_token=…&data_access_expiration_time=…&expires_in=…&long_lived_token=…" (Meta, "Facebook Login for
  // Business", developers.facebook.com/documentation/instagram-platform/instagram-api-with-facebook-login/
  // business-login-for-instagram, step 2; apps built on it read it, e.g. the auth_meta.py capture in the report).
  if (d.config) params.set('long_lived_token', mintUserToken(ctx, userId, true).value);
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
