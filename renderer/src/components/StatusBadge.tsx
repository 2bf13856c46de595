/** A status in words and colour; the words carry the meaning, so colour is never the only signal. */
import type { AccountStatus } from '../../../shared/domain/account-status';

const LABELS: Record<AccountStatus, string> = {
  connected: 'Connected',
  expiring: 'Expiring soon',
  needs_reconnect: 'Needs reconnect',
  needs_action: 'Needs your action',
  unverified: "Can't verify",
  checking: 'Checking…',
};

export function StatusBadge({ status }: { status: AccountStatus }) {
  return <span className={`status status-${status}`}>{LABELS[status]}</span>;
}
