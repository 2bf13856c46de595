/** Reads X's `x-rate-limit-*` headers into what the rate-limit governor needs. */
import type { RateUsage } from '../rate-limit-governor';

/** Usage reported by one X answer, or null. `x-rate-limit-reset` is epoch seconds (facts e). */
export function xUsage(headers: Readonly<Record<string, string>>, status: number): RateUsage | null {
  const limit = Number(headers['x-rate-limit-limit']);
  const remaining = Number(headers['x-rate-limit-remaining']);
  const reset = Number(headers['x-rate-limit-reset']);
  const usage: { remaining?: number; limit?: number; blockedUntil?: number } = {};
  if (Number.isFinite(limit) && Number.isFinite(remaining) && headers['x-rate-limit-limit'] !== undefined) {
    usage.limit = limit;
    usage.remaining = remaining;
  }
  // A window spent (429, or nothing left): wait for its reset.
  if (Number.isFinite(reset) && reset > 0 && (status === 429 || usage.remaining === 0)) usage.blockedUntil = reset * 1000;
  return Object.keys(usage).length > 0 ? usage : null;
}
