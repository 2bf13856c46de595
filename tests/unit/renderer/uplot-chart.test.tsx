// The uPlot wrapper's life in jsdom, with a stand-in for uPlot (jsdom has no canvas): "Drawing the chart…" until the
// chunk loads, an error line with Retry when it can't, then create, setData, setSize and destroy at the right times,
// and a fresh drawing when the colour scheme changes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type uPlot from 'uplot';
import { UplotChart } from '../../../renderer/src/features/history/uplot/UplotChart';
import type { ChartOptions } from '../../../renderer/src/features/history/uplot/base-options';

const loader = vi.hoisted(() => ({ load: vi.fn<() => Promise<unknown>>() }));
vi.mock('../../../renderer/src/features/history/uplot/load-uplot', () => ({ canDrawCharts: () => true, loadUplot: loader.load }));

/** Stands in for uPlot: remembers what it was given and what was done to it. */
class FakePlot {
  static made: FakePlot[] = [];
  static failWith: string | null = null;
  width: number;
  data: uPlot.AlignedData;
  setDataCalls = 0;
  destroyed = false;
  constructor(
    readonly opts: uPlot.Options,
    data: uPlot.AlignedData,
    readonly host: HTMLElement,
  ) {
    if (FakePlot.failWith) throw new Error(FakePlot.failWith);
    this.width = opts.width;
    this.data = data;
    FakePlot.made.push(this);
  }
  setData(data: uPlot.AlignedData) {
    this.data = data;
    this.setDataCalls += 1;
  }
  setSize(size: { width: number; height: number }) {
    this.width = size.width;
  }
  destroy() {
    this.destroyed = true;
  }
}

let schemeListeners: Array<() => void> = [];
let resizeCallbacks: Array<() => void> = [];

beforeEach(() => {
  FakePlot.made = [];
  FakePlot.failWith = null;
  schemeListeners = [];
  resizeCallbacks = [];
  loader.load.mockReset();
  vi.stubGlobal('matchMedia', () => ({
    matches: false,
    addEventListener: (_: string, f: () => void) => schemeListeners.push(f),
    removeEventListener: () => undefined,
  }));
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        resizeCallbacks.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.documentElement.removeAttribute('data-theme');
});

const DATA: uPlot.AlignedData = [
  [0, 1],
  [3, 4],
];
const optionsFn = () => vi.fn<ChartOptions>(() => ({ series: [{}, {}] }));

function chart(options: ChartOptions, data: uPlot.AlignedData = DATA) {
  return <UplotChart summary="Two bars" height={90} options={options} data={data} numbers={<table aria-label="Figures" />} />;
}

describe('UplotChart', () => {
  it('says it is drawing until uPlot has loaded, then draws the data at its container’s width', async () => {
    let loaded: (lib: unknown) => void = () => undefined;
    loader.load.mockReturnValue(new Promise((resolve) => (loaded = resolve)));
    const options = optionsFn();
    render(chart(options));
    expect(screen.getByRole('img', { name: 'Two bars' }).textContent).toBe('Drawing the chart…');
    expect((document.querySelector('details') as HTMLDetailsElement).open).toBe(false);

    await act(async () => loaded(FakePlot));
    expect(FakePlot.made).toHaveLength(1);
    const plot = FakePlot.made[0];
    expect(plot?.opts).toMatchObject({ width: 120, height: 90, series: [{}, {}] });
    expect(plot?.data).toBe(DATA);
    expect(plot?.host.closest('[role="img"]')?.getAttribute('aria-label')).toBe('Two bars');
    expect(options).toHaveBeenCalledWith(FakePlot, expect.objectContaining({ series: expect.any(Array), bad: expect.any(String) }));
    expect(screen.queryByText('Drawing the chart…')).toBeNull();
  });

  it('draws new data into the same chart, rebuilds it for new options, and destroys it when it goes', async () => {
    loader.load.mockResolvedValue(FakePlot);
    const options = optionsFn();
    const { rerender, unmount } = render(chart(options));
    await waitFor(() => expect(FakePlot.made).toHaveLength(1));
    const first = FakePlot.made[0];

    const next: uPlot.AlignedData = [
      [0, 1],
      [5, 6],
    ];
    rerender(chart(options, next));
    expect(FakePlot.made).toHaveLength(1);
    expect(first?.data).toBe(next);
    expect(first?.setDataCalls).toBe(1);

    rerender(chart(optionsFn(), next));
    expect(first?.destroyed).toBe(true);
    expect(FakePlot.made).toHaveLength(2);
    expect(FakePlot.made[1]?.data).toBe(next);

    unmount();
    expect(FakePlot.made[1]?.destroyed).toBe(true);
  });

  it('follows its container’s width', async () => {
    loader.load.mockResolvedValue(FakePlot);
    render(chart(optionsFn()));
    await waitFor(() => expect(FakePlot.made).toHaveLength(1));
    const plot = FakePlot.made[0];
    Object.defineProperty(plot?.host, 'clientWidth', { value: 480, configurable: true });
    act(() => resizeCallbacks.forEach((f) => f()));
    expect(plot?.width).toBe(480);
  });

  it('draws again, reading the colours anew, when the system scheme or the theme setting changes', async () => {
    loader.load.mockResolvedValue(FakePlot);
    const options = optionsFn();
    render(chart(options));
    await waitFor(() => expect(FakePlot.made).toHaveLength(1));

    act(() => schemeListeners.forEach((f) => f()));
    expect(FakePlot.made).toHaveLength(2);
    expect(FakePlot.made[0]?.destroyed).toBe(true);

    act(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await waitFor(() => expect(FakePlot.made).toHaveLength(3));
    expect(options).toHaveBeenCalledTimes(3);
  });

  it('says so when uPlot can’t be loaded, shows the numbers, and Retry loads it again', async () => {
    loader.load.mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module')).mockResolvedValue(FakePlot);
    render(chart(optionsFn()));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe("Couldn't draw the chart: Failed to fetch dynamically imported module Retry");
    expect(screen.queryByText('Drawing the chart…')).toBeNull();
    expect((document.querySelector('details') as HTMLDetailsElement).open).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(FakePlot.made).toHaveLength(1));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(loader.load).toHaveBeenCalledTimes(2);
  });

  it('says so when the chart itself can’t be drawn', async () => {
    FakePlot.failWith = 'no 2d context';
    loader.load.mockResolvedValue(FakePlot);
    render(chart(optionsFn()));
    expect((await screen.findByRole('alert')).textContent).toBe("Couldn't draw the chart: no 2d context Retry");
    FakePlot.failWith = null;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(FakePlot.made).toHaveLength(1));
  });
});
