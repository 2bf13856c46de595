/**
 * X's OAuth 2.0 authorize page (GET/POST /i/oauth2/authorize): validates client_id, the exact registered
 * redirect_uri, state and the PKCE challenge (facts §d.2), shows Authorize / Cancel, and redirects with
 * `?state=…&code=…` or `?error=access_denied&state=…`.
 */
import type { SimContext } from '../simulator-context';
import { registeredRedirectUris } from '../simulator-context';
import { X_SCOPES } from '../world/world.schema';
import { mintXCode } from '../state/x-tokens';
import { errorPage, esc, hidden, htmlPage, withQuery, type WebReply } from './html-page';

interface AuthorizeRequest {
  readonly redirectUri: string;
  readonly state: string;
  readonly scopes: readonly string[];
  readonly challenge: string;
  readonly method: 'S256' | 'plain';
}

const GENERIC = "Something went wrong. You weren't able to give access to the App. Go back and try logging in again.";

function parseAuthorize(ctx: SimContext, q: URLSearchParams): AuthorizeRequest | WebReply {
  const fail = (why: string): WebReply => errorPage(400, 'Something went wrong', `${GENERIC} (${why})`, 'X');
  if (q.get('response_type') !== 'code') return fail('response_type must be code');
  if (q.get('client_id') !== ctx.world.x.clientId) return fail('unknown client_id');
  const redirectUri = q.get('redirect_uri') ?? '';
  if (!registeredRedirectUris(ctx, 'x').includes(redirectUri)) return fail('redirect_uri is not an exact match of a registered callback URL');
  const state = q.get('state');
  if (!state || state.length > 500) return fail('state is required, up to 500 characters');
  const challenge = q.get('code_challenge');
  if (!challenge) return fail('code_challenge is required');
  const method = q.get('code_challenge_method') ?? 'plain';
  if (method !== 'S256' && method !== 'plain') return fail('code_challenge_method must be S256 or plain');
  const scopes = (q.get('scope') ?? '').split(' ').filter((s) => s.length > 0);
  const unknown = scopes.filter((s) => !(X_SCOPES as readonly string[]).includes(s));
  if (scopes.length === 0 || unknown.length > 0) return fail(`invalid scope ${unknown.join(' ')}`.trim());
  return { redirectUri, state, scopes, challenge, method };
}

function consentPage(ctx: SimContext, path: string, query: URLSearchParams, a: AuthorizeRequest): WebReply {
  const accounts = ctx.world.xUsers
    .map((u, i) => `<label><input type="radio" name="sim_user" value="${esc(u.id)}"${i === 0 ? ' checked' : ''}> ${esc(u.name)} (@${esc(u.username)})</label>`)
    .join('');
  const scopes = a.scopes.map((s) => `<li>${esc(s)}</li>`).join('');
  const html = htmlPage(
    `${ctx.world.x.name} wants to access your X account`,
    `<form method="post" action="${esc(path)}">${hidden('sim_query', query.toString())}
<fieldset><legend>Signed in as</legend>${accounts}</fieldset>
<p>It will be able to:</p><ul>${scopes}</ul>
<div class="actions"><button class="primary" type="submit" name="sim_action" value="authorize">Authorize app</button>
<button type="submit" name="sim_action" value="cancel">Cancel</button></div></form>`,
    'X',
  );
  return { kind: 'html', status: 200, html };
}

/** GET: the consent page. */
export function xAuthorizeGet(ctx: SimContext, path: string, query: URLSearchParams): WebReply {
  const a = parseAuthorize(ctx, query);
  return 'kind' in a ? a : consentPage(ctx, path, query, a);
}

/** POST: Authorize or Cancel. */
export function xAuthorizePost(ctx: SimContext, path: string, form: URLSearchParams): WebReply {
  const query = new URLSearchParams(form.get('sim_query') ?? '');
  const a = parseAuthorize(ctx, query);
  if ('kind' in a) return a;
  if (form.get('sim_action') === 'cancel') {
    return { kind: 'redirect', location: withQuery(a.redirectUri, new URLSearchParams({ error: 'access_denied', state: a.state })) };
  }
  const xUserId = form.get('sim_user') ?? '';
  if (form.get('sim_action') !== 'authorize' || !ctx.index.xUsers.has(xUserId)) return consentPage(ctx, path, query, a);
  const code = mintXCode(ctx, {
    xUserId,
    clientId: ctx.world.x.clientId,
    redirectUri: a.redirectUri,
    scopes: a.scopes,
    challenge: a.challenge,
    method: a.method,
  });
  return { kind: 'redirect', location: withQuery(a.redirectUri, new URLSearchParams({ state: a.state, code: code.value })) };
}
