/**
 * Time to reconnect over the range: bars of the median per network (all networks first) drawn by uPlot, the
 * counts in a line below, and median, mean and counts per network in a table.
 */
import { useMemo } from 'react';
import type { HistoryOverview } from '../../../../shared/domain/history-overview';
import { NumbersTable } from './NumbersTable';
import { durationTickLabel, durationTicks, reconnectRows, reconnectSeriesData, reconnectSummary, reconnectTime } from './reconnect-data';
import { horizontalBars, horizontalBarsHeight } from './uplot/horizontal-bars';
import { UplotChart } from './uplot/UplotChart';

/** The bars for these network labels, top to bottom. */
const reconnectOptions = (labels: readonly string[]) =>
  horizontalBars({
    labels,
    series: [{ label: 'Median time to reconnect', color: (t) => t.info }],
    range: (max) => [0, durationTicks(max).top],
    splits: (top) => durationTicks(top).splits,
    tick: durationTickLabel,
    figure: reconnectTime,
  });

/** The medians, the figures in words, and the table. */
export function ReconnectChart({ data }: { readonly data: HistoryOverview['reconnect'] }) {
  const rows = useMemo(() => reconnectRows(data), [data]);
  const series = useMemo(() => reconnectSeriesData(rows), [rows]);
  const shape = rows.map((r) => r.label).join('\n');
  const options = useMemo(() => reconnectOptions(shape.split('\n')), [shape]);
  return (
    <figure className="chart">
      <figcaption>Time to reconnect (median)</figcaption>
      <UplotChart
        summary={reconnectSummary(data)}
        height={horizontalBarsHeight(rows.length)}
        options={options}
        data={series}
        legend={
          <p className="hint">
            {data.overall.count} reconnected (mean {reconnectTime(data.overall.meanMs)}); {data.overall.open} still open.
          </p>
        }
        numbers={
          <NumbersTable
            caption="Time to reconnect per network"
            columns={['Network', 'Median', 'Mean', 'Reconnected', 'Still open']}
            rows={rows.map((r) => ({
              key: r.label,
              cells: [r.label, reconnectTime(r.stats.medianMs), reconnectTime(r.stats.meanMs), r.stats.count, r.stats.open],
            }))}
          />
        }
      />
    </figure>
  );
}
