/** Totals one account's raw history per UTC day, from its checks and status changes (see span-rollup.ts). */
import type { Database, Statement } from 'better-sqlite3';
import type { CheckOutcome, RecordedStatus } from '../../../../shared/domain/history-event';
import { effectiveStatus, isUp, statusBefore } from '../status-timeline';
import { DAY_MS, dayStart } from '../utc-day';
import { totalSpan, type CheckSample, type SpanTotals, type UpChange } from './span-rollup';

/** One UTC day's totals for one account. */
export interface DayTotals {
  readonly day: number;
  readonly totals: SpanTotals;
}

interface ChangeRow {
  at: number;
  from_status: RecordedStatus;
  to_status: RecordedStatus;
}

/** Reads raw checks and status changes of one account and totals them per day. */
export class AccountDays {
  private readonly previousCheck: Statement<[number, number, number], { at: number }>;
  private readonly checks: Statement<[number, number, number], { at: number; outcome: CheckOutcome; latency_ms: number }>;
  private readonly lastChangeBefore: Statement<[number, number], ChangeRow>;
  private readonly firstChangeFrom: Statement<[number, number], ChangeRow>;
  private readonly changes: Statement<[number, number, number], ChangeRow>;

  constructor(db: Database) {
    this.previousCheck = db.prepare(`SELECT at FROM events WHERE account_key = ? AND at < ? AND at >= ? AND kind = 'check' ORDER BY at DESC LIMIT 1`);
    this.checks = db.prepare(`SELECT at, outcome, latency_ms FROM events WHERE account_key = ? AND at >= ? AND at < ? AND kind = 'check' ORDER BY at, id`);
    const changes = `SELECT at, from_status, to_status FROM events
      WHERE account_key = ? AND kind = 'status_changed' AND kind <> 'check'`;
    this.lastChangeBefore = db.prepare(`${changes} AND at < ? ORDER BY at DESC, id DESC LIMIT 1`);
    this.firstChangeFrom = db.prepare(`${changes} AND at >= ? ORDER BY at, id LIMIT 1`);
    this.changes = db.prepare(`${changes} AND at >= ? AND at < ? ORDER BY at, id`);
  }

  /**
   * Totals for every UTC day from `fromDay` up to the instant `untilMs` (the last day is partial when `untilMs` is
   * not midnight). Days with neither checks nor observed time are left out.
   */
  totals(accountKey: number, fromDay: number, untilMs: number, horizonMs: number): DayTotals[] {
    const from = dayStart(fromDay);
    if (untilMs <= from) return [];
    const checks: CheckSample[] = this.checks.all(accountKey, from, untilMs).map((r) => ({ at: r.at, outcome: r.outcome, latencyMs: r.latency_ms }));
    const changes: UpChange[] = this.changes.all(accountKey, from, untilMs).map((r) => ({ at: r.at, up: isUp(effectiveStatus(r.from_status, r.to_status)) }));
    let previousCheckAt = this.previousCheck.get(accountKey, from, from - horizonMs)?.at ?? null;
    let upAtStart = this.upAt(accountKey, from);
    const out: DayTotals[] = [];
    let c = 0;
    let s = 0;
    for (let day = fromDay; dayStart(day) < untilMs; day += 1) {
      const start = dayStart(day);
      const end = Math.min(start + DAY_MS, untilMs);
      const c0 = c;
      while (c < checks.length && (checks[c] as CheckSample).at < end) c += 1;
      const s0 = s;
      while (s < changes.length && (changes[s] as UpChange).at < end) s += 1;
      const dayChecks = checks.slice(c0, c);
      const dayChanges = changes.slice(s0, s);
      const totals = totalSpan({ start, end, horizonMs, previousCheckAt, checks: dayChecks, upAtStart, changes: dayChanges });
      if (dayChecks.length > 0 || totals.observedMs > 0) out.push({ day, totals });
      previousCheckAt = dayChecks.at(-1)?.at ?? previousCheckAt;
      upAtStart = dayChanges.at(-1)?.up ?? upAtStart;
    }
    return out;
  }

  /** Whether the account was up at instant `at`, from its status history. */
  upAt(accountKey: number, at: number): boolean {
    const last = this.lastChangeBefore.get(accountKey, at);
    if (last) return isUp(effectiveStatus(last.from_status, last.to_status));
    return isUp(statusBefore(this.firstChangeFrom.get(accountKey, at)?.from_status ?? null));
  }
}
