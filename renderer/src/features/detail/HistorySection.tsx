/**
 * The detail panel's History: uptime, time to reconnect and the timeline, with "Show older". The newest page is
 * loaded when the panel opens and again whenever the account is checked or changes status; what is shown stays
 * on screen until the fresh page replaces it, so a refresh never flickers.
 */
import { useEffect, useId } from 'react';
import type { AccountView } from '../../../../shared/domain/account-view';
import { selectAccountHistory, selectHistoryFirstLoad } from '../../store/slices/history.selectors';
import { useAppStore } from '../../store/store-context';
import { HistorySummary } from './HistorySummary';
import { HistoryTimeline } from './HistoryTimeline';
import { ErrorLine } from '../../components/ErrorLine';

/** The section for one account. */
export function HistorySection({ account }: { readonly account: AccountView }) {
  const history = useAppStore((s) => selectAccountHistory(s, account.id));
  const firstLoad = useAppStore((s) => selectHistoryFirstLoad(s, account.id));
  const now = useAppStore((s) => s.now);
  const loadHistory = useAppStore((s) => s.loadHistory);
  const loadOlder = useAppStore((s) => s.loadOlderHistory);
  const titleId = useId();

  // Main keeps no history for an account before its first check, so there is nothing to ask for until then.
  const checked = account.lastCheckedAt !== null;
  // A check or a status change writes history: ask again for the newest page.
  useEffect(() => {
    if (checked) void loadHistory(account.id);
  }, [loadHistory, checked, account.id, account.lastCheckedAt, account.status]);

  if (!checked) {
    return (
      <section className="history" aria-labelledby={titleId}>
        <h3 id={titleId}>History</h3>
        <p className="history-empty">Not checked yet: the history starts with the first check.</p>
      </section>
    );
  }

  const firstError = history.error?.kind === 'first' ? history.error.message : null;
  const olderError = history.error?.kind === 'older' ? history.error.message : null;
  const shown = history.summary !== null;

  return (
    <section className="history" aria-labelledby={titleId} aria-busy={history.loading !== null}>
      <h3 id={titleId}>History</h3>
      {firstLoad ? (
        <p className="history-loading" role="status">
          Loading history…
        </p>
      ) : null}
      {firstError ? <ErrorLine what="load the history" error={firstError} onRetry={() => void loadHistory(account.id)} /> : null}
      {history.summary ? <HistorySummary summary={history.summary} /> : null}
      {shown ? <HistoryTimeline events={history.events} now={now} /> : null}
      {olderError ? <ErrorLine what="load older events" error={olderError} onRetry={() => void loadOlder(account.id)} /> : null}
      {shown && history.nextCursor !== null && olderError === null ? (
        <button
          type="button"
          className="show-older"
          onClick={() => void loadOlder(account.id)}
          disabled={history.loading === 'older'}
          aria-busy={history.loading === 'older'}
        >
          {history.loading === 'older' ? 'Loading older…' : 'Show older'}
        </button>
      ) : null}
    </section>
  );
}
