/** The app token `debug_token` needs: "{app-id}|{app-secret}", only when the user gave Tether their app secret. */
import type { ProviderDeps } from '../provider';

/** The app token, or null without the user's Meta App ID and Secret. */
export async function metaAppToken(deps: Pick<ProviderDeps, 'apps'>): Promise<string | null> {
  if (!deps.apps.metaAppId) return null;
  const secret = await deps.apps.metaAppSecret();
  return secret ? `${deps.apps.metaAppId}|${secret}` : null;
}
