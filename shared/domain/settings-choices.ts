/**
 * The settings' fixed choices and bounds, as plain values. No zod here: the renderer's Settings screen imports
 * this, and the schema (settings.ts) would pull the validator into the window's startup.
 */

import type { ExpiryThreshold } from './history-event';

/** Kinds of notification the user can switch on or off one by one. */
export const NOTIFICATION_KINDS = ['disconnection', 'expiring', 'cannot_verify', 'reconnected'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * How long before a login's access ends Tether warns (design.md §1). The same ids as the history's expiry
 * thresholds (shared/domain/history-event.ts); each can be switched off. Other lead times would need the history
 * table's CHECK on `threshold` widened, a rebuild of the events table.
 */
export const EXPIRY_LEAD_TIMES = ['7d', '1d', '1h'] as const satisfies readonly ExpiryThreshold[];
export type ExpiryLeadTime = (typeof EXPIRY_LEAD_TIMES)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Bounds of the check interval, in minutes (5 minutes to one day). */
export const CHECK_INTERVAL_MINUTES = { min: 5, max: 1440 } as const;
/** Bounds of the raw check retention, in days. */
export const RETENTION_DAYS = { min: 1, max: 3650 } as const;

/** The default callback port; any free port works once it is registered in the X app. */
export const DEFAULT_X_CALLBACK_PORT = 53682;

/**
 * How the user's X developer app is billed or capped, as they state it in Settings → X checks:
 * `pay_per_use` (X's default: credits, $0.010 per user read, one charge per user per UTC day), `capped` (a legacy
 * tier with per-user 24-hour limits, e.g. Free: 25 GET /2/users/me per user per day) or `unlimited` (no per-read
 * bill and no daily cap, e.g. an Enterprise contract).
 */
export const X_PLANS = ['pay_per_use', 'capped', 'unlimited'] as const;
export type XPlanChoice = (typeof X_PLANS)[number];

/** Bounds of the monthly budget for X checks, in US dollars. */
export const X_MONTHLY_BUDGET_USD = { min: 0.01, max: 100_000 } as const;
