/**
 * History, offline: filters, disconnections over time by reason, uptime per account, time to reconnect, and exports
 * (CSV or JSON; a save dialog on the desktop, a download in the browser). Everything comes from the local database.
 * The charts are drawn by uPlot, loaded with this screen (see LazyHistoryScreen.tsx and uplot/load-uplot.ts).
 */
import { useEffect } from 'react';
import { ErrorLine } from '../../components/ErrorLine';
import { useAppStore } from '../../store/store-context';
import { DisconnectionsChart } from './DisconnectionsChart';
import { HistoryFiltersBar } from './HistoryFiltersBar';
import { ReconnectChart } from './ReconnectChart';
import { UptimeChart } from './UptimeChart';
import { canDrawCharts, loadUplot } from './uplot/load-uplot';

/** The History screen. */
export function HistoryScreen() {
  const overview = useAppStore((s) => s.overview);
  const load = useAppStore((s) => s.overviewLoad);
  const error = useAppStore((s) => s.overviewError);
  const loadOverview = useAppStore((s) => s.loadOverview);
  const exportHistory = useAppStore((s) => s.exportHistory);
  const note = useAppStore((s) => s.exportNote);
  useEffect(() => {
    void loadOverview();
    // uPlot's chunk starts loading alongside the figures; each chart waits for it (and says so if it fails).
    if (canDrawCharts()) loadUplot().catch(() => undefined);
  }, [loadOverview]);

  return (
    <section className="history-screen" aria-labelledby="history-title">
      <h1 id="history-title">History</h1>
      <HistoryFiltersBar />
      <p className="hint" role="status">
        {load === 'loading' ? 'Reading the history…' : ''}
      </p>
      {load === 'error' && error ? <ErrorLine what="read the history" error={error} onRetry={() => void loadOverview()} /> : null}
      {overview ? (
        <div className="charts" aria-busy={load === 'loading'}>
          <DisconnectionsChart data={overview.disconnections} bucket={overview.bucket} />
          <UptimeChart data={overview.uptime} />
          <ReconnectChart data={overview.reconnect} />
        </div>
      ) : null}
      <section className="export" aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <p className="hint">The account, network and dates above apply; every event kind is included.</p>
        <div className="export-buttons">
          <button type="button" onClick={() => void exportHistory('events', 'csv')}>
            Events as CSV
          </button>
          <button type="button" onClick={() => void exportHistory('events', 'json')}>
            Events as JSON
          </button>
          <button type="button" onClick={() => void exportHistory('uptime', 'csv')}>
            Daily uptime as CSV
          </button>
          <button type="button" onClick={() => void exportHistory('uptime', 'json')}>
            Daily uptime as JSON
          </button>
        </div>
        <p role="status">{note ?? ''}</p>
      </section>
    </section>
  );
}
