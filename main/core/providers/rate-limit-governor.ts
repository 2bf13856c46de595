/**
 * Keeps checks far inside each network's limits: it remembers the usage the network last reported and turns it
 * into a slow-down factor for intervals, and into a hard "not before" time after a limit was hit. Graph's limits
 * are a rolling hour per app; X's are per user and per day, and per dollar on pay-per-use, so the X side lives in
 * its own planner (`x`, twitter/x-quota.ts).
 */
import type { ProviderId } from '../../../shared/domain/provider-id';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { XQuota } from './twitter/x-quota';

/** What one request told us about the caller's standing with the network. */
export interface RateUsage {
  /** Highest usage percentage reported (X-App-Usage / X-Business-Use-Case-Usage), 0–100+. */
  readonly percent?: number;
  /** Epoch ms before which the network asked us not to call (x-rate-limit-reset, estimated_time_to_regain_access). */
  readonly blockedUntil?: number;
  /** Requests left in the current window (x-rate-limit-remaining) and its size. */
  readonly remaining?: number;
  readonly limit?: number;
}

interface NetworkState {
  percent: number;
  /** When `percent` was reported: a pause for high usage counts from then, not from now. */
  percentAt: number;
  blockedUntil: number;
}

/** Graph usage is a rolling hour: near the ceiling, give it a quarter of that to drain. */
export const HIGH_USAGE_PAUSE_MS = 15 * 60_000;

/** Usage from this percentage on stretches intervals; above the ceiling checks pause until the network recovers. */
export const SLOW_DOWN_FROM_PERCENT = 50;
export const PAUSE_FROM_PERCENT = 90;

export interface GovernorOptions {
  /** The X planner; default: one with an in-memory ledger, the default plan and no X accounts known. */
  readonly x?: XQuota;
}

export class RateLimitGovernor {
  private readonly networks = new Map<ProviderId, NetworkState>();
  /** X's per-user daily caps, credits and budget. */
  readonly x: XQuota;

  constructor(options: GovernorOptions = {}) {
    this.x =
      options.x ??
      new XQuota({
        clock: { now: () => Date.now() },
        settings: () => ({ ...DEFAULT_SETTINGS.xChecks, checkIntervalMinutes: DEFAULT_SETTINGS.checkIntervalMinutes }),
        accounts: () => [],
      });
  }

  private state(network: ProviderId): NetworkState {
    let s = this.networks.get(network);
    if (!s) {
      s = { percent: 0, percentAt: 0, blockedUntil: 0 };
      this.networks.set(network, s);
    }
    return s;
  }

  /** Records what a response reported at `now`. */
  observe(network: ProviderId, usage: RateUsage, now: number): void {
    const s = this.state(network);
    let percent = usage.percent;
    if (usage.remaining !== undefined && usage.limit !== undefined && usage.limit > 0) {
      percent = Math.max(percent ?? 0, 100 * (1 - usage.remaining / usage.limit));
    }
    if (percent !== undefined) {
      s.percent = percent;
      s.percentAt = now;
    }
    if (usage.blockedUntil !== undefined) s.blockedUntil = Math.max(s.blockedUntil, usage.blockedUntil);
  }

  /** How much longer than usual to wait between checks: 1 when usage is low, up to 8 near the limit. */
  intervalFactor(network: ProviderId): number {
    const { percent } = this.state(network);
    if (percent < SLOW_DOWN_FROM_PERCENT) return 1;
    return Math.min(8, 1 + ((percent - SLOW_DOWN_FROM_PERCENT) / (100 - SLOW_DOWN_FROM_PERCENT)) * 7);
  }

  /** The shortest time between two scheduled checks of one grant of this network (0: the user's interval rules). */
  minIntervalMs(network: ProviderId): number {
    return network === 'twitter' ? this.x.minIntervalMs() : 0;
  }

  /** Epoch ms before which no check of this network should start (0 when free to go). */
  notBefore(network: ProviderId, now: number): number {
    const s = this.state(network);
    const usagePause = s.percent >= PAUSE_FROM_PERCENT ? s.percentAt + HIGH_USAGE_PAUSE_MS : 0;
    const until = Math.max(s.blockedUntil, usagePause);
    return until > now ? until : 0;
  }

  /** The last usage percentage seen (for diagnostics and the closing figures). */
  usagePercent(network: ProviderId): number {
    return this.state(network).percent;
  }
}
