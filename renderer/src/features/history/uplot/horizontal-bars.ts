/**
 * Horizontal bars with a name per row (uPlot with its x scale turned upright: `ori: 1`), the first row at the top,
 * and each bar's figure written at its end.
 */
import type uPlot from 'uplot';
import type { ChartTheme } from '../chart-theme';
import { CHART_FONT, STILL, themedAxis, widestText, type ChartOptions } from './base-options';

export interface HorizontalBarsSpec {
  /** One name per row, top to bottom (x values 0, 1, …). */
  readonly labels: readonly string[];
  /** The series: each row's bar is in one of them (null in the others). */
  readonly series: ReadonlyArray<{ readonly label: string; readonly color: (theme: ChartTheme) => string }>;
  /** The value axis: its range for the data's largest value, its ticks, and how a tick reads. */
  readonly range: (max: number | null) => [number, number];
  readonly splits: (top: number) => number[];
  readonly tick: (value: number) => string;
  /** The figure written at the end of a row's bar; null for none. */
  readonly figure: (value: number | null, row: number) => string | null;
}

const ROW = 26;
const AXIS = 28;
const LABEL_CAP = 220;

/** The chart's height for `rows` rows. */
export const horizontalBarsHeight = (rows: number): number => Math.max(1, rows) * ROW + AXIS + 8;

/** The chart's data; uPlot asks for its padding once before it has any. */
const dataOf = (u: uPlot): uPlot.AlignedData | [] => (u.data as uPlot.AlignedData | undefined) ?? [];

/** Every figure the chart writes, to size the room they need. */
function figures(u: uPlot, spec: HorizontalBarsSpec): string[] {
  const out: string[] = [];
  const data = dataOf(u);
  for (let s = 1; s < data.length; s++) {
    (data[s] ?? []).forEach((v, row) => {
      const text = spec.figure(v ?? null, row);
      if (text !== null) out.push(text);
    });
  }
  return out;
}

/** Writes each bar's figure just past its end. */
function writeFigures(u: uPlot, spec: HorizontalBarsSpec, theme: ChartTheme, ratio: number): void {
  const ctx = u.ctx;
  ctx.save();
  ctx.font = CHART_FONT.replace(/^\d+px/, (px) => `${parseFloat(px) * ratio}px`);
  ctx.fillStyle = theme.text;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (let s = 1; s < u.data.length; s++) {
    (u.data[s] ?? []).forEach((v, row) => {
      const text = spec.figure(v ?? null, row);
      if (text === null) return;
      const end = u.valToPos(v ?? 0, 'y', true);
      ctx.fillText(text, end + 6 * ratio, u.valToPos(row, 'x', true));
    });
  }
  ctx.restore();
}

/** The chart's options. */
export function horizontalBars(spec: HorizontalBarsSpec): ChartOptions {
  return (lib, theme) => ({
    ...STILL,
    padding: [4, (u) => Math.min(LABEL_CAP, widestText(figures(u, spec)) + 14), 0, 0],
    scales: {
      x: { time: false, ori: 1, dir: -1, range: (u) => [-0.5, (dataOf(u)[0]?.length ?? 1) - 0.5] },
      y: { ori: 0, dir: 1, range: (_u, _min, max) => spec.range(max) },
    },
    axes: [
      themedAxis(theme, {
        scale: 'x',
        side: 3,
        stroke: theme.text,
        grid: { show: false },
        ticks: { show: false },
        gap: 8,
        splits: (u) => Array.from(u.data[0], (_, i) => i),
        values: (_u, splits) => splits.map((i) => spec.labels[i] ?? ''),
        size: (_u, values) => Math.min(LABEL_CAP, widestText(values ?? []) + 12),
      }),
      themedAxis(theme, {
        scale: 'y',
        side: 2,
        size: AXIS,
        splits: (_u, _axis, _min, max) => spec.splits(max),
        values: (_u, splits) => splits.map(spec.tick),
      }),
    ],
    series: [
      {},
      ...spec.series.map((s) => ({
        label: s.label,
        fill: s.color(theme),
        stroke: s.color(theme),
        width: 0,
        points: { show: false },
        paths: lib.paths.bars?.({ size: [0.7, 18] }),
      })),
    ],
    hooks: { draw: [(u: uPlot) => writeFigures(u, spec, theme, lib.pxRatio)] },
  });
}
