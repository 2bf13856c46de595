/**
 * The social networks Tether connects to, as plain values. No zod here: the renderer imports this, and the schema
 * (provider-id.ts) would pull the validator into the window's startup for nothing.
 */

export const PROVIDER_IDS = ['facebook', 'instagram', 'twitter'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

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
