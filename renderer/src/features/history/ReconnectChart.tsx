/** Time to reconnect over the range: median and mean, overall and per network, with the outages still open. */
import type { HistoryOverview } from '../../../../shared/domain/history-overview';
import { PROVIDER_NAMES } from '../../../../shared/domain/providers';
import { formatDuration } from '../../../../shared/reasons/countdown';

type Stats = HistoryOverview['reconnect']['overall'];
const time = (ms: number | null) => (ms === null ? '—' : formatDuration(ms));

/** Bars of the median time to reconnect per network (hand-drawn SVG), and the figures in words. */
export function ReconnectChart({ data }: { readonly data: HistoryOverview['reconnect'] }) {
  const rows: Array<{ label: string; stats: Stats }> = [
    { label: 'All networks', stats: data.overall },
    ...data.byProvider.map((p) => ({ label: PROVIDER_NAMES[p.provider], stats: p.stats })),
  ];
  const max = Math.max(1, ...rows.map((r) => r.stats.medianMs ?? 0));
  return (
    <figure className="chart">
      <figcaption>Time to reconnect (median)</figcaption>
      <svg
        viewBox={`0 0 640 ${rows.length * 22}`}
        role="img"
        aria-label={`Median time to reconnect: ${time(data.overall.medianMs)} over ${data.overall.count} outages`}
      >
        {rows.map((r, i) => (
          <g key={r.label} transform={`translate(0, ${i * 22})`}>
            <text x={0} y={15} className="tick">
              {r.label}
            </text>
            <rect x={140} y={4} width={(380 * (r.stats.medianMs ?? 0)) / max} height={14} className="bar-info" />
            <text x={530} y={15} className="tick">
              {time(r.stats.medianMs)}
            </text>
          </g>
        ))}
      </svg>
      <p className="hint">
        {data.overall.count} reconnected (mean {time(data.overall.meanMs)}); {data.overall.open} still open.
      </p>
    </figure>
  );
}
