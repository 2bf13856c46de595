/**
 * Disconnections over time, shaped for uPlot's bars. uPlot draws every bar from zero, so a stack is drawn as one
 * bar per reason reaching up to that reason's running total, tallest first: each shorter bar paints over the
 * taller one, and what shows of each colour is that reason's own count.
 */
import type { HistoryOverview } from '../../../../shared/domain/history-overview';

type Disconnections = HistoryOverview['disconnections'];
export type Bucket = HistoryOverview['bucket'];

const DAY = 86_400_000;
/** How long one bucket is. */
export const BUCKET_MS: Record<Bucket, number> = { day: DAY, week: 7 * DAY };

/** A reason as a key: 'none' when a change carried no reason. */
export const reasonKey = (reason: string | null): string => reason ?? 'none';

export interface StackedDisconnections {
  /** Each bucket's start, epoch ms (the x values). */
  readonly x: number[];
  /** The reasons in legend order (the overview's byReason). */
  readonly reasons: string[];
  /** Per reason (legend order), its count in each bucket. */
  readonly counts: number[][];
  /** Per reason (legend order), the top of its part of each bucket's stack; null where it has none. */
  readonly tops: Array<Array<number | null>>;
  /** Each bucket's count, all reasons together. */
  readonly totals: number[];
}

/** Stacks each bucket's counts in legend order. */
export function stackByReason(data: Disconnections): StackedDisconnections {
  const reasons = data.byReason.map((r) => reasonKey(r.reason));
  const x = data.overTime.map((b) => b.start);
  const counts = reasons.map((reason) => data.overTime.map((b) => b.counts.find((c) => reasonKey(c.reason) === reason)?.count ?? 0));
  const totals = x.map(() => 0);
  const tops = counts.map((row) =>
    row.map((n, i) => {
      totals[i] = (totals[i] ?? 0) + n;
      return n === 0 ? null : (totals[i] ?? 0);
    }),
  );
  return { x, reasons, counts, tops, totals };
}

/** uPlot's aligned data: x, then the stacks tallest first (the last reason's tops first, the first reason's last). */
export function stackedSeriesData(stack: StackedDisconnections): [number[], ...Array<Array<number | null>>] {
  return [stack.x, ...[...stack.tops].reverse()];
}

/** Which reason (legend index) the k-th drawn series (1-based, as uPlot counts, 0 being x) stands for. */
export function reasonOfSeries(seriesIdx: number, reasonCount: number): number {
  return reasonCount - seriesIdx;
}

/** The x range: half a bucket either side, so the first and last bars show whole. */
export function bucketRange(min: number | null, max: number | null, bucket: Bucket): [number, number] {
  if (min === null || max === null) return [0, BUCKET_MS[bucket]];
  return [min - BUCKET_MS[bucket] / 2, max + BUCKET_MS[bucket] / 2];
}

/** The y range: from zero to the tallest stack, at least 1. */
export function countRange(max: number | null): [number, number] {
  return [0, max !== null && max > 0 ? max : 1];
}

/** Which bucket starts get a label: every k-th from the first, at most `most` of them. */
export function bucketTicks(starts: readonly number[], most: number): number[] {
  const every = Math.max(1, Math.ceil(starts.length / Math.max(1, most)));
  return starts.filter((_, i) => i % every === 0);
}

const short = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** An axis label: "Nov 3" (buckets are UTC days, and weeks starting on a UTC Monday). */
export function bucketTickLabel(start: number): string {
  return short.format(start);
}

/** A table row's label: the UTC date, "2026-11-03". */
export function bucketRowLabel(start: number): string {
  return new Date(start).toISOString().slice(0, 10);
}

/** The chart's summary for screen readers: "3 disconnections in this range, at most 1 in one day." */
export function disconnectionsSummary(data: Disconnections, bucket: Bucket): string {
  const most = Math.max(0, ...stackByReason(data).totals);
  return `${data.total} disconnection${data.total === 1 ? '' : 's'} in this range, at most ${most} in one ${bucket}.`;
}
