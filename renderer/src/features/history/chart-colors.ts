/** Colours for reasons in charts: a fixed order of CSS variables, so light and dark themes both stay readable. */
const PALETTE = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5', '--chart-6', '--chart-7', '--chart-8'];

/** The colour (a CSS var()) of the n-th series. */
export function seriesColor(n: number): string {
  return `var(${PALETTE[n % PALETTE.length] ?? '--chart-1'})`;
}
