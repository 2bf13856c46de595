/** Words the detail panel adds to a card: whether reconnecting alone fixes it. */
import { PROVIDER_NAMES, type ProviderId } from '../../../../shared/domain/providers';
import type { NetworkCard } from '../../../../shared/reasons/card-types';

/** Whether reconnecting alone fixes it, in words; null when there is nothing to reconnect. */
export function reconnectVerdict(card: Pick<NetworkCard, 'reconnectFixes' | 'kind'>, provider: ProviderId): string | null {
  if (card.reconnectFixes === true) return 'One-click reconnect fixes this on its own.';
  if (card.reconnectFixes === null) return null;
  if (card.kind === 'setup') return "Reconnecting won't help: this is about Tether's setup on this computer.";
  return `Reconnecting alone won't fix this: first do the steps above on ${PROVIDER_NAMES[provider]}.`;
}
