import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { migrate, schemaVersion } from '../../../../../main/core/history/migrate';
import { MIGRATIONS } from '../../../../../main/core/history/migrations';
import { AlertOutbox } from '../../../../../main/core/alerts/alert-outbox';
import { testAlert } from '../../../../../main/core/alerts/alert-message';
import { MAX_WAITING } from '../../../../../main/core/alerts/retry-schedule';

describe('migration 0700: alert outbox', () => {
  let db: Database;
  afterEach(() => db.close());

  it('adds an empty outbox to an existing database, which keeps, reschedules and bounds alerts', () => {
    db = new BetterSqlite3(':memory:');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 60),
    );
    migrate(db, MIGRATIONS);
    expect(schemaVersion(db)).toBe(700);
    const outbox = new AlertOutbox(db);
    expect(outbox.counts(1_000)).toEqual({ waiting: 0, gaveUp: 0, lastGaveUpAt: null, lastGaveUpProblem: null, lastDeliveredAt: null, lastProblem: null });

    outbox.add(testAlert(1_000), 1_000);
    const [entry] = outbox.dueAt(1_000);
    expect(entry?.message?.title).toBe('Tether test alert');
    outbox.retryAt(entry!.id, 31_000, 'the channel answered HTTP 500');
    expect(outbox.dueAt(30_999)).toEqual([]);
    expect(outbox.nextDueAt()).toBe(31_000);
    expect(outbox.dueAt(31_000)[0]).toMatchObject({ id: entry!.id, attempts: 1 });
    expect(outbox.counts(31_000)).toMatchObject({ waiting: 1, lastProblem: 'the channel answered HTTP 500' });

    // Bounded: beyond MAX_WAITING the oldest is given up on, and said so.
    for (let i = 0; i < MAX_WAITING; i += 1) outbox.add(testAlert(2_000 + i), 2_000 + i);
    expect(outbox.counts(40_000)).toMatchObject({ waiting: MAX_WAITING, gaveUp: 1, lastGaveUpProblem: 'too many alerts were waiting; the oldest was dropped' });
    expect(() => db.prepare(`INSERT INTO alert_outbox (created_at, message, next_attempt_at) VALUES (1, 'not json', 1)`).run()).toThrow(/CHECK constraint/);
  });
});
