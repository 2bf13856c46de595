/**
 * Reads a Facebook login dialog request as today's Meta does: client_id, the exact registered redirect_uri (strict
 * mode), Enforce HTTPS, response_type, and either `scope` (classic Facebook Login) or `config_id` (Facebook Login for
 * Business). Each refusal is the page Facebook shows, with its source.
 */
import type { SimContext } from '../simulator-context';
import { FACEBOOK_SCOPES, type LoginForBusinessConfig } from '../world/world.schema';
import { isAllowedFacebookRedirect } from '../graph/oauth-access-token';
import { errorPage, type WebReply } from './html-page';

export interface DialogRequest {
  readonly redirectUri: string;
  readonly state: string | null;
  /** What the dialog asks: the `scope` list, or every permission of the configuration. */
  readonly scopes: readonly string[];
  readonly responseType: 'code' | 'token';
  readonly rerequest: boolean;
  readonly returnScopes: boolean;
  /** The Login for Business configuration named by `config_id`; null for the classic dialog. */
  readonly config: LoginForBusinessConfig | null;
}

/** "It looks like this app isn't available": a Business app's dialog without a configuration it knows. */
function notAvailable(detail: string): WebReply {
  // Wording of the real page (react-native-fbsdk-next#651, capacitor-community/facebook-login#173); the status is
  // the simulator's choice (UNVERIFIED), and so is showing the same page for an unknown config_id.
  return errorPage(200, "It looks like this app isn't available", detail, 'Facebook');
}

/** True for a redirect the dialog may send over http: the simulator's own origin stands for https://www.facebook.com. */
function isSecureRedirect(ctx: SimContext, uri: string): boolean {
  const url = new URL(uri);
  return url.protocol === 'https:' || url.origin === new URL(ctx.origin).origin;
}

function readConfig(ctx: SimContext, q: URLSearchParams): LoginForBusinessConfig | null | WebReply {
  const { meta } = ctx.world;
  const configId = q.get('config_id');
  if (meta.loginProduct === 'facebook_login') {
    // UNVERIFIED: what a classic app's dialog does with a config_id; the simulator says it plainly.
    return configId === null ? null : errorPage(400, 'Invalid configuration', 'This app has no Facebook Login for Business configurations.', 'Facebook');
  }
  if (configId === null) return notAvailable('This app needs at least one supported permission.');
  return meta.loginForBusinessConfigs.find((c) => c.id === configId) ?? notAvailable(`Configuration ${configId} doesn't belong to this app.`);
}

/** The request, or the page Facebook answers instead. */
export function parseDialog(ctx: SimContext, q: URLSearchParams): DialogRequest | WebReply {
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
  if (ctx.world.meta.enforceHttps && !isSecureRedirect(ctx, redirectUri)) {
    // The message real users quote (r-lib/httr#515, passport/todos-express-facebook#22, zyra/ngx-facebook#129).
    return errorPage(
      400,
      'Insecure Login Blocked',
      "You can't get an access token or log in to this app from an insecure page. Try re-loading the page as https://",
      'Facebook',
    );
  }
  const responseType = q.get('response_type') ?? 'code';
  if (responseType !== 'code' && responseType !== 'token')
    return errorPage(400, 'Unsupported response_type', `response_type "${responseType}" is not supported by the simulator (use code or token).`, 'Facebook');
  const config = readConfig(ctx, q);
  if (config !== null && 'kind' in config) return config;
  if (config?.tokenType === 'system_user' && responseType !== 'code') {
    // UNVERIFIED page: Meta's samples only say a system-user token needs response_type=code.
    return errorPage(400, 'Unsupported response_type', 'This configuration issues system-user access tokens, which need response_type=code.', 'Facebook');
  }
  const scopes = config ? config.permissions : (q.get('scope') ?? 'public_profile').split(/[,\s]+/).filter((s) => s.length > 0);
  const invalid = scopes.filter((s) => !(FACEBOOK_SCOPES as readonly string[]).includes(s));
  if (invalid.length > 0) return errorPage(400, 'Invalid Scopes', `Invalid Scopes: ${invalid.join(', ')}.`, 'Facebook');
  return {
    redirectUri,
    state: q.get('state'),
    scopes,
    responseType,
    rerequest: config === null && q.get('auth_type') === 'rerequest',
    returnScopes: config === null && q.get('return_scopes') === 'true',
    config,
  };
}
