/** One export the History screen asks for: events or daily uptime, CSV or JSON, for a filter; and its file name. */
import type { Writable } from 'node:stream';
import type { HistoryExportRequest } from '../../../../shared/domain/history-overview';
import type { HistoryService } from '../history.service';
import type { HistoryFilter } from '../history-filter';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** "tether-events-2026-11-01-to-2026-11-30.csv". */
export function exportFileName(req: HistoryExportRequest): string {
  return `tether-${req.what}-${day(req.since)}-to-${day(req.until - 1)}.${req.format}`;
}

/** Streams the export into `out`; resolves to the number of rows. */
export function runHistoryExport(history: HistoryService, req: HistoryExportRequest, out: Writable): Promise<number> {
  const filter: HistoryFilter = {
    since: req.since,
    until: req.until,
    ...(req.accountId ? { accountId: req.accountId } : {}),
    ...(req.provider ? { provider: req.provider } : {}),
  };
  return req.what === 'events' ? history.exportEvents(filter, req.format, out) : history.exportUptime(filter, req.format, out);
}
