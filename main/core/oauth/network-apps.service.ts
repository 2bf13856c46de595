/**
 * Settings → Network apps: saving the user's own Meta app (ID, its Login for Business Configuration ID when it has
 * that product, and its Secret into the keychain only) and X app (public Client ID and callback port), checked before
 * anything is kept. Meta's pair is checked at Facebook (a Configuration ID can only be checked by signing in);
 * an X public client has no secret, so X can only confirm its ID at the first sign-in: the answer says so.
 */
import { MetaAppIdSchema, MetaConfigIdSchema, XClientIdSchema } from '../../../shared/domain/settings';
import type { AppCheck, SignInSetup } from '../../../shared/domain/sign-in';
import { RequestError } from '../kernel/request-error';
import type { SettingsStore } from '../settings/settings-store';
import type { AppSecrets } from '../secrets/app-secrets';
import type { ProviderRegistry } from '../providers/registry';
import type { SignInService } from './sign-in.service';

export interface NetworkAppsDeps {
  readonly settings: SettingsStore;
  readonly appSecrets: AppSecrets;
  readonly providers: ProviderRegistry;
  readonly signIn: SignInService;
  /** Asks Facebook whether an App ID and Secret belong together. */
  /** `mismatch` only when Facebook's answer says the ID or secret was refused; `refused` for any other refusal. */
  checkMetaApp(appId: string, secret: string): Promise<{ ok: true } | { ok: false; kind: 'mismatch' | 'unreachable' | 'refused'; detail: string }>;
}

function invalid(message: string): never {
  throw new RequestError('invalid_request', message);
}

export class NetworkAppsService {
  constructor(private readonly deps: NetworkAppsDeps) {}

  /** What to register in each app, as this window receives sign-ins. */
  async setup(): Promise<SignInSetup> {
    const { providers, signIn } = this.deps;
    const facebook = signIn.redirectUri('facebook');
    const x = signIn.redirectUri('twitter');
    return {
      facebookRedirectUris: facebook ? [facebook] : [],
      xCallbackUrls: x ? [x] : [],
      facebookScopes: [...providers.facebook.requiredScopes],
      xScopes: [...providers.twitter.requiredScopes],
      metaLongLivedLogins: (await this.deps.appSecrets.metaAppSecret()) !== null,
      facebookSignIn: signIn.availability('facebook') === 'desktop_app_only' ? 'desktop_app_only' : 'here',
    };
  }

  /**
   * Saves the Meta App ID, the Secret when given (null forgets it) and the Configuration ID when given (null or ''
   * forgets it). With a secret (given or kept), the pair is checked at Facebook first; a mismatch or no answer saves
   * nothing.
   */
  async saveMeta(appId: string, appSecret: string | null | undefined, configId?: string | null): Promise<AppCheck> {
    const id = MetaAppIdSchema.safeParse(appId.trim());
    if (!id.success) invalid(id.error.issues[0]?.message ?? 'That is not a Meta App ID.');
    const config = configId === undefined ? undefined : configId === null || configId.trim() === '' ? null : MetaConfigIdSchema.safeParse(configId.trim());
    if (config && !config.success) invalid(config.error.issues[0]?.message ?? 'That is not a Configuration ID.');
    const secret = appSecret === undefined ? await this.deps.appSecrets.metaAppSecret() : appSecret?.trim() || null;
    if (secret !== null) {
      const checked = await this.deps.checkMetaApp(id.data, secret);
      if (!checked.ok) {
        const problem =
          checked.kind === 'mismatch'
            ? `App ID and secret don't match: Facebook says "${checked.detail}". Copy both again from your app's Settings → Basic page. Nothing was saved.`
            : checked.kind === 'refused'
              ? `Facebook didn't accept the check: "${checked.detail}". Nothing was saved; try again in a few minutes.`
              : `Tether couldn't reach Facebook to check them (${checked.detail}). Nothing was saved; try again when you're online.`;
        return { saved: false, verified: null, problem };
      }
    }
    if (appSecret !== undefined) await this.deps.appSecrets.setMetaAppSecret(secret);
    this.update({ metaAppId: id.data, ...(config === undefined ? {} : { metaConfigId: config?.data ?? null }) });
    return { saved: true, verified: secret !== null ? 'checked' : 'format_only', problem: null };
  }

  /** Saves the X Client ID (and callback port). A public client has nothing X can check before the first sign-in. */
  saveX(clientId: string, callbackPort: number | undefined): AppCheck {
    const id = XClientIdSchema.safeParse(clientId.trim());
    if (!id.success) invalid(id.error.issues[0]?.message ?? 'That is not an X Client ID.');
    this.update({ xClientId: id.data, ...(callbackPort !== undefined ? { xCallbackPort: callbackPort } : {}) });
    return { saved: true, verified: 'format_only', problem: null };
  }

  private update(networkApps: { metaAppId?: string; metaConfigId?: string | null; xClientId?: string; xCallbackPort?: number }): void {
    const result = this.deps.settings.update({ networkApps });
    if (!result.ok) {
      const why = result.error.kind === 'invalid' ? result.error.issues.map((i) => i.message).join('; ') : result.error.message;
      throw new RequestError(result.error.kind === 'invalid' ? 'invalid_request' : 'unavailable', `Not saved: ${why}`);
    }
  }
}
