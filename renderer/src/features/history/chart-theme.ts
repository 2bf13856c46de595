/**
 * The charts' colours, all from the CSS variables of styles.css so light and dark both stay readable. Swatches in
 * HTML use var() directly; a canvas can't, so the chart reads each variable's resolved colour when it draws.
 */

/** The series colours, in a fixed order: the n-th reason of a legend always gets the n-th. */
export const SERIES_VARS = ['--chart-1', '--chart-2', '--chart-3', '--chart-4', '--chart-5', '--chart-6', '--chart-7', '--chart-8'] as const;

/** The colour (a CSS var()) of the n-th series, for HTML swatches. */
export function seriesColor(n: number): string {
  return `var(${SERIES_VARS[n % SERIES_VARS.length] ?? '--chart-1'})`;
}

/** Colours a canvas can use (resolved, e.g. "rgb(180, 35, 24)"). */
export interface ChartTheme {
  readonly series: readonly string[];
  /** Bars that are fine, bad, or just informative (the CSS's --ok, --bad, --info). */
  readonly ok: string;
  readonly bad: string;
  readonly info: string;
  /** Text on the chart (--fg), axis labels (--muted), axis and grid lines (--border). */
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
}

/** The variable behind each non-series colour, and what to use should a variable be missing. */
const ROLES = {
  ok: ['--ok', '#1f7a3f'],
  bad: ['--bad', '#b42318'],
  info: ['--info', '#1d4ed8'],
  text: ['--fg', '#1d2433'],
  muted: ['--muted', '#5b6474'],
  grid: ['--border', 'rgba(120, 127, 140, 0.3)'],
} as const;
const SERIES_FALLBACK = '#4b5563';

/** The theme, given how to resolve one CSS variable to a colour ('' when it can't). */
export function chartTheme(resolve: (cssVar: string) => string): ChartTheme {
  const read = (cssVar: string, fallback: string) => resolve(cssVar).trim() || fallback;
  return {
    series: SERIES_VARS.map((v) => read(v, SERIES_FALLBACK)),
    ok: read(...ROLES.ok),
    bad: read(...ROLES.bad),
    info: read(...ROLES.info),
    text: read(...ROLES.text),
    muted: read(...ROLES.muted),
    grid: read(...ROLES.grid),
  };
}

/** The n-th series colour of a theme. */
export function themeSeries(theme: ChartTheme, n: number): string {
  return theme.series[n % theme.series.length] ?? SERIES_FALLBACK;
}
