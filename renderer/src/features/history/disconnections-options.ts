/** The disconnections chart in uPlot: stacked bars per bucket (see disconnections-data.ts), counts up the side. */
import type { ChartTheme } from './chart-theme';
import { themeSeries } from './chart-theme';
import { bucketRange, bucketTickLabel, bucketTicks, countRange, reasonOfSeries, type Bucket } from './disconnections-data';
import { STILL, themedAxis, type ChartOptions } from './uplot/base-options';

/** Counts are whole: ticks step by these. */
const COUNT_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000];
/** Room per date label on the time axis, in CSS pixels. */
const PER_DATE = 64;

const seriesColor = (theme: ChartTheme, seriesIdx: number, reasonCount: number) => themeSeries(theme, reasonOfSeries(seriesIdx, reasonCount));

/** Options for `reasonCount` reasons in buckets of a `bucket`. */
export function disconnectionsOptions(reasonCount: number, bucket: Bucket): ChartOptions {
  return (lib, theme) => ({
    ...STILL,
    padding: [10, 14, 0, 0],
    scales: {
      x: { time: false, range: (_u, min, max) => bucketRange(min, max, bucket) },
      y: { range: (_u, _min, max) => countRange(max) },
    },
    axes: [
      themedAxis(theme, {
        scale: 'x',
        grid: { show: false },
        splits: (u) => bucketTicks(Array.from(u.data[0]), Math.floor((u.width - 60) / PER_DATE)),
        values: (_u, splits) => splits.map(bucketTickLabel),
      }),
      themedAxis(theme, { scale: 'y', size: 40, incrs: COUNT_STEPS, values: (_u, splits) => splits.map(String) }),
    ],
    series: [
      {},
      ...Array.from({ length: reasonCount }, (_, k) => ({
        fill: seriesColor(theme, k + 1, reasonCount),
        stroke: seriesColor(theme, k + 1, reasonCount),
        width: 0,
        points: { show: false },
        paths: lib.paths.bars?.({ size: [0.8, 48] }),
      })),
    ],
  });
}
