/** The social networks Tether connects to. Adding one means one provider module in main/core/providers. */
import { z } from 'zod';

export const PROVIDER_IDS = ['facebook', 'instagram', 'twitter'] as const;
export const ProviderIdSchema = z.enum(PROVIDER_IDS);
export type ProviderId = z.infer<typeof ProviderIdSchema>;

/** Names people use for each network, for copy and tables. */
export const PROVIDER_NAMES: Record<ProviderId, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  twitter: 'X',
};

/** The network whose login holds an account: Instagram accounts are reached through a Facebook login. */
export function loginNetwork(provider: ProviderId): ProviderId {
  return provider === 'instagram' ? 'facebook' : provider;
}
