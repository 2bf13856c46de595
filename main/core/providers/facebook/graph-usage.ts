/** Turns Graph's usage headers into what the rate-limit governor needs: the highest usage and any pause asked for. */
import { parseBusinessUseCaseUsage, parsePlatformUsage } from '../../reasons/rate-limit-headers';
import type { RateUsage } from '../rate-limit-governor';

/** Usage reported by one Graph answer's headers, or null when it reported none. */
export function graphUsage(headers: Readonly<Record<string, string>>, now: number): RateUsage | null {
  const values: number[] = [];
  let blockedUntil = 0;
  for (const name of ['x-app-usage', 'x-page-usage']) {
    const usage = parsePlatformUsage(headers[name]);
    if (usage) values.push(...[usage.callCount, usage.totalTime, usage.totalCputime].filter((v): v is number => v !== null));
  }
  for (const entry of parseBusinessUseCaseUsage(headers['x-business-use-case-usage'])) {
    values.push(...[entry.callCount, entry.totalTime, entry.totalCputime].filter((v): v is number => v !== null));
    // estimated_time_to_regain_access is in minutes (facts b.7).
    if (entry.estimatedTimeToRegainAccess) blockedUntil = Math.max(blockedUntil, now + entry.estimatedTimeToRegainAccess * 60_000);
  }
  if (values.length === 0 && blockedUntil === 0) return null;
  return { ...(values.length > 0 ? { percent: Math.max(...values) } : {}), ...(blockedUntil > 0 ? { blockedUntil } : {}) };
}
