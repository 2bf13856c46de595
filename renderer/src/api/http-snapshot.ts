/**
 * The accounts snapshot over HTTP from `tether serve`. The page's own response told the browser to preload it
 * (a Link header), so this fetch picks up a request sent while the scripts were still loading.
 */
import type { AccountsSnapshot } from '../../../shared/domain/accounts-change';
import { ACCOUNTS_SNAPSHOT_PATH } from '../../../shared/ipc/http-routes';
import { fail, type Result } from '../../../shared/ipc/result';

/** The snapshot's Result, or a failure (then the caller asks over the socket). */
export async function fetchSnapshot(fetchFn: typeof fetch = fetch): Promise<Result<AccountsSnapshot>> {
  try {
    // Same URL, mode and credentials as the preload, or the browser would fetch it a second time.
    const response = await fetchFn(ACCOUNTS_SNAPSHOT_PATH, { credentials: 'same-origin' });
    if (!response.ok) return fail('unavailable', `The accounts could not be read (HTTP ${response.status}).`);
    return (await response.json()) as Result<AccountsSnapshot>;
  } catch {
    return fail('unavailable', 'The accounts could not be read.');
  }
}
