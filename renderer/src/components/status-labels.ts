/** Every status in words: the words carry the meaning, colour only repeats it. */
import type { AccountStatus } from '../../../shared/domain/account-status';

export const STATUS_LABELS: Readonly<Record<AccountStatus, string>> = {
  connected: 'Connected',
  expiring: 'Expiring soon',
  needs_reconnect: 'Needs reconnect',
  needs_action: 'Needs your action',
  unverified: "Can't verify",
  checking: 'Checking…',
};
