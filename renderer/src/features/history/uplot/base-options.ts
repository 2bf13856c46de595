/**
 * What every History chart shares: still pictures (no cursor, zoom or built-in legend: the figure has its own
 * legend and table), axes and grid in the theme's colours, and text measured in the charts' font.
 */
import type uPlot from 'uplot';
import type { ChartTheme } from '../chart-theme';
import type { UplotClass } from './load-uplot';

/** A chart's options, all but its size, for the loaded uPlot and the page's colours at draw time. */
export type ChartOptions = (lib: UplotClass, theme: ChartTheme) => Omit<uPlot.Options, 'width' | 'height'>;

export const CHART_FONT = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** No cursor (so no drag-to-zoom) and no legend table. */
export const STILL: Pick<uPlot.Options, 'cursor' | 'legend'> = { cursor: { show: false }, legend: { show: false } };

/** An axis in the theme's colours: muted labels, faint grid and ticks. */
export function themedAxis(theme: ChartTheme, axis: uPlot.Axis): uPlot.Axis {
  return {
    font: CHART_FONT,
    stroke: theme.muted,
    grid: { stroke: theme.grid, width: 1 },
    ticks: { stroke: theme.grid, width: 1, size: 4 },
    ...axis,
  };
}

let measurer: CanvasRenderingContext2D | null = null;

/** The widest of `texts` in CSS pixels, in the charts' font. */
export function widestText(texts: readonly string[]): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return Math.max(0, ...texts.map((t) => t.length * 7));
  measurer.font = CHART_FONT;
  const ctx = measurer;
  return Math.ceil(Math.max(0, ...texts.map((t) => ctx.measureText(t).width)));
}
