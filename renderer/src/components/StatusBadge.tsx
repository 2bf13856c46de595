/** A status in words and colour; the words carry the meaning, so colour is never the only signal. */
import type { AccountStatus } from '../../../shared/domain/account-status';
import { STATUS_LABELS } from './status-labels';

/** The badge for one status. */
export function StatusBadge({ status }: { status: AccountStatus }) {
  return <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>;
}
