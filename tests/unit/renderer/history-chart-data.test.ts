// The History charts' data as uPlot gets it: stacked disconnections, uptime bars, reconnect medians and their axes,
// and the colours read from the page. Pure: jsdom has no canvas, the drawing itself is checked in Chromium (e2e).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bucketRange,
  bucketRowLabel,
  bucketTickLabel,
  bucketTicks,
  countRange,
  disconnectionsSummary,
  reasonOfSeries,
  stackByReason,
  stackedSeriesData,
} from '../../../renderer/src/features/history/disconnections-data';
import { accountLabel, uptimeBars, uptimeFigure, uptimeSummary } from '../../../renderer/src/features/history/uptime-data';
import {
  durationTickLabel,
  durationTicks,
  reconnectRows,
  reconnectSeriesData,
  reconnectSummary,
  reconnectTime,
} from '../../../renderer/src/features/history/reconnect-data';
import { chartTheme, seriesColor, themeSeries, SERIES_VARS } from '../../../renderer/src/features/history/chart-theme';
import type { HistoryOverview } from '../../../shared/domain/history-overview';
import type { AccountId } from '../../../shared/domain/ids';
import type { ReasonId } from '../../../shared/domain/reason-id';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOV_3 = Date.UTC(2026, 10, 3);

type Disconnections = HistoryOverview['disconnections'];

/** Disconnections over consecutive days from `counts[day][reason]`, reasons in the given order. */
function disconnections(reasons: Array<ReasonId | null>, counts: number[][]): Disconnections {
  const overTime = counts.map((row, d) => ({
    start: NOV_3 + d * DAY,
    counts: reasons.flatMap((reason, r) => ((row[r] ?? 0) > 0 ? [{ reason, count: row[r] ?? 0 }] : [])),
  }));
  const byReason = reasons.map((reason, r) => ({ reason, count: counts.reduce((a, row) => a + (row[r] ?? 0), 0) })).filter((r) => r.count > 0);
  return { total: byReason.reduce((a, r) => a + r.count, 0), byReason, overTime };
}

describe('stacked disconnections', () => {
  const data = disconnections(
    ['password_changed', null, 'access_revoked'],
    [
      [2, 0, 1],
      [0, 0, 0],
      [0, 3, 0],
    ],
  );

  it('has a bucket start per x, a count row per reason in legend order, and each stack as running totals', () => {
    const stack = stackByReason(data);
    expect(stack.x).toEqual([NOV_3, NOV_3 + DAY, NOV_3 + 2 * DAY]);
    expect(stack.reasons).toEqual(['password_changed', 'none', 'access_revoked']);
    expect(stack.counts).toEqual([
      [2, 0, 0],
      [0, 0, 3],
      [1, 0, 0],
    ]);
    expect(stack.tops).toEqual([
      [2, null, null],
      [null, null, 3],
      [3, null, null],
    ]);
    expect(stack.totals).toEqual([3, 0, 3]);
  });

  it('hands uPlot the tallest stacks first, and knows which reason each series is', () => {
    const stack = stackByReason(data);
    const aligned = stackedSeriesData(stack);
    expect(aligned[0]).toEqual(stack.x);
    expect(aligned.slice(1)).toEqual([stack.tops[2], stack.tops[1], stack.tops[0]]);
    for (let s = 1; s < aligned.length; s++) expect(aligned[s]).toBe(stack.tops[reasonOfSeries(s, stack.reasons.length)]);
  });

  it("shows each reason's own count in its colour once the bars are painted in uPlot's order", () => {
    const reasons: ReasonId[] = ['password_changed', 'access_revoked', 'rate_limited', 'insufficient_page_role'];
    const days = fc.array(fc.array(fc.nat(6), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(days, (counts) => {
        const stack = stackByReason(disconnections(reasons, counts));
        const aligned = stackedSeriesData(stack);
        stack.x.forEach((_, day) => {
          // Paint unit cells bottom-up as the canvas would: each series from 0 to its top, later series over earlier.
          const cells: number[] = [];
          for (let s = 1; s < aligned.length; s++) {
            const top = aligned[s]?.[day];
            if (top === null || top === undefined) continue;
            for (let h = 0; h < top; h++) cells[h] = reasonOfSeries(s, stack.reasons.length);
          }
          stack.reasons.forEach((_, r) => expect(cells.filter((c) => c === r).length).toBe(stack.counts[r]?.[day]));
          expect(cells.length).toBe(stack.totals[day]);
        });
      }),
    );
  });

  it('pads the x range by half a bucket and starts counts at zero', () => {
    expect(bucketRange(NOV_3, NOV_3 + 2 * DAY, 'day')).toEqual([NOV_3 - DAY / 2, NOV_3 + 2.5 * DAY]);
    expect(bucketRange(NOV_3, NOV_3, 'week')).toEqual([NOV_3 - 3.5 * DAY, NOV_3 + 3.5 * DAY]);
    expect(bucketRange(null, null, 'day')).toEqual([0, DAY]);
    expect(countRange(7)).toEqual([0, 7]);
    expect(countRange(0)).toEqual([0, 1]);
    expect(countRange(null)).toEqual([0, 1]);
  });

  it('labels every k-th bucket, at most as many as fit, starting with the first', () => {
    const starts = Array.from({ length: 30 }, (_, i) => NOV_3 + i * DAY);
    expect(bucketTicks(starts, 8)).toEqual(starts.filter((_, i) => i % 4 === 0));
    expect(bucketTicks(starts, 100)).toEqual(starts);
    expect(bucketTicks(starts, 0)).toEqual([NOV_3]);
    expect(bucketTicks([], 8)).toEqual([]);
  });

  it('names buckets by their UTC date, whatever the local time zone', () => {
    expect(bucketTickLabel(NOV_3)).toBe('Nov 3');
    expect(bucketTickLabel(NOV_3 + DAY - 1)).toBe('Nov 3');
    expect(bucketRowLabel(NOV_3)).toBe('2026-11-03');
  });

  it('sums the chart up in a sentence', () => {
    expect(disconnectionsSummary(data, 'day')).toBe('6 disconnections in this range, at most 3 in one day.');
    expect(disconnectionsSummary(disconnections(['password_changed'], [[1]]), 'week')).toBe('1 disconnection in this range, at most 1 in one week.');
    expect(disconnectionsSummary(disconnections([], [[], []]), 'day')).toBe('0 disconnections in this range, at most 0 in one day.');
  });
});

describe('uptime bars', () => {
  const lowest: HistoryOverview['uptime']['lowest'] = [
    { accountId: 'a-1' as AccountId, provider: 'twitter', uptime: 0.5 },
    { accountId: 'a-2' as AccountId, provider: 'facebook', uptime: 0.9499 },
    { accountId: 'a-3' as AccountId, provider: 'instagram', uptime: 0.95 },
    { accountId: 'a-4' as AccountId, provider: 'facebook', uptime: 1 },
  ];
  const names: Record<string, string> = { 'a-1': 'Café Lumière', 'a-2': 'Harbor Bakery and Pastry Shop of the Old Port', 'a-3': 'harbor.bakes' };
  const nameOf = (id: AccountId) => names[id];

  it('puts accounts below 95% in the bad series and the rest in the ok one, in percent, lowest first', () => {
    const bars = uptimeBars(lowest, nameOf);
    expect(bars.x).toEqual([0, 1, 2, 3]);
    expect(bars.bad).toEqual([50, 94.99, null, null]);
    expect(bars.ok).toEqual([null, null, 95, 100]);
  });

  it("labels each row with the account's name, cut short, and its network; the id when the name is unknown", () => {
    expect(uptimeBars(lowest, nameOf).labels).toEqual([
      'Café Lumière (X)',
      'Harbor Bakery and Pastr… (Facebook)',
      'harbor.bakes (Instagram)',
      'a-4 (Facebook)',
    ]);
    expect(accountLabel('Exactly ten', 'twitter', 11)).toBe('Exactly ten (X)');
  });

  it('writes uptime as before: whole percent at the ends, one decimal between', () => {
    expect(uptimeFigure(0.9333)).toBe('93.3%');
    expect(uptimeFigure(0.9995)).toBe('100%');
    expect(uptimeFigure(0)).toBe('0%');
    expect(uptimeFigure(null)).toBe('nothing observed');
    expect(uptimeSummary(lowest, nameOf)).toBe('Lowest uptime: Café Lumière 50.0%, Harbor Bakery and Pastry Shop of the Old Port 95.0%, harbor.bakes 95.0%');
  });
});

describe('time to reconnect', () => {
  const stats = (count: number, open: number, medianMs: number | null) => ({ count, open, medianMs, meanMs: medianMs });
  const data: HistoryOverview['reconnect'] = {
    overall: stats(3, 1, 3 * HOUR),
    byProvider: [
      { provider: 'facebook', stats: stats(3, 0, 3 * HOUR) },
      { provider: 'twitter', stats: stats(0, 1, null) },
    ],
  };

  it('has a row for all networks, then each network, with its median (null where nothing reconnected)', () => {
    const rows = reconnectRows(data);
    expect(rows.map((r) => r.label)).toEqual(['All networks', 'Facebook', 'X']);
    expect(reconnectSeriesData(rows)).toEqual([
      [0, 1, 2],
      [3 * HOUR, 3 * HOUR, null],
    ]);
    expect(reconnectTime(3 * HOUR)).toBe('3 hours');
    expect(reconnectTime(null)).toBe('—');
    expect(reconnectSummary(data)).toBe('Median time to reconnect: 3 hours over 3 outages');
  });

  it('puts the time axis on a round step: at most four, covering the longest bar, each tick a whole unit', () => {
    expect(durationTicks(3 * HOUR)).toEqual({ top: 3 * HOUR, splits: [0, HOUR, 2 * HOUR, 3 * HOUR] });
    expect(durationTicks(DAY)).toEqual({ top: DAY, splits: [0, 6 * HOUR, 12 * HOUR, 18 * HOUR, DAY] });
    expect(durationTicks(null)).toEqual({ top: MIN, splits: [0, MIN] });
    expect(durationTicks(0)).toEqual({ top: MIN, splits: [0, MIN] });
    expect(durationTicks(24 * HOUR).splits.map(durationTickLabel)).toEqual(['0', '6 h', '12 h', '18 h', '24 h']);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 * 366 * DAY }), (max) => {
        const { top, splits } = durationTicks(max);
        const step = splits[1] ?? 0;
        expect(top).toBeGreaterThanOrEqual(max);
        expect(top - max).toBeLessThan(step);
        expect(splits.length).toBeLessThanOrEqual(5);
        expect(splits[splits.length - 1]).toBe(top);
        // What the tick says is exactly its value: "90 min" never shows as "1 h".
        const unit = step % DAY === 0 && step >= 2 * DAY ? DAY : step % HOUR === 0 ? HOUR : MIN;
        expect(step % unit).toBe(0);
      }),
    );
  });
});

describe('chart colours', () => {
  it('reads every series and role variable, in order, and falls back when one is missing', () => {
    const asked: string[] = [];
    const theme = chartTheme((v) => {
      asked.push(v);
      return v === '--bad' ? '' : ` rgb(${v.length}, 0, 0) `;
    });
    expect(asked).toEqual([...SERIES_VARS, '--ok', '--bad', '--info', '--fg', '--muted', '--border']);
    expect(theme.series).toHaveLength(8);
    expect(theme.series[0]).toBe('rgb(9, 0, 0)');
    expect(theme.grid).toBe('rgb(8, 0, 0)');
    expect(theme.bad).toBe('#b42318');
  });

  it('wraps around the palette, the same way for swatches and for the canvas', () => {
    const theme = chartTheme((v) => v);
    expect(themeSeries(theme, 0)).toBe('--chart-1');
    expect(themeSeries(theme, 9)).toBe('--chart-2');
    expect(seriesColor(9)).toBe('var(--chart-2)');
  });
});
