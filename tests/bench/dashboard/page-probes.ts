/**
 * What the benchmark measures inside Chromium, installed before the page's own scripts: when the first account row
 * is painted, keystroke-to-paint latency in the search field, and long tasks.
 */

/** Figures the probes keep on `window.__bench`. */
export interface PageFigures {
  firstRowPaintMs: number | null;
  keyLatenciesMs: number[];
  longTasks: Array<{ start: number; duration: number }>;
}

/** The init script (runs in the page, so it may use only browser APIs). */
export function installProbes(): void {
  const figures: PageFigures = { firstRowPaintMs: null, keyLatenciesMs: [], longTasks: [] };
  (window as unknown as { __bench: PageFigures }).__bench = figures;
  // A frame after the DOM change is when it is on screen; the timeout after that frame runs once it painted.
  const afterPaint = (done: () => void) => requestAnimationFrame(() => setTimeout(done, 0));
  const observer = new MutationObserver(() => {
    if (figures.firstRowPaintMs !== null || !document.querySelector('.account-row')) return;
    figures.firstRowPaintMs = -1;
    afterPaint(() => (figures.firstRowPaintMs = performance.now()));
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener(
    'keydown',
    (event) => {
      if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'search') return;
      const start = event.timeStamp;
      afterPaint(() => figures.keyLatenciesMs.push(performance.now() - start));
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) figures.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The p-th percentile (0–100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
