/** Where the CLI's checks go: the real networks, or one origin serving them all (a `tether simulate` on loopback). */
import { endpointsAt, REAL_ENDPOINTS, type NetworkEndpoints } from '../core/providers/network-endpoints';
import { UsageError } from './cli-command';

export const NETWORK_ORIGIN_HELP = '  $TETHER_NETWORK_ORIGIN  send every network call to this origin instead (e.g. a `tether simulate` on 127.0.0.1)';

/** The endpoints to use, from $TETHER_NETWORK_ORIGIN when set. */
export function networkEndpoints(env: NodeJS.ProcessEnv): NetworkEndpoints {
  const origin = env.TETHER_NETWORK_ORIGIN;
  if (!origin) return REAL_ENDPOINTS;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new UsageError(`TETHER_NETWORK_ORIGIN is not a URL: "${origin}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError('TETHER_NETWORK_ORIGIN must be an http(s) URL');
  return endpointsAt(url.origin);
}
