/**
 * The accounts snapshot over HTTP from `tether serve`, asked for as soon as the page's script starts, while the
 * socket is still being opened.
 */
import type { AccountsSnapshot } from '../../../shared/domain/accounts-change';
import { ACCOUNTS_SNAPSHOT_PATH } from '../../../shared/ipc/http-routes';
import { fail, type Result } from '../../../shared/ipc/result';
import { keyHeader } from './launch-key';

/** The snapshot's Result, or a failure (then the caller asks over the socket); `onRejected` hears a refused key. */
export async function fetchSnapshot(key: string, onRejected: () => void, fetchFn: typeof fetch = fetch): Promise<Result<AccountsSnapshot>> {
  try {
    const response = await fetchFn(ACCOUNTS_SNAPSHOT_PATH, { headers: keyHeader(key), credentials: 'omit' });
    if (response.status === 401) onRejected();
    if (!response.ok) return fail('unavailable', `The accounts could not be read (HTTP ${response.status}).`);
    return (await response.json()) as Result<AccountsSnapshot>;
  } catch {
    return fail('unavailable', 'The accounts could not be read.');
  }
}
