/**
 * Reads the networks' rate-limit headers: when to try again, and whether a Graph usage header says a limit
 * is spent. Sources: provider-api-facts.md b.7 (Graph) and e (X).
 */
import type { RateLimitScope } from './classification';
import { isObject } from './response-body';

/** One entry of `X-Business-Use-Case-Usage`. */
export interface BusinessUseCaseUsage {
  readonly businessId: string;
  readonly type: string | null;
  readonly callCount: number | null;
  readonly totalTime: number | null;
  readonly totalCputime: number | null;
  /** Minutes, as Graph sends it. */
  readonly estimatedTimeToRegainAccess: number | null;
}

/** `X-App-Usage` / `X-Page-Usage`: percentages of the rolling one-hour allowance. */
export interface PlatformUsage {
  readonly callCount: number | null;
  readonly totalTime: number | null;
  readonly totalCputime: number | null;
}

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

function parseJsonObject(value: string | undefined): Readonly<Record<string, unknown>> | null {
  if (value === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return isObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Parses `X-App-Usage` or `X-Page-Usage`; null when absent or unreadable. */
export function parsePlatformUsage(value: string | undefined): PlatformUsage | null {
  const obj = parseJsonObject(value);
  if (!obj) return null;
  return { callCount: num(obj.call_count), totalTime: num(obj.total_time), totalCputime: num(obj.total_cputime) };
}

/** Parses `X-Business-Use-Case-Usage` into one entry per business object and type. */
export function parseBusinessUseCaseUsage(value: string | undefined): BusinessUseCaseUsage[] {
  const obj = parseJsonObject(value);
  if (!obj) return [];
  const out: BusinessUseCaseUsage[] = [];
  for (const [businessId, entries] of Object.entries(obj)) {
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      if (!isObject(entry)) continue;
      out.push({
        businessId,
        type: typeof entry.type === 'string' ? entry.type : null,
        callCount: num(entry.call_count),
        totalTime: num(entry.total_time),
        totalCputime: num(entry.total_cputime),
        estimatedTimeToRegainAccess: num(entry.estimated_time_to_regain_access),
      });
    }
  }
  return out;
}

const spent = (...percentages: (number | null)[]): boolean => percentages.some((p) => p !== null && p >= 100);

/**
 * Which Graph limit the usage headers say is spent, if any. Used when a response carries no error code
 * (an empty or HTML 403), so the headers are the only structured signal.
 */
export function spentGraphLimit(headers: Readonly<Record<string, string>>): RateLimitScope | null {
  for (const entry of parseBusinessUseCaseUsage(headers['x-business-use-case-usage'])) {
    const regain = entry.estimatedTimeToRegainAccess;
    if ((regain !== null && regain > 0) || spent(entry.callCount, entry.totalTime, entry.totalCputime)) {
      return entry.type === 'pages' ? 'page' : 'business_use_case';
    }
  }
  const app = parsePlatformUsage(headers['x-app-usage']);
  if (app && spent(app.callCount, app.totalTime, app.totalCputime)) return 'app';
  const page = parsePlatformUsage(headers['x-page-usage']);
  if (page && spent(page.callCount, page.totalTime, page.totalCputime)) return 'page';
  return null;
}

const intHeader = (value: string | undefined): number | null => (value !== undefined && /^\s*\d{1,15}\s*$/.test(value) ? Number(value.trim()) : null);

/** An X reset header (epoch seconds) as ms from now, when its `remaining` twin says the limit is spent. */
function xReset(headers: Readonly<Record<string, string>>, prefix: string, now: number, spentIfNoRemaining: boolean): number | null {
  const reset = intHeader(headers[`${prefix}-reset`]);
  if (reset === null) return null;
  const remaining = intHeader(headers[`${prefix}-remaining`]);
  if (remaining === null ? !spentIfNoRemaining : remaining > 0) return null;
  return reset * 1000 - now;
}

/** `Retry-After`: delay seconds or an HTTP date. */
function retryAfterHeader(value: string | undefined, now: number): number | null {
  if (value === undefined) return null;
  const seconds = intHeader(value);
  if (seconds !== null) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : date - now;
}

/**
 * How long to wait before trying again, in ms, from every header that says so; the latest wins, because
 * all spent limits must be free again. Null when no header says. Never negative.
 * - `X-Business-Use-Case-Usage.estimated_time_to_regain_access` is in minutes.
 * - X `x-rate-limit-reset` is epoch seconds; it counts when `x-rate-limit-remaining` is 0 (or absent on a 429).
 *   A 429 with remaining > 0 is another limit (the 24-hour posting limits, or the monthly cap).
 * - X `x-app-limit-24hour-*` and `x-user-limit-24hour-*` count when their remaining is 0.
 * - `Retry-After` in seconds or as an HTTP date.
 */
export function retryAfterFromHeaders(headers: Readonly<Record<string, string>>, status: number | null, now: number): number | null {
  const candidates: number[] = [];
  for (const entry of parseBusinessUseCaseUsage(headers['x-business-use-case-usage'])) {
    if (entry.estimatedTimeToRegainAccess !== null && entry.estimatedTimeToRegainAccess > 0) {
      candidates.push(entry.estimatedTimeToRegainAccess * 60_000);
    }
  }
  for (const value of [
    xReset(headers, 'x-rate-limit', now, status === 429),
    xReset(headers, 'x-app-limit-24hour', now, false),
    xReset(headers, 'x-user-limit-24hour', now, false),
    retryAfterHeader(headers['retry-after'], now),
  ]) {
    if (value !== null && Number.isFinite(value)) candidates.push(value);
  }
  if (candidates.length === 0) return null;
  return Math.max(0, Math.round(Math.max(...candidates)));
}
