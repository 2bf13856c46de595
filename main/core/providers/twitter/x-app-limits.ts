/**
 * X answers that speak about the developer app or the plan, not about the account that asked: they never become
 * a verdict on an account. Kept beside the X provider (the classifier in main/core/reasons reads them as a
 * rate limit or as "not a disconnect", which would still mark each account unverified one by one).
 * - 402 Payment Required, `https://api.x.com/2/problems/credits-depleted`: the pay-per-use credits are spent. No
 *   X document shows the body; it is from a public capture (koala73/worldmonitor PR #7156, 2026-08-25), where
 *   x-rate-limit-remaining stayed high. Any 402 from X is read this way: X documents no other.
 * - 429 with type `…/2/problems/usage-capped` (title UsageCapExceeded, `period: "Monthly"`): a usage cap until the
 *   next period (xdevplatform/xdk#25; X's response-codes page lists `usage-capped`, "Usage cap exceeded").
 * - 429 whose x-rate-limit-reset is more than an hour away: the plan's daily per-user limit is spent (Free:
 *   25 GET /2/users/me per user per 24 hours). It lifts at the reset; the account has done nothing wrong.
 */
import type { Classification } from '../../reasons/classification';
import type { ProviderResponse } from '../../reasons/provider-response';
import { isObject, stringField } from '../../reasons/response-body';
import { fieldClassification } from '../field-classification';
import { nextUtcMonthStart, DAILY_WINDOW_FROM_MS } from './x-pricing';
import { PROBE_EVERY_MS, type XDeferCause } from './x-quota';

export type XAppLimit =
  | { readonly scope: 'app'; readonly cause: 'credits_depleted' | 'usage_capped'; readonly until: number | null }
  | { readonly scope: 'user'; readonly cause: Extract<XDeferCause, 'daily_limit'>; readonly until: number };

function problemType(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    return isObject(parsed) ? stringField(parsed, 'type') : null;
  } catch {
    return null;
  }
}

/** The app- or plan-level limit an X answer reports, or null when the answer is about the account or a blip. */
export function xAppLimit(answer: ProviderResponse, now: number): XAppLimit | null {
  if (answer.status === 402) return { scope: 'app', cause: 'credits_depleted', until: null };
  if (answer.status !== 429) return null;
  if (/\/2\/problems\/usage-capped$/.test(problemType(answer.body) ?? '')) {
    // The cap's period ends with X's billing cycle, whose day Tether can't read: the next month is a guess (UNVERIFIED).
    return { scope: 'app', cause: 'usage_capped', until: nextUtcMonthStart(now) };
  }
  const reset = Number(answer.headers['x-rate-limit-reset']);
  if (Number.isFinite(reset) && reset * 1000 - now > DAILY_WINDOW_FROM_MS) return { scope: 'user', cause: 'daily_limit', until: reset * 1000 };
  return null;
}

/** When a deferred check comes back: the limit's own end, and for an app-wide pause no later than the next probe. */
export function deferUntil(limit: XAppLimit, now: number): number {
  return limit.scope === 'app' ? Math.min(limit.until ?? Infinity, now + PROBE_EVERY_MS) : limit.until;
}

const DEFER_MESSAGES: Readonly<Record<XDeferCause, string>> = {
  credits_depleted: 'X answered 402: the X app is out of credits (add credits in X’s Developer Console)',
  usage_capped: 'X answered 429 usage-capped: the X app reached its usage cap for this period',
  budget_reached: 'Tether paused X checks: this month’s budget for X is spent',
  budget_near: 'Tether slowed X checks to stay within this month’s budget for X',
  daily_limit: 'X’s daily limit for this account is spent',
};

/**
 * What a flow that can't wait (connecting an account) reports for a deferred X answer: a rate limit, never a
 * disconnection, with the cause in words.
 */
export function deferredClassification(cause: XDeferCause): Classification {
  return { ...fieldClassification('rate_limited', DEFER_MESSAGES[cause]), rateLimit: cause === 'daily_limit' ? 'window' : 'monthly_cap' };
}
