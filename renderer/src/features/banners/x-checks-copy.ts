/** The words for X checks' cost and pauses: the app banner and Settings → X checks share them. Pure. */
import type { XChecksStatus } from '../../../../shared/domain/x-checks';
import { eventTime } from '../detail/history-time';

/** "$3.60". */
export function dollars(usd: number): string {
  return `$${usd.toFixed(2)}`;
}

/** "every 30 minutes", "every 1 h 16 min", "every 12 hours". */
export function cadence(minutes: number): string {
  const rounded = Math.round(minutes);
  if (rounded < 60) return `every ${rounded} minutes`;
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (rest === 0) return hours === 1 ? 'every hour' : `every ${hours} hours`;
  return `every ${hours} h ${rest} min`;
}

export interface XPauseCopy {
  readonly title: string;
  readonly body: string;
  /** Where the fix is: X's console (credits, cap), or Settings (the budget). */
  readonly fix: 'console' | 'settings';
}

/** The banner's words when X checks are paused or slowed; null while they run normally. */
export function xPauseCopy(status: XChecksStatus, now: number): XPauseCopy | null {
  if (status.state === 'normal' || status.cause === null) return null;
  const when = status.until === null ? null : eventTime(status.until, now);
  const meanwhile =
    'Your X accounts keep their last status. Tether still renews their logins, which costs nothing, so a login that stops working is still noticed.';
  switch (status.cause) {
    case 'credits_depleted':
      return {
        title: 'X app out of credits: checks paused until you add credits',
        body: `X refuses to read your X accounts until the X app's credits are topped up in X's Developer Console. ${meanwhile}${when ? ` Tether asks X again at ${when}, or when you press Check now.` : ''}`,
        fix: 'console',
      };
    case 'usage_capped':
      return {
        title: `X app over its usage cap: checks paused${when ? ` until ${when}` : ''}`,
        body: `X says the X app reached its usage cap for this period. ${meanwhile} A higher cap is set in X's Developer Console.`,
        fix: 'console',
      };
    case 'budget_reached':
      return {
        title: `X checks paused${when ? ` until ${when}` : ''}: this month's budget is spent`,
        body: `Tether's reads of your X accounts have used the ${status.budgetUsd === null ? 'monthly budget' : `${dollars(status.budgetUsd)} monthly budget`} you set. ${meanwhile} Raise the budget in Settings → X checks to check again now.`,
        fix: 'settings',
      };
    case 'budget_near':
      return {
        title: `X checks slowed to stay within ${status.budgetUsd === null ? 'your budget' : dollars(status.budgetUsd)} this month`,
        body: `At one read a day, your ${status.accounts} X accounts would cost more than the budget before the month ends, so Tether reads each one every ${status.everyDays ?? 2} days${when ? ` until ${when}` : ''}. Between reads it renews their logins for free; a locked or suspended account shows at its next read.`,
        fix: 'settings',
      };
  }
}

/** Settings → X checks: what checks cost, or how the plan's daily limit spaces them. */
export function xCostLine(status: XChecksStatus): string {
  const accounts = `${status.accounts} X ${status.accounts === 1 ? 'account' : 'accounts'}`;
  const every = cadence(status.intervalMinutes);
  switch (status.plan) {
    case 'pay_per_use':
      return `Checking ${accounts} ${every} costs about ${dollars(status.estimateMonthlyUsd ?? 0)} a month. X charges $0.010 for each account's first read of a UTC day; reading it again the same day is free, and renewing a login costs nothing.`;
    case 'capped': {
      const limit = status.dailyLimit ?? 25;
      return `X allows ${limit} reads of each account a day on this plan: Tether checks each of your ${accounts} ${every} (${Math.round(status.readsPerAccountPerDay)} a day) and keeps the rest for Check now and retries.`;
    }
    case 'unlimited':
      return `Not billed per read: Tether checks each of your ${accounts} ${every}.`;
  }
}
