/**
 * Real per-token rate counters. Graph: rolling one-hour windows per app, user and Page, reported as the
 * percentages of X-App-Usage / X-Business-Use-Case-Usage (provider-api-facts.md §b.7). X: fixed 15-minute
 * windows per user and endpoint, reported in x-rate-limit-* headers (§e), and on a capped plan fixed 24-hour
 * windows per user ("25 24 hours per user", developer.x.com rate-limits page). That a 24-hour window starts at
 * the first request and ends at its `x-rate-limit-reset`, as the 15-minute ones do, is UNVERIFIED.
 */
import type { World } from '../world/world.schema';

const HOUR_MS = 60 * 60 * 1000;
const X_WINDOW_MS = 15 * 60 * 1000;
const X_DAY_WINDOW_MS = 24 * HOUR_MS;

/** The three percentages Graph reports. */
export interface UsagePercent {
  readonly call_count: number;
  readonly total_time: number;
  readonly total_cputime: number;
}

/** One Graph bucket after counting a call. */
export interface GraphBucketUsage {
  readonly percent: UsagePercent;
  readonly exceeded: boolean;
  /** Minutes until the bucket is under its limit again (Graph reports minutes). */
  readonly regainMinutes: number;
}

/** One X window after counting a call. */
export interface XWindowUsage {
  readonly limit: number;
  readonly remaining: number;
  /** Epoch seconds at which the window resets. */
  readonly reset: number;
  readonly exceeded: boolean;
}

/** A snapshot for the control API. */
export interface UsageSnapshot {
  readonly graph: Record<string, { callsLastHour: number; limit: number }>;
  readonly x: Record<string, { used: number; limit: number; resetsAt: number }>;
}

/** Every rate counter of one simulator. */
export class UsageCounters {
  private readonly graph = new Map<string, { limit: number; calls: number[] }>();
  private readonly x = new Map<string, { limit: number; start: number; count: number; windowMs: number }>();

  constructor(private readonly limits: World['limits']) {}

  /** Counts one call in a Graph bucket ("app", "user:<id>", "page:<id>") and reports its usage. */
  countGraph(bucket: string, now: number): GraphBucketUsage {
    const limit = this.graphLimit(bucket);
    const entry = this.graph.get(bucket) ?? { limit, calls: [] };
    entry.calls = entry.calls.filter((t) => t > now - HOUR_MS);
    entry.calls.push(now);
    this.graph.set(bucket, entry);
    const count = entry.calls.length;
    const callPct = Math.floor((count * 100) / limit);
    // Time and CPU are not simulated; they track the call share, as they roughly do for light reads.
    const percent = { call_count: callPct, total_time: Math.floor(callPct * 0.6), total_cputime: Math.floor(callPct * 0.4) };
    const exceeded = count > limit;
    const oldestToDrop = entry.calls[count - limit - 1];
    const regainMinutes = exceeded && oldestToDrop !== undefined ? Math.max(1, Math.ceil((oldestToDrop + HOUR_MS - now) / 60000)) : 0;
    return { percent, exceeded, regainMinutes };
  }

  /** Counts one X call for a user and endpoint in its 15-minute window. */
  countX(xUserId: string, endpoint: 'users/me', now: number): XWindowUsage {
    return this.countXWindow(`${xUserId} ${endpoint}`, this.limits.x.usersMePer15Min, X_WINDOW_MS, now);
  }

  /** Counts one X call for a user and endpoint in its 24-hour window (a capped plan's daily limit). */
  countXDaily(xUserId: string, endpoint: 'users/me', limit: number, now: number): XWindowUsage {
    return this.countXWindow(`${xUserId} ${endpoint} 24h`, limit, X_DAY_WINDOW_MS, now);
  }

  private countXWindow(key: string, limit: number, windowMs: number, now: number): XWindowUsage {
    let entry = this.x.get(key);
    if (!entry || now >= entry.start + entry.windowMs) entry = { limit, start: now, count: 0, windowMs };
    entry.count += 1;
    this.x.set(key, entry);
    return {
      limit,
      remaining: Math.max(0, limit - entry.count),
      reset: Math.ceil((entry.start + windowMs) / 1000),
      exceeded: entry.count > limit,
    };
  }

  /** The current counts, for tests and the demo. */
  snapshot(now: number): UsageSnapshot {
    const graph: UsageSnapshot['graph'] = {};
    for (const [bucket, entry] of this.graph) {
      graph[bucket] = { callsLastHour: entry.calls.filter((t) => t > now - HOUR_MS).length, limit: entry.limit };
    }
    const x: UsageSnapshot['x'] = {};
    for (const [key, entry] of this.x) {
      if (now < entry.start + entry.windowMs) x[key] = { used: entry.count, limit: entry.limit, resetsAt: entry.start + entry.windowMs };
    }
    return { graph, x };
  }

  reset(): void {
    this.graph.clear();
    this.x.clear();
  }

  private graphLimit(bucket: string): number {
    const g = this.limits.graph;
    if (bucket.startsWith('page:')) return g.pageCallsPerHour;
    if (bucket.startsWith('user:')) return g.userCallsPerHour;
    return g.appCallsPerHour;
  }
}
