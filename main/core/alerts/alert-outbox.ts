/**
 * The alerts waiting for the team channel, in SQLite so they survive a restart: due ones in order, failures
 * rescheduled, given-up ones kept a few days for Settings and the banner to report, and at most MAX_WAITING at once.
 */
import type { Database, Statement } from 'better-sqlite3';
import { parseAlertMessage, type AlertMessage } from './alert-message';
import { MAX_WAITING } from './retry-schedule';

/** How long given-up alerts are remembered. */
export const GAVE_UP_KEPT_MS = 7 * 24 * 3_600_000;

export interface OutboxEntry {
  readonly id: number;
  readonly createdAt: number;
  readonly attempts: number;
  /** Null when the stored words could not be read back; such an entry is dropped. */
  readonly message: AlertMessage | null;
}

interface Row {
  id: number;
  created_at: number;
  attempts: number;
  message: string;
}

export interface OutboxCounts {
  readonly waiting: number;
  readonly gaveUp: number;
  /** When the latest alert was given up on, for the banner's identity, and why. */
  readonly lastGaveUpAt: number | null;
  readonly lastGaveUpProblem: string | null;
  readonly lastDeliveredAt: number | null;
  readonly lastProblem: string | null;
}

export class AlertOutbox {
  private readonly insert: Statement<[number, string, number]>;
  private readonly due: Statement<[number], Row>;
  private readonly nextDue: Statement<[], { at: number | null }>;
  private readonly remove: Statement<[number]>;
  private readonly reschedule: Statement<[number, string, number]>;
  private readonly giveUp: Statement<[number, string, number]>;
  private readonly oldestWaiting: Statement<[number], { id: number }>;

  constructor(private readonly db: Database) {
    this.insert = db.prepare('INSERT INTO alert_outbox (created_at, message, next_attempt_at) VALUES (?, ?, ?)');
    this.due = db.prepare(
      'SELECT id, created_at, attempts, message FROM alert_outbox WHERE gave_up_at IS NULL AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 20',
    );
    this.nextDue = db.prepare('SELECT MIN(next_attempt_at) AS at FROM alert_outbox WHERE gave_up_at IS NULL');
    this.remove = db.prepare('DELETE FROM alert_outbox WHERE id = ?');
    this.reschedule = db.prepare('UPDATE alert_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_problem = ? WHERE id = ?');
    this.giveUp = db.prepare('UPDATE alert_outbox SET attempts = attempts + 1, gave_up_at = ?, last_problem = ? WHERE id = ?');
    this.oldestWaiting = db.prepare('SELECT id FROM alert_outbox WHERE gave_up_at IS NULL ORDER BY created_at, id LIMIT ?');
  }

  /** Queues an alert, due now. When too many wait, the oldest are given up on. Returns how many were dropped. */
  add(message: AlertMessage, now: number): number {
    return this.db.transaction(() => {
      this.insert.run(message.at, JSON.stringify(message), now);
      const excess = this.counts(now).waiting - MAX_WAITING;
      if (excess <= 0) return 0;
      for (const { id } of this.oldestWaiting.all(excess)) this.giveUp.run(now, 'too many alerts were waiting; the oldest was dropped', id);
      return excess;
    })();
  }

  /** The alerts due at `now`, oldest first (a few at a time). */
  dueAt(now: number): OutboxEntry[] {
    return this.due.all(now).map((r) => ({ id: r.id, createdAt: r.created_at, attempts: r.attempts, message: parseAlertMessage(r.message) }));
  }

  /** The earliest moment an alert is due, or null when none waits. */
  nextDueAt(): number | null {
    return this.nextDue.get()?.at ?? null;
  }

  /** The channel took it: forget it, and remember the success. */
  delivered(id: number, now: number): void {
    this.db.transaction(() => {
      this.remove.run(id);
      this.db.prepare('UPDATE alert_channel SET last_delivered_at = ?, last_problem = NULL WHERE id = 1').run(now);
    })();
  }

  /** Another try at `at`. */
  retryAt(id: number, at: number, problem: string): void {
    this.db.transaction(() => {
      this.reschedule.run(at, problem, id);
      this.noteProblem(problem);
    })();
  }

  /** Stops trying. */
  gaveUp(id: number, now: number, problem: string): void {
    this.db.transaction(() => {
      this.giveUp.run(now, problem, id);
      this.noteProblem(problem);
    })();
  }

  /** Drops an entry whose words can't be read. */
  drop(id: number): void {
    this.remove.run(id);
  }

  /** Forgets every waiting alert (the webhook was removed: there is nowhere to send them). */
  clearWaiting(): number {
    return this.db.prepare('DELETE FROM alert_outbox WHERE gave_up_at IS NULL').run().changes;
  }

  /** Records a problem that concerns the channel rather than one alert (a test that failed). */
  noteProblem(problem: string | null): void {
    this.db.prepare('UPDATE alert_channel SET last_problem = ? WHERE id = 1').run(problem);
  }

  /** Records a success that concerns the channel rather than one alert (a test that went through). */
  noteDelivered(now: number): void {
    this.db.prepare('UPDATE alert_channel SET last_delivered_at = ?, last_problem = NULL WHERE id = 1').run(now);
  }

  /** What Settings shows; also forgets given-up alerts older than GAVE_UP_KEPT_MS. */
  counts(now: number): OutboxCounts {
    this.db.prepare('DELETE FROM alert_outbox WHERE gave_up_at IS NOT NULL AND gave_up_at < ?').run(now - GAVE_UP_KEPT_MS);
    const c = this.db
      .prepare(
        `SELECT COUNT(*) FILTER (WHERE gave_up_at IS NULL) AS waiting, COUNT(gave_up_at) AS gave_up, MAX(gave_up_at) AS last_gave_up
         FROM alert_outbox`,
      )
      .get() as { waiting: number; gave_up: number; last_gave_up: number | null };
    const channel = this.db.prepare('SELECT last_delivered_at, last_problem FROM alert_channel WHERE id = 1').get() as
      { last_delivered_at: number | null; last_problem: string | null } | undefined;
    const latest = this.db.prepare('SELECT last_problem FROM alert_outbox WHERE gave_up_at IS NOT NULL ORDER BY gave_up_at DESC, id DESC LIMIT 1').get() as
      { last_problem: string | null } | undefined;
    return {
      waiting: c.waiting,
      gaveUp: c.gave_up,
      lastGaveUpAt: c.last_gave_up,
      lastGaveUpProblem: latest?.last_problem ?? null,
      lastDeliveredAt: channel?.last_delivered_at ?? null,
      lastProblem: channel?.last_problem ?? null,
    };
  }
}
