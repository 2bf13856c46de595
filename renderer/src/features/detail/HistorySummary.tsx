/** The History section's figures: uptime over 7, 30 and 90 days, and how fast the account came back when it dropped. */
import { useId } from 'react';
import type { AccountHistory } from '../../../../shared/domain/account-history';
import { reconnectSentence, uptimePercent } from './history-phrases';

const NOTHING_OBSERVED = 'No check was recorded in this period, so there is nothing to measure.';

/** The figures of the latest first page. */
export function HistorySummary({ summary }: { readonly summary: Pick<AccountHistory, 'uptime' | 'reconnect'> }) {
  const noteId = useId();
  const anyUnknown = summary.uptime.some((w) => w.uptime === null);
  return (
    <div className="history-summary">
      <div role="group" aria-label="Uptime">
        <dl className="uptime">
          {summary.uptime.map((w) => (
            <div key={w.days} className="uptime-window">
              <dt>{w.days} days</dt>
              <dd title={w.uptime === null ? NOTHING_OBSERVED : undefined} aria-describedby={w.uptime === null ? noteId : undefined}>
                {uptimePercent(w.uptime)}
              </dd>
            </div>
          ))}
        </dl>
      </div>
      {anyUnknown ? (
        <p id={noteId} className="hint">
          — : {NOTHING_OBSERVED}
        </p>
      ) : null}
      <p className="reconnect-times">{reconnectSentence(summary.reconnect)}</p>
    </div>
  );
}
