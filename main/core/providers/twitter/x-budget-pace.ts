/**
 * Paces paid X reads to a monthly budget. On pay-per-use an X account costs one User read per UTC day it is read
 * (x-pricing.ts 1 and 3), so spending is a count of account-days. Near the budget, each account is read every
 * few days instead of daily (its grant is still proven alive by free token refreshes in between); at the budget,
 * no new paid day starts until the next month.
 */
import { USER_READ_MICROS, utcDaysLeftInMonth } from './x-pricing';

/** Budget kept back for X's "soft" deduplication: a repeat read X bills anyway doesn't break the cap. */
export const BUDGET_HEADROOM = 0.05;

export interface PaceInput {
  readonly budgetMicros: number;
  /** Paid so far this month. */
  readonly spentMicros: number;
  /** X accounts checked. */
  readonly accounts: number;
  /** Of them, how many were already paid for today (more reads of them today are free). */
  readonly paidToday: number;
  readonly now: number;
}

/** `every`: read each account once every this many days; `reached`: no new paid day this month. */
export type Pace = { readonly kind: 'every'; readonly days: number } | { readonly kind: 'reached' };

/** How often each account may take a paid read for the rest of the month. */
export function budgetPace(input: PaceInput): Pace {
  const usable = input.budgetMicros * (1 - BUDGET_HEADROOM) - input.spentMicros;
  const affordable = Math.floor(usable / USER_READ_MICROS);
  if (affordable < 1) return { kind: 'reached' };
  const needed = input.accounts * utcDaysLeftInMonth(input.now) - input.paidToday;
  if (needed <= affordable) return { kind: 'every', days: 1 };
  return { kind: 'every', days: Math.ceil(needed / affordable) };
}
