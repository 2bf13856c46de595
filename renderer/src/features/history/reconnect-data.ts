/** Time to reconnect, shaped for uPlot's horizontal bars: the median per network, all networks first. */
import type { HistoryOverview } from '../../../../shared/domain/history-overview';
import { PROVIDER_NAMES } from '../../../../shared/domain/providers';
import { formatDuration, formatDurationShort } from '../../../../shared/reasons/countdown';

type Reconnect = HistoryOverview['reconnect'];
export type ReconnectStats = Reconnect['overall'];

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** Steps the time axis may use: each a whole number of what formatDurationShort shows. */
const STEPS = [MIN, 2 * MIN, 5 * MIN, 10 * MIN, 15 * MIN, 30 * MIN, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY];
const MOST_TICKS = 4;

/** A time in words, as the rest of Tether says it: "3 hours"; "—" when there is none. */
export const reconnectTime = (ms: number | null): string => (ms === null ? '—' : formatDuration(ms));

export interface ReconnectRow {
  readonly label: string;
  readonly stats: ReconnectStats;
}

/** "All networks", then each network. */
export function reconnectRows(data: Reconnect): ReconnectRow[] {
  return [{ label: 'All networks', stats: data.overall }, ...data.byProvider.map((p) => ({ label: PROVIDER_NAMES[p.provider], stats: p.stats }))];
}

/** uPlot's aligned data: category positions, then the medians (null where nothing reconnected). */
export function reconnectSeriesData(rows: readonly ReconnectRow[]): [number[], Array<number | null>] {
  return [rows.map((_, i) => i), rows.map((r) => r.stats.medianMs)];
}

/** The time axis for values up to `max` ms: its end and its ticks, at most four steps of a round duration. */
export function durationTicks(max: number | null): { readonly top: number; readonly splits: number[] } {
  const biggest = STEPS[STEPS.length - 1] ?? DAY;
  const want = max !== null && max > 0 ? max : MIN;
  const step = STEPS.find((s) => want / s <= MOST_TICKS) ?? biggest * Math.ceil(want / (biggest * MOST_TICKS));
  const top = Math.ceil(want / step) * step;
  return { top, splits: Array.from({ length: top / step + 1 }, (_, i) => i * step) };
}

/** A tick on the time axis: "0", "30 min", "6 h", "2 d". */
export const durationTickLabel = (ms: number): string => (ms === 0 ? '0' : formatDurationShort(ms));

/** The chart's summary for screen readers. */
export function reconnectSummary(data: Reconnect): string {
  return `Median time to reconnect: ${reconnectTime(data.overall.medianMs)} over ${data.overall.count} outages`;
}
