/**
 * Uptime over the range: the figure for all accounts in the caption, and the accounts with the least of it as
 * horizontal bars drawn by uPlot, below 95% in the "bad" colour (and said so in the legend and the table).
 */
import { useMemo } from 'react';
import type { HistoryOverview } from '../../../../shared/domain/history-overview';
import type { AccountId } from '../../../../shared/domain/ids';
import { PROVIDER_NAMES } from '../../../../shared/domain/providers';
import { useAppStore } from '../../store/store-context';
import { NumbersTable } from './NumbersTable';
import { UPTIME_BAD_BELOW, uptimeBars, uptimeFigure, uptimeSummary } from './uptime-data';
import { horizontalBars, horizontalBarsHeight } from './uplot/horizontal-bars';
import { UplotChart } from './uplot/UplotChart';

const PERCENT_TICKS = [0, 25, 50, 75, 100];

/** The bars for these account labels, top to bottom. */
const uptimeOptions = (labels: readonly string[]) =>
  horizontalBars({
    labels,
    series: [
      { label: 'Below 95%', color: (t) => t.bad },
      { label: '95% or more', color: (t) => t.ok },
    ],
    range: () => [0, 100],
    splits: () => PERCENT_TICKS,
    tick: (v) => `${v}%`,
    figure: (v) => (v === null ? null : uptimeFigure(v / 100)),
  });

/** The lowest-uptime accounts. */
export function UptimeChart({ data }: { readonly data: HistoryOverview['uptime'] }) {
  const names = useAppStore((s) => s.accountsById);
  const nameOf = (id: AccountId) => names[id]?.name;
  const bars = useMemo(() => uptimeBars(data.lowest, (id) => names[id]?.name), [data.lowest, names]);
  const series = useMemo((): [number[], Array<number | null>, Array<number | null>] => [bars.x, bars.bad, bars.ok], [bars]);
  // Rebuilt only when the rows change (same labels, new figures: the data alone is redrawn).
  const shape = bars.labels.join('\n');
  const options = useMemo(() => uptimeOptions(shape.split('\n')), [shape]);
  return (
    <figure className="chart">
      <figcaption>
        Uptime over the last {data.days} days: {uptimeFigure(data.overall)} overall
      </figcaption>
      {data.lowest.length === 0 ? (
        <p className="hint">No account has observed time in this range.</p>
      ) : (
        <UplotChart
          summary={uptimeSummary(data.lowest, nameOf)}
          height={horizontalBarsHeight(bars.x.length)}
          options={options}
          data={series}
          legend={
            <ul className="legend" aria-label="Colours">
              <li>
                <span className="swatch bar-bad" aria-hidden="true" /> Below {UPTIME_BAD_BELOW * 100}%
              </li>
              <li>
                <span className="swatch bar-ok" aria-hidden="true" /> {UPTIME_BAD_BELOW * 100}% or more
              </li>
            </ul>
          }
          numbers={
            <NumbersTable
              caption="The accounts with the lowest uptime"
              columns={['Account', 'Network', 'Uptime']}
              rows={data.lowest.map((a) => ({
                key: a.accountId,
                cells: [
                  nameOf(a.accountId) ?? a.accountId,
                  PROVIDER_NAMES[a.provider],
                  `${uptimeFigure(a.uptime)}${a.uptime < UPTIME_BAD_BELOW ? ' (below 95%)' : ''}`,
                ],
              }))}
            />
          }
        />
      )}
    </figure>
  );
}
