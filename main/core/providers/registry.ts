/** Every network Tether can connect to, by the network a grant belongs to. Adding one is one folder and one line. */
import type { ProviderId } from '../../../shared/domain/provider-id';
import type { ProviderDeps, SocialProvider } from './provider';
import { createFacebookProvider } from './facebook/facebook.provider';
import { createTwitterProvider } from './twitter/twitter.provider';

/** Networks that own grants. Instagram accounts come through a Facebook login, so they have no grants of their own. */
export type GrantNetwork = Extract<ProviderId, 'facebook' | 'twitter'>;

export type ProviderRegistry = Readonly<Record<GrantNetwork, SocialProvider>>;

/** Builds every provider over the same injected fetch, clock, limits and endpoints. */
export function createProviderRegistry(deps: ProviderDeps): ProviderRegistry {
  return { facebook: createFacebookProvider(deps), twitter: createTwitterProvider(deps) };
}
