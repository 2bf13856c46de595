/** Fetches uPlot's chunk once, on the first chart; a failed fetch is forgotten so that Retry fetches it again. */
import type uPlot from 'uplot';

export type UplotClass = typeof uPlot;

let pending: Promise<UplotClass> | null = null;

/**
 * Whether this page can draw charts at all. uPlot needs a canvas, matchMedia and ResizeObserver; without them
 * (jsdom in tests, say) the charts show their numbers only.
 */
export function canDrawCharts(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && typeof ResizeObserver === 'function';
}

/** uPlot, from its own chunk. */
export function loadUplot(): Promise<UplotClass> {
  pending ??= import('./uplot-lib').then(
    (m) => m.default,
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}
