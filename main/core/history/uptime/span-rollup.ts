/**
 * The uptime arithmetic, pure. Uptime = up time / observed time, where
 * - observed time: each check covers the time from itself to the next check of the account, but at most the
 *   observation horizon (a longer gap means Tether was not running, so nothing was observed);
 * - up time: the part of observed time in which the effective status was connected or expiring
 *   (`unverified` counts as the status it interrupted, see status-timeline.ts).
 */
import type { CheckOutcome } from '../../../../shared/domain/history-event';

/** One check, as the arithmetic needs it. */
export interface CheckSample {
  readonly at: number;
  readonly outcome: CheckOutcome;
  readonly latencyMs: number;
}

/** A change of the account's effective status to up or down. */
export interface UpChange {
  readonly at: number;
  readonly up: boolean;
}

/** Everything needed to total one span [start, end) of one account. */
export interface SpanInput {
  readonly start: number;
  readonly end: number;
  readonly horizonMs: number;
  /** The last check before `start`, if any: its coverage may reach into the span. */
  readonly previousCheckAt: number | null;
  /** Checks with start <= at < end, in time order. */
  readonly checks: readonly CheckSample[];
  /** Whether the account was up at `start`. */
  readonly upAtStart: boolean;
  /** Status changes with start <= at < end, in time order. */
  readonly changes: readonly UpChange[];
}

/** The totals of one span: what a daily rollup row stores. */
export interface SpanTotals {
  checksOk: number;
  checksTransient: number;
  checksPermanent: number;
  latencySumMs: number;
  latencyMaxMs: number;
  observedMs: number;
  upMs: number;
}

/** Totals with nothing in them. */
export function emptyTotals(): SpanTotals {
  return { checksOk: 0, checksTransient: 0, checksPermanent: 0, latencySumMs: 0, latencyMaxMs: 0, observedMs: 0, upMs: 0 };
}

type Interval = readonly [number, number];

/** The disjoint, ordered intervals of the span covered by checks. */
function observedIntervals({ start, end, horizonMs, previousCheckAt, checks }: SpanInput): Interval[] {
  const out: Interval[] = [];
  const push = (from: number, to: number): void => {
    if (to > from) out.push([from, to]);
  };
  const firstAt = checks[0]?.at ?? end;
  if (previousCheckAt !== null) push(start, Math.min(firstAt, previousCheckAt + horizonMs, end));
  checks.forEach((check, i) => {
    const next = checks[i + 1]?.at ?? end;
    push(check.at, Math.min(next, check.at + horizonMs, end));
  });
  return out;
}

/** The disjoint, ordered intervals of the span in which the account was up. */
function upIntervals({ start, end, upAtStart, changes }: SpanInput): Interval[] {
  const out: Interval[] = [];
  let up = upAtStart;
  let since = start;
  for (const change of changes) {
    if (change.up === up) continue;
    if (up && change.at > since) out.push([since, change.at]);
    up = change.up;
    since = change.at;
  }
  if (up && end > since) out.push([since, end]);
  return out;
}

/** Total length of the intersection of two ordered lists of disjoint intervals. */
function overlapMs(a: readonly Interval[], b: readonly Interval[]): number {
  let total = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [a0, a1] = a[i] as Interval;
    const [b0, b1] = b[j] as Interval;
    total += Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
    if (a1 < b1) i += 1;
    else j += 1;
  }
  return total;
}

/** Totals one span of one account. */
export function totalSpan(input: SpanInput): SpanTotals {
  const totals = emptyTotals();
  for (const check of input.checks) {
    if (check.outcome === 'ok') totals.checksOk += 1;
    else if (check.outcome === 'transient') totals.checksTransient += 1;
    else totals.checksPermanent += 1;
    totals.latencySumMs += check.latencyMs;
    totals.latencyMaxMs = Math.max(totals.latencyMaxMs, check.latencyMs);
  }
  const observed = observedIntervals(input);
  totals.observedMs = observed.reduce((sum, [from, to]) => sum + (to - from), 0);
  totals.upMs = overlapMs(observed, upIntervals(input));
  return totals;
}

/** Adds `more` into `into` (max for the latency maximum). */
export function addTotals(into: SpanTotals, more: SpanTotals): SpanTotals {
  into.checksOk += more.checksOk;
  into.checksTransient += more.checksTransient;
  into.checksPermanent += more.checksPermanent;
  into.latencySumMs += more.latencySumMs;
  into.latencyMaxMs = Math.max(into.latencyMaxMs, more.latencyMaxMs);
  into.observedMs += more.observedMs;
  into.upMs += more.upMs;
  return into;
}
