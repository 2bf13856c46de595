/**
 * Records history events. Every call validates its events, then writes them in one transaction, all or nothing,
 * and returns their ids once committed, so a caller can acknowledge exactly what is on disk.
 */
import type { Database, Statement, Transaction } from 'better-sqlite3';
import { HistoryEventInputSchema, type HistoryEventInput } from '../../../shared/domain/history-event';
import { HistoryKeys } from './history-keys';
import { INSERT_COLUMNS, toInsertValues, type InsertValues } from './event-row';

/** Thrown for an event that does not fit the vocabulary; nothing of its batch is written. */
export class InvalidHistoryEventError extends Error {
  constructor(
    readonly index: number,
    detail: string,
  ) {
    super(`History event #${index} is invalid: ${detail}`);
    this.name = 'InvalidHistoryEventError';
  }
}

/** Writes events into the `events` table. One writer per database connection. */
export class HistoryWriter {
  private readonly insert: Statement<InsertValues>;
  private readonly batch: Transaction<(events: readonly HistoryEventInput[], remember: boolean) => number[]>;

  constructor(
    private readonly db: Database,
    private readonly keys: HistoryKeys = new HistoryKeys(db),
  ) {
    this.insert = db.prepare<InsertValues>(`INSERT INTO events (${INSERT_COLUMNS.join(', ')}) VALUES (${INSERT_COLUMNS.map(() => '?').join(', ')})`);
    this.batch = db.transaction((events: readonly HistoryEventInput[], remember: boolean) => events.map((event) => this.insertOne(event, remember)));
  }

  /** Records one event and returns its id once it is committed. */
  record(event: HistoryEventInput): number {
    const [id] = this.recordMany([event]);
    return id as number;
  }

  /** Records events in one transaction (all or nothing) and returns their ids in order. */
  recordMany(events: readonly HistoryEventInput[]): number[] {
    const valid = events.map((event, index) => {
      const parsed = HistoryEventInputSchema.safeParse(event);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new InvalidHistoryEventError(index, `${issue?.path.join('.') || 'event'}: ${issue?.message ?? 'invalid'}`);
      }
      return parsed.data;
    });
    try {
      // Inside a caller's transaction our commit is not the last word: don't cache keys it may still roll back.
      // IMMEDIATE (as below): another process may share the file, and a transaction that reads before it writes
      // fails at once with SQLITE_BUSY, without waiting, when that process committed in between (WAL snapshots).
      return this.batch.immediate(valid, !this.db.inTransaction);
    } catch (error) {
      // Keys registered inside the rolled-back transaction are gone; don't keep them cached.
      this.keys.forget();
      throw error;
    }
  }

  /** Runs `work` in one transaction: e.g. update an account's status and record the change, both or neither. */
  transaction<T>(work: () => T): T {
    try {
      return this.db.transaction(work).immediate();
    } catch (error) {
      this.keys.forget();
      throw error;
    }
  }

  private insertOne(event: HistoryEventInput, remember: boolean): number {
    let grantKey: number;
    let accountKey: number | null = null;
    if ('grantId' in event) {
      grantKey = this.keys.grant(event.grantId, remember).key;
      if (event.accountId !== undefined) {
        const account = this.keys.account(event.accountId, remember);
        if (account.grantKey !== grantKey) throw new Error(`Account "${event.accountId}" does not belong to grant "${event.grantId}".`);
        accountKey = account.key;
      }
    } else {
      const account = this.keys.account(event.accountId, remember);
      grantKey = account.grantKey;
      accountKey = account.key;
    }
    return Number(this.insert.run(...toInsertValues(event, grantKey, accountKey)).lastInsertRowid);
  }
}
