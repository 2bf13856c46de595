/**
 * Disconnections per day or week, stacked by reason: a hand-drawn SVG (no chart library: this is a few rects, and
 * it keeps the bundle small). The legend names each reason in words; the numbers are in a table below for anyone
 * who doesn't read charts.
 */
import type { HistoryOverview } from '../../../../shared/domain/history-overview';
import { cardFor } from '../../../../shared/reasons/catalog';
import type { ReasonId } from '../../../../shared/domain/reason-ids';
import { seriesColor } from './chart-colors';

const W = 640;
const H = 180;
const PAD = { left: 32, bottom: 22, top: 8 };

export const reasonLabel = (reason: string): string => (reason === 'none' ? 'No reason given' : cardFor(reason as ReasonId).title);
const dateLabel = (ms: number) => new Date(ms).toISOString().slice(5, 10);

/** The stacked bars. */
export function DisconnectionsChart({ data, bucket }: { readonly data: HistoryOverview['disconnections']; readonly bucket: HistoryOverview['bucket'] }) {
  const reasons = data.byReason.map((r) => r.reason ?? 'none');
  const totals = data.overTime.map((b) => b.counts.reduce((a, c) => a + c.count, 0));
  const max = Math.max(1, ...totals);
  const slot = (W - PAD.left) / Math.max(1, data.overTime.length);
  const y = (n: number) => ((H - PAD.bottom - PAD.top) * n) / max;
  const summary = `${data.total} disconnection${data.total === 1 ? '' : 's'} in this range, at most ${max === 1 && totals.every((t) => t === 0) ? 0 : max} in one ${bucket}.`;
  return (
    <figure className="chart">
      <figcaption>Disconnections per {bucket}, by reason</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} preserveAspectRatio="none">
        <line x1={PAD.left} x2={W} y1={H - PAD.bottom} y2={H - PAD.bottom} className="axis" />
        <text x={PAD.left - 4} y={PAD.top + 8} className="tick" textAnchor="end">
          {max}
        </text>
        {data.overTime.map((b, i) => {
          let base = H - PAD.bottom;
          return (
            <g key={b.start}>
              {reasons.map((reason, r) => {
                const n = b.counts.find((c) => (c.reason ?? 'none') === reason)?.count ?? 0;
                if (n === 0) return null;
                base -= y(n);
                return <rect key={reason} x={PAD.left + i * slot + 1} width={Math.max(1, slot - 2)} y={base} height={y(n)} fill={seriesColor(r)} />;
              })}
              {i % Math.ceil(data.overTime.length / 8) === 0 ? (
                <text x={PAD.left + i * slot} y={H - 6} className="tick">
                  {dateLabel(b.start)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <ul className="legend" aria-label="Reasons">
        {data.byReason.map((r, i) => (
          <li key={r.reason ?? 'none'}>
            <span className="swatch" style={{ background: seriesColor(i) }} aria-hidden="true" /> {reasonLabel(r.reason ?? 'none')}: {r.count}
          </li>
        ))}
      </ul>
    </figure>
  );
}
