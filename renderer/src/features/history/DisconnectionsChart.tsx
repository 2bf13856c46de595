/**
 * Disconnections per day or week, stacked by reason, drawn by uPlot (loaded with the History screen). The legend
 * names each reason in words with its count; the figures per day or week are in a table under the chart.
 */
import { useMemo } from 'react';
import type { HistoryOverview } from '../../../../shared/domain/history-overview';
import { seriesColor } from './chart-theme';
import { bucketRowLabel, disconnectionsSummary, stackByReason, stackedSeriesData, type StackedDisconnections } from './disconnections-data';
import { disconnectionsOptions } from './disconnections-options';
import { NumbersTable } from './NumbersTable';
import { reasonLabel } from './reason-label';
import { UplotChart } from './uplot/UplotChart';

const HEIGHT = 200;

/** The days (or weeks) with at least one disconnection, a column per reason. */
function DisconnectionsTable({ stack, bucket }: { readonly stack: StackedDisconnections; readonly bucket: HistoryOverview['bucket'] }) {
  const rows = stack.x
    .map((start, i) => ({ start, i }))
    .filter(({ i }) => (stack.totals[i] ?? 0) > 0)
    .map(({ start, i }) => ({ key: String(start), cells: [bucketRowLabel(start), ...stack.counts.map((row) => row[i] ?? 0), stack.totals[i] ?? 0] }));
  if (rows.length === 0) return <p className="hint">No disconnections in this range.</p>;
  return (
    <NumbersTable
      caption={`${bucket === 'day' ? 'Days' : 'Weeks'} with disconnections (the others had none)`}
      columns={[bucket === 'day' ? 'Day' : 'Week from', ...stack.reasons.map(reasonLabel), 'Total']}
      rows={rows}
    />
  );
}

/** The stacked bars, their legend and their table. */
export function DisconnectionsChart({ data, bucket }: { readonly data: HistoryOverview['disconnections']; readonly bucket: HistoryOverview['bucket'] }) {
  const stack = useMemo(() => stackByReason(data), [data]);
  const series = useMemo(() => stackedSeriesData(stack), [stack]);
  const reasonCount = stack.reasons.length;
  const options = useMemo(() => disconnectionsOptions(reasonCount, bucket), [reasonCount, bucket]);
  return (
    <figure className="chart">
      <figcaption>Disconnections per {bucket}, by reason</figcaption>
      <UplotChart
        summary={disconnectionsSummary(data, bucket)}
        height={HEIGHT}
        options={options}
        data={series}
        legend={
          <ul className="legend" aria-label="Reasons">
            {data.byReason.map((r, i) => (
              <li key={r.reason ?? 'none'}>
                <span className="swatch" style={{ background: seriesColor(i) }} aria-hidden="true" /> {reasonLabel(r.reason)}: {r.count}
              </li>
            ))}
          </ul>
        }
        numbers={<DisconnectionsTable stack={stack} bucket={bucket} />}
      />
    </figure>
  );
}
