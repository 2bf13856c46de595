/**
 * What X checks cost and whether they run: the plan the user stated, the cadence Tether keeps for X, the monthly
 * estimate and spend, and the pause or slow-down X or the budget imposes (for Settings → X checks and the banner).
 */
import { z } from 'zod';
import { X_PLANS } from './settings-choices';
import { X_PAUSE_CAUSES } from './x-checks-choices';

export { X_PAUSE_CAUSES, X_DEVELOPER_CONSOLE_URL, type XPauseCause } from './x-checks-choices';

export const XChecksStatusSchema = z
  .object({
    plan: z.enum(X_PLANS),
    /** X accounts Tether checks. */
    accounts: z.number().int().nonnegative(),
    /** Minutes between two checks of one X account: the user's interval, or longer when the plan needs it. */
    intervalMinutes: z.number().positive(),
    /** GET /2/users/me requests per X account per day at that cadence. */
    readsPerAccountPerDay: z.number().nonnegative(),
    /** A capped plan's GET /2/users/me limit per user per 24 hours; null on other plans. */
    dailyLimit: z.number().int().positive().nullable(),
    /** What X checks cost per month at this cadence and number of accounts (pay-per-use); null when not billed per read. */
    estimateMonthlyUsd: z.number().nonnegative().nullable(),
    /** What Tether's own reads cost so far this calendar month (UTC), by its own count; null when not billed per read. */
    spentThisMonthUsd: z.number().nonnegative().nullable(),
    budgetUsd: z.number().positive().nullable(),
    state: z.enum(['normal', 'slowed', 'paused']),
    cause: z.enum(X_PAUSE_CAUSES).nullable(),
    /** Epoch ms: when a pause ends or the next try is, when Tether knows. */
    until: z.number().int().nonnegative().nullable(),
    /** While slowed: each X account is read once every this many days. */
    everyDays: z.number().int().positive().nullable(),
  })
  .strict();
export type XChecksStatus = z.infer<typeof XChecksStatusSchema>;
