/** Runs a refresh under the cross-process lease; a lease that stays taken becomes a transient refresh failure. */
import type { GrantId } from '../../../shared/domain/ids';
import { fieldClassification } from '../providers/field-classification';
import type { RefreshOutcome } from '../providers/provider';
import { NO_CROSS_PROCESS_LOCK, RefreshLockBusyError, type RefreshLock } from './refresh-lock';

/** `refresh` while holding the grant's lease; never throws for a lease that won't come free. */
export async function holdRefreshLease(lock: RefreshLock | undefined, grantId: GrantId, refresh: () => Promise<RefreshOutcome>): Promise<RefreshOutcome> {
  try {
    return await (lock ?? NO_CROSS_PROCESS_LOCK).hold(grantId, refresh);
  } catch (error) {
    if (!(error instanceof RefreshLockBusyError)) throw error;
    // Another process is renewing (or hung while renewing): try again later rather than send a token it may spend.
    return { kind: 'failed', classification: fieldClassification('transient_provider_error', error.message) };
  }
}
