/**
 * The X side of the rate-limit governor: whether an X account's next GET /2/users/me may go out now, how far apart
 * X checks must be, and what they cost. It learns the budget from X itself (each answer's x-rate-limit-* headers,
 * the 402 "credits depleted" and 429 "usage-capped" problems) and from the plan and monthly budget the user states
 * in Settings. Out of credits or capped is the app's problem: reads pause for every X account at once and the
 * accounts keep their status. See x-pricing.ts for the evidence behind each rule.
 */
import type { Clock } from '../../kernel/clock';
import type { XPlanChoice } from '../../../../shared/domain/settings-choices';
import type { XChecksStatus, XPauseCause } from '../../../../shared/domain/x-checks';
import { budgetPace, type Pace } from './x-budget-pace';
import { MemoryXLedger, type XLedger } from './x-ledger';
import { DAY_MS, DEFAULT_DAILY_USERS_ME_LIMIT, DAILY_WINDOW_FROM_MS, USER_READ_MICROS, nextUtcMonthStart, usd, utcDay, utcMonthStart } from './x-pricing';

/** Why one read may not go out now: an app-wide pause, or this account's daily cap. */
export type XDeferCause = XPauseCause | 'daily_limit';

export type ReadPermit = { readonly ok: true } | { readonly ok: false; readonly until: number; readonly cause: XDeferCause };

export interface XQuotaSettings {
  readonly plan: XPlanChoice;
  readonly monthlyBudgetUsd: number | null;
  readonly checkIntervalMinutes: number;
}

export interface XQuotaDeps {
  readonly clock: Clock;
  /** Default: in memory. The app passes the database's, shared with other processes on the data folder. */
  readonly ledger?: XLedger;
  settings(): XQuotaSettings;
  /** The X user ids of the X accounts Tether checks. */
  accounts(): readonly string[];
}

/** While X refuses for want of credits or over its cap, one read (free: an error costs nothing) tries again this often. */
export const PROBE_EVERY_MS = 3 * 3_600_000;

/** Of a capped plan's daily requests, the share kept for confirmations, wake-ups and "Check now". */
export const DAILY_RESERVE_SHARE = 0.2;

interface AppBlock {
  readonly cause: Extract<XPauseCause, 'credits_depleted' | 'usage_capped'>;
  /** When the pause ends by itself (a monthly cap), if known. */
  readonly until: number | null;
  nextProbeAt: number;
}

interface DailyWindow {
  readonly limit: number;
  readonly remaining: number;
  readonly resetAt: number;
}

const OK: ReadPermit = { ok: true };

const intHeader = (value: string | undefined): number | null => (value !== undefined && /^\s*\d{1,15}\s*$/.test(value) ? Number(value) : null);

/** Requests of a daily limit kept back from scheduled checks. */
export function dailyReserve(limit: number): number {
  return Math.min(limit - 1, Math.max(2, Math.ceil(limit * DAILY_RESERVE_SHARE)));
}

export class XQuota {
  readonly ledger: XLedger;
  private block: AppBlock | null = null;
  private readonly windows = new Map<string, DailyWindow>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly deps: XQuotaDeps) {
    this.ledger = deps.ledger ?? new MemoryXLedger();
  }

  /** Calls `listener` whenever the status may have changed; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** Reads an answer's x-rate-limit-* headers: a window that resets more than an hour away is the user's daily cap. */
  observeWindow(xUserId: string, headers: Readonly<Record<string, string>>, now: number): void {
    const limit = intHeader(headers['x-rate-limit-limit']);
    const remaining = intHeader(headers['x-rate-limit-remaining']);
    const reset = intHeader(headers['x-rate-limit-reset']);
    if (limit === null || remaining === null || reset === null || limit < 1) return;
    if (reset * 1000 - now <= DAILY_WINDOW_FROM_MS) return;
    this.windows.set(xUserId, { limit, remaining, resetAt: reset * 1000 });
  }

  /** One GET /2/users/me went out for the user. */
  recordRequest(xUserId: string, now: number): void {
    this.ledger.recordRequest(xUserId, now);
  }

  /** The user's read succeeded: X bills it unless that UTC day is already paid, and credits are evidently there. */
  recordRead(xUserId: string, now: number): void {
    let changed = false;
    if (this.deps.settings().plan === 'pay_per_use') changed = this.ledger.recordPaidRead(xUserId, utcDay(now), USER_READ_MICROS, now);
    if (this.block) {
      this.block = null;
      changed = true;
    }
    if (changed) this.changed();
  }

  /** X refused a request for the whole app: out of credits (402) or over its usage cap (429 usage-capped). */
  blockApp(cause: AppBlock['cause'], now: number, until: number | null = null): void {
    const nextProbeAt = Math.min(until ?? Infinity, now + PROBE_EVERY_MS);
    this.block = { cause, until, nextProbeAt };
    this.changed();
  }

  /** Whether a read of this user may go out now. A manual check may probe a pause and use a daily reserve. */
  readPermit(xUserId: string, now: number, manual: boolean): ReadPermit {
    const block = this.block;
    if (block && block.until !== null && now >= block.until) {
      this.block = null;
      this.changed();
    } else if (block) {
      if (!manual && now < block.nextProbeAt) return { ok: false, until: block.nextProbeAt, cause: block.cause };
      // This read is the probe: the next one waits for the next period.
      block.nextProbeAt = Math.min(block.until ?? Infinity, now + PROBE_EVERY_MS);
      return OK;
    }
    const settings = this.deps.settings();
    switch (settings.plan) {
      case 'capped':
        return this.cappedPermit(xUserId, now, manual);
      case 'pay_per_use':
        return settings.monthlyBudgetUsd === null ? OK : this.budgetPermit(xUserId, now, manual, settings.monthlyBudgetUsd);
      case 'unlimited':
        return OK;
    }
  }

  /** The daily limit X reported for the user, or the Free tier's until it has. */
  private dailyLimit(xUserId: string): number {
    return this.windows.get(xUserId)?.limit ?? DEFAULT_DAILY_USERS_ME_LIMIT;
  }

  private cappedPermit(xUserId: string, now: number, manual: boolean): ReadPermit {
    const limit = this.dailyLimit(xUserId);
    const reserve = dailyReserve(limit);
    const window = this.windows.get(xUserId);
    if (window && window.resetAt > now && window.remaining <= (manual ? 0 : reserve)) return { ok: false, until: window.resetAt, cause: 'daily_limit' };
    const cap = manual ? limit : limit - reserve;
    const sent = this.ledger.requestsSince(xUserId, now - DAY_MS);
    // Free again once enough of the oldest requests have left the last 24 hours.
    const freedBy = sent[sent.length - cap];
    if (sent.length >= cap && freedBy !== undefined) return { ok: false, until: freedBy + DAY_MS + 1, cause: 'daily_limit' };
    return OK;
  }

  private budgetPermit(xUserId: string, now: number, manual: boolean, budgetUsd: number): ReadPermit {
    const today = utcDay(now);
    // A repeat read the same UTC day is deduplicated: free.
    if (this.ledger.paidOn(xUserId, today)) return OK;
    const pace = this.pace(now, budgetUsd);
    if (pace.kind === 'reached') return { ok: false, until: nextUtcMonthStart(now), cause: 'budget_reached' };
    if (pace.days === 1 || manual) return OK;
    const last = this.ledger.lastPaidDay(xUserId);
    const dueAt = last === null ? now : Date.parse(`${last}T00:00:00Z`) + pace.days * DAY_MS;
    return dueAt <= now ? OK : { ok: false, until: dueAt, cause: 'budget_near' };
  }

  private pace(now: number, budgetUsd: number): Pace {
    const accounts = this.deps.accounts();
    const today = utcDay(now);
    return budgetPace({
      budgetMicros: Math.round(budgetUsd * 1_000_000),
      spentMicros: this.ledger.spentSince(utcMonthStart(now)),
      accounts: accounts.length,
      paidToday: accounts.filter((id) => this.ledger.paidOn(id, today)).length,
      now,
    });
  }

  /** The smallest daily limit X reported for any user, or the Free tier's until it has. */
  private knownDailyLimit(): number {
    const limits = [...this.windows.values()].map((w) => w.limit);
    return limits.length > 0 ? Math.min(...limits) : DEFAULT_DAILY_USERS_ME_LIMIT;
  }

  /** The shortest time between two scheduled checks of one X account: a capped plan's day spread over its reads. */
  minIntervalMs(): number {
    if (this.deps.settings().plan !== 'capped') return 0;
    const limit = this.knownDailyLimit();
    const scheduled = limit - dailyReserve(limit);
    // One read fewer than the scheduled share, so jitter never pushes a day's checks over it.
    return Math.ceil(DAY_MS / Math.max(1, scheduled - 1));
  }

  /** What Settings and the banner show. */
  status(now: number): XChecksStatus {
    const settings = this.deps.settings();
    const accounts = this.deps.accounts().length;
    const intervalMinutes = Math.max(settings.checkIntervalMinutes, this.minIntervalMs() / 60_000);
    const readsPerAccountPerDay = (24 * 60) / intervalMinutes;
    const payPerUse = settings.plan === 'pay_per_use';
    let state: XChecksStatus['state'] = 'normal';
    let cause: XPauseCause | null = null;
    let until: number | null = null;
    let everyDays: number | null = null;
    if (this.block) {
      state = 'paused';
      cause = this.block.cause;
      until = this.block.nextProbeAt;
    } else if (payPerUse && settings.monthlyBudgetUsd !== null) {
      const pace = this.pace(now, settings.monthlyBudgetUsd);
      if (pace.kind === 'reached') [state, cause, until] = ['paused', 'budget_reached', nextUtcMonthStart(now)];
      else if (pace.days > 1) [state, cause, until, everyDays] = ['slowed', 'budget_near', nextUtcMonthStart(now), pace.days];
    }
    // X bills an account at most once per UTC day (deduplication): one paid read per day it is read.
    const paidDaysPerMonth = (30 * Math.min(1, readsPerAccountPerDay)) / (everyDays ?? 1);
    const estimate = usd(accounts * paidDaysPerMonth * USER_READ_MICROS);
    const capped = settings.monthlyBudgetUsd === null ? estimate : Math.min(estimate, settings.monthlyBudgetUsd);
    return {
      plan: settings.plan,
      accounts,
      intervalMinutes: Math.round(intervalMinutes * 10) / 10,
      readsPerAccountPerDay: Math.round(readsPerAccountPerDay * 10) / 10,
      dailyLimit: settings.plan === 'capped' ? this.knownDailyLimit() : null,
      estimateMonthlyUsd: payPerUse ? Math.round(capped * 100) / 100 : null,
      spentThisMonthUsd: payPerUse ? usd(this.ledger.spentSince(utcMonthStart(now))) : null,
      budgetUsd: settings.monthlyBudgetUsd,
      state,
      cause,
      until,
      everyDays,
    };
  }
}
