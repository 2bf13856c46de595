/** The words for each attention level, as the filters and the header use them. */
import type { Attention } from '../../../shared/reasons/account-state';

export const ATTENTION_LABELS: Readonly<Record<Attention, string>> = {
  needs_you: 'Needs you',
  cannot_verify: "Can't verify",
  expiring: 'Expiring soon',
  limited: 'Working with limits',
  ok: 'All good',
};
