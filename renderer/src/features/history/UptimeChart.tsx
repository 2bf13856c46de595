/** Uptime over the range, overall, and the accounts with the least of it as horizontal bars (hand-drawn SVG). */
import type { HistoryOverview } from '../../../../shared/domain/history-overview';
import { PROVIDER_NAMES } from '../../../../shared/domain/providers';
import { useAppStore } from '../../store/store-context';

const percent = (u: number | null) => (u === null ? 'nothing observed' : `${(u * 100).toFixed(u >= 0.999 || u === 0 ? 0 : 1)}%`);

/** The lowest-uptime accounts. */
export function UptimeChart({ data }: { readonly data: HistoryOverview['uptime'] }) {
  const names = useAppStore((s) => s.accountsById);
  const rowH = 22;
  return (
    <figure className="chart">
      <figcaption>
        Uptime over the last {data.days} days: {percent(data.overall)} overall
      </figcaption>
      {data.lowest.length === 0 ? (
        <p className="hint">No account has observed time in this range.</p>
      ) : (
        <svg
          viewBox={`0 0 640 ${data.lowest.length * rowH}`}
          role="img"
          aria-label={`Lowest uptime: ${data.lowest
            .slice(0, 3)
            .map((a) => `${names[a.accountId]?.name ?? a.accountId} ${percent(a.uptime)}`)
            .join(', ')}`}
        >
          {data.lowest.map((a, i) => (
            <g key={a.accountId} transform={`translate(0, ${i * rowH})`}>
              <text x={0} y={15} className="tick">
                {(names[a.accountId]?.name ?? a.accountId).slice(0, 28)} ({PROVIDER_NAMES[a.provider]})
              </text>
              <rect x={260} y={4} width={300 * a.uptime} height={14} className={a.uptime < 0.95 ? 'bar-bad' : 'bar-ok'} />
              <text x={570} y={15} className="tick">
                {percent(a.uptime)}
              </text>
            </g>
          ))}
        </svg>
      )}
    </figure>
  );
}
