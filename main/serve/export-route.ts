/**
 * GET /export?what=events&format=csv&since=…&until=… under `tether serve`: the History screen's export as a file
 * download, streamed from the database (a year of checks doesn't fit in one WebSocket message, nor in memory).
 * The caller has already passed the launch-secret check.
 */
import type { ServerResponse } from 'node:http';
import type { Writable } from 'node:stream';
import { HistoryExportRequestSchema, type HistoryExportRequest } from '../../shared/domain/history-overview';

export type ExportRunner = (req: HistoryExportRequest, out: Writable) => Promise<number>;

const numberOr = (v: string | null): number | undefined => (v === null || v === '' ? undefined : Number(v));

/** Answers one export request: 400 with the reason for a bad query, else the file. */
export function serveExport(url: URL, res: ServerResponse, run: ExportRunner, fileName: (req: HistoryExportRequest) => string): void {
  const p = url.searchParams;
  const parsed = HistoryExportRequestSchema.safeParse({
    what: p.get('what') ?? undefined,
    format: p.get('format') ?? undefined,
    since: numberOr(p.get('since')),
    until: numberOr(p.get('until')),
    ...(p.get('accountId') ? { accountId: p.get('accountId') } : {}),
    ...(p.get('provider') ? { provider: p.get('provider') } : {}),
  });
  if (!parsed.success) {
    res
      .writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
      .end(`Export refused: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}\n`);
    return;
  }
  res.writeHead(200, {
    'Content-Type': parsed.data.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    'Content-Disposition': `attachment; filename="${fileName(parsed.data)}"`,
    'Cache-Control': 'no-store',
  });
  run(parsed.data, res).then(
    () => res.end(),
    // Headers are gone: all that can be done is to cut the download short, so it doesn't look complete.
    () => res.destroy(),
  );
}
