/** Asks `tether serve` whether this page's key is still the running launch's (a restart makes a new one). */
import { SESSION_PATH } from '../../../shared/ipc/http-routes';
import { keyHeader } from './launch-key';

export type KeyCheck = 'valid' | 'rejected' | 'unreachable';

export async function checkLaunchKey(key: string, fetchFn: typeof fetch = fetch): Promise<KeyCheck> {
  try {
    const response = await fetchFn(SESSION_PATH, { headers: keyHeader(key), credentials: 'omit', cache: 'no-store' });
    if (response.status === 401) return 'rejected';
    return response.ok ? 'valid' : 'unreachable';
  } catch {
    return 'unreachable';
  }
}
