/**
 * One uPlot chart, drawn once uPlot's chunk has loaded ("Drawing the chart…" until then, an error line with Retry
 * if it can't load). A canvas says nothing to a screen reader, so the picture is an image with a summary, and its
 * figures are a real table under "Show the numbers". Colours are read from the page's CSS each time it is drawn,
 * and it is drawn again when the colour scheme changes; it follows its container's width.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type uPlot from 'uplot';
import { ErrorLine } from '../../../components/ErrorLine';
import type { ChartOptions } from './base-options';
import { useLazy } from '../../../components/use-lazy';
import { canDrawCharts, loadUplot } from './load-uplot';
import { readChartTheme } from './read-chart-theme';
import { useSchemeChanges } from './use-scheme-changes';

export interface UplotChartProps {
  /** What the chart shows, in a sentence: its accessible name. */
  readonly summary: string;
  readonly height: number;
  /** Keep it the same object while the chart's shape is the same: a new one draws the chart anew. */
  readonly options: ChartOptions;
  /** New data is drawn into the same chart. */
  readonly data: uPlot.AlignedData;
  /** Shown under the chart, above its numbers. */
  readonly legend?: ReactNode;
  /** The figures, as a table. */
  readonly numbers: ReactNode;
}

const widthOf = (el: HTMLElement) => Math.max(120, Math.floor(el.clientWidth));

export function UplotChart({ summary, height, options, data, legend, numbers }: UplotChartProps) {
  const drawable = canDrawCharts();
  const { value: lib, error, retry } = useLazy(loadUplot, drawable);
  const scheme = useSchemeChanges(drawable);
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const drawn = useRef<uPlot.AlignedData | null>(null);
  // Why the chart couldn't be created, if it couldn't; Retry then tries again.
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  // Create (and destroy) the chart: on load, a new shape or size, or a change of colour scheme.
  useEffect(() => {
    const el = host.current;
    if (!lib || !el) return;
    let chart: uPlot;
    try {
      chart = new lib({ ...options(lib, readChartTheme(el)), width: widthOf(el), height }, data, el);
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
      return;
    }
    plot.current = chart;
    drawn.current = data;
    setFailure(null);
    return () => {
      chart.destroy();
      plot.current = null;
    };
    // `data` is left out on purpose: new data alone is drawn into this chart by the next effect.
  }, [lib, options, height, scheme, attempt]);

  useEffect(() => {
    if (plot.current && drawn.current !== data) {
      plot.current.setData(data);
      drawn.current = data;
    }
  }, [data]);

  useEffect(() => {
    const el = host.current;
    if (!lib || !el) return;
    const resized = new ResizeObserver(() => {
      const chart = plot.current;
      if (chart && widthOf(el) !== chart.width) chart.setSize({ width: widthOf(el), height });
    });
    resized.observe(el);
    return () => resized.disconnect();
  }, [lib, height]);

  const problem = error ?? failure;
  const tryAgain = () => {
    if (error) retry();
    setFailure(null);
    setAttempt((n) => n + 1);
  };
  return (
    <>
      <div className="uplot-chart" role="img" aria-label={summary} style={drawable ? { minHeight: height } : undefined}>
        <div className="uplot-host" ref={host} />
        {drawable && !lib && !problem ? <p className="hint">Drawing the chart…</p> : null}
      </div>
      {problem ? <ErrorLine what="draw the chart" error={problem} onRetry={tryAgain} /> : null}
      {legend}
      <details className="chart-numbers" open={!drawable || problem !== null}>
        <summary>Show the numbers</summary>
        {numbers}
      </details>
    </>
  );
}
