/** The networks one signs in to, as plain values (the renderer imports this; the schemas are in sign-in.ts). */
import { loginNetwork, type ProviderId } from './providers';

/** The networks whose logins Tether holds (Instagram comes through a Facebook login). */
export const SIGN_IN_NETWORKS = ['facebook', 'twitter'] as const;
export type SignInNetwork = (typeof SIGN_IN_NETWORKS)[number];

/** The network whose sign-in holds an account (an Instagram account's is its Facebook login). */
export function signInNetworkOf(provider: ProviderId): SignInNetwork {
  return loginNetwork(provider) === 'twitter' ? 'twitter' : 'facebook';
}
