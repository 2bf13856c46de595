/**
 * Uptime per account, shaped for uPlot's horizontal bars: one category per account (lowest first), and two
 * series, below 95% (bad) and 95% or more (ok), each null where the other holds the account's bar.
 */
import type { HistoryOverview } from '../../../../shared/domain/history-overview';
import type { AccountId } from '../../../../shared/domain/ids';
import { PROVIDER_NAMES } from '../../../../shared/domain/providers';

type Uptime = HistoryOverview['uptime'];
type Lowest = Uptime['lowest'];
/** An account's name, when the renderer knows it. */
export type NameOf = (id: AccountId) => string | undefined;

/** Below this share of the time, an account's uptime counts as bad. */
export const UPTIME_BAD_BELOW = 0.95;

/** "93.3%", "100%", "0%"; "nothing observed" when there was no observed time. */
export function uptimeFigure(uptime: number | null): string {
  if (uptime === null) return 'nothing observed';
  return `${(uptime * 100).toFixed(uptime >= 0.999 || uptime === 0 ? 0 : 1)}%`;
}

/** An account as a category label: its name, cut at `max` characters, and its network. */
export function accountLabel(name: string, provider: Lowest[number]['provider'], max = 24): string {
  const cut = name.length > max ? `${name.slice(0, max - 1)}…` : name;
  return `${cut} (${PROVIDER_NAMES[provider]})`;
}

export interface UptimeBars {
  /** Category positions, 0 for the lowest. */
  readonly x: number[];
  readonly labels: string[];
  /** Uptime in percent per account, in the series it belongs to; null in the other. */
  readonly bad: Array<number | null>;
  readonly ok: Array<number | null>;
}

/** The bars, lowest uptime first. */
export function uptimeBars(lowest: Lowest, nameOf: NameOf): UptimeBars {
  return {
    x: lowest.map((_, i) => i),
    labels: lowest.map((a) => accountLabel(nameOf(a.accountId) ?? a.accountId, a.provider)),
    bad: lowest.map((a) => (a.uptime < UPTIME_BAD_BELOW ? a.uptime * 100 : null)),
    ok: lowest.map((a) => (a.uptime < UPTIME_BAD_BELOW ? null : a.uptime * 100)),
  };
}

/** The chart's summary for screen readers: "Lowest uptime: Harbor Bakery 93.3%, …" (the three lowest). */
export function uptimeSummary(lowest: Lowest, nameOf: NameOf): string {
  return `Lowest uptime: ${lowest
    .slice(0, 3)
    .map((a) => `${nameOf(a.accountId) ?? a.accountId} ${uptimeFigure(a.uptime)}`)
    .join(', ')}`;
}
