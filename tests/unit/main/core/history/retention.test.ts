import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { runRetention } from '../../../../../main/core/history/retention';
import { rolledThroughDay } from '../../../../../main/core/history/rollup-state';
import { UptimeQueries } from '../../../../../main/core/history/uptime/uptime.queries';
import { openTestDatabase, type TestDatabase } from '../../../../fixtures/history/history-db';
import { seedHistory } from '../../../../fixtures/history/seed-history';
import { DAY, HOUR, SEED_NOW, type SeedShape } from '../../../../fixtures/history/seed-plan';

const SHAPE: SeedShape = { accounts: 20, accountsPerGrant: 5, days: 40, now: SEED_NOW };
const H = HOUR;

const count = (db: Database, where = '1'): number => (db.prepare(`SELECT COUNT(*) AS n FROM events WHERE ${where}`).get() as { n: number }).n;
const rollups = (db: Database): unknown[] => db.prepare('SELECT * FROM daily_rollups ORDER BY account_key, day').all();
const eventsWithoutIds = (db: Database): unknown[] =>
  db
    .prepare(
      'SELECT at, kind, grant_key, account_key, outcome, latency_ms, reason, from_status, to_status, threshold, expires_at FROM events ORDER BY at, kind, account_key, grant_key',
    )
    .all();

describe('runRetention', () => {
  const open: TestDatabase[] = [];
  afterEach(() => open.splice(0).forEach((t) => t.dispose()));
  const fresh = (mode: 'all' | 'window'): { db: Database; seeded: ReturnType<typeof seedHistory> } => {
    const t = openTestDatabase();
    open.push(t);
    return { db: t.db, seeded: seedHistory(t.db, { ...SHAPE, mode, keepDays: 30, horizonMs: H }) };
  };

  it('rolls every finished day up, prunes checks older than the kept days, and keeps every other event', () => {
    const { db, seeded } = fresh('all');
    const today = seeded.plan.today;
    const nonChecks = count(db, "kind <> 'check'");
    expect(rolledThroughDay(db)).toBeNull();

    const result = runRetention(db, { now: SHAPE.now, keepDays: 30, horizonMs: H });

    expect(result.rolledThroughDay).toBe(today - 1);
    expect(result.daysRolledUp).toEqual(Array.from({ length: 40 }, (_, i) => seeded.plan.firstDay + i));
    expect(result.rollupRowsWritten).toBe(20 * 40);
    expect(rollups(db)).toHaveLength(20 * 40);
    const cutoff = (today - 30) * DAY;
    expect(count(db, `kind = 'check' AND at < ${cutoff}`)).toBe(0);
    // Every account is checked 48 times a day: 10 days pruned per account.
    expect(result.checksPruned).toBe(20 * 10 * 48);
    expect(count(db, `kind = 'check'`)).toBe(seeded.rawChecks - result.checksPruned);
    expect(count(db, "kind <> 'check'")).toBe(nonChecks);
  });

  it("produces exactly what incremental rollups produce (the seeder's shortcut), from raw checks in the database", () => {
    const all = fresh('all').db;
    const windowed = fresh('window').db;
    runRetention(all, { now: SHAPE.now, keepDays: 30, horizonMs: H });
    expect(rollups(all)).toEqual(rollups(windowed));
    expect(eventsWithoutIds(all)).toEqual(eventsWithoutIds(windowed));
    expect(rolledThroughDay(all)).toBe(rolledThroughDay(windowed));
  });

  it('is idempotent: a second run writes and prunes nothing, and nothing changes', () => {
    const { db } = fresh('all');
    runRetention(db, { now: SHAPE.now, keepDays: 30, horizonMs: H });
    const before = { rollups: rollups(db), events: count(db) };
    const again = runRetention(db, { now: SHAPE.now + 3 * HOUR, keepDays: 30, horizonMs: H });
    expect(again).toMatchObject({ daysRolledUp: [], rollupRowsWritten: 0, checksPruned: 0 });
    expect({ rollups: rollups(db), events: count(db) }).toEqual(before);
  });

  it('after a crash half-way, recomputes the days past the mark instead of adding to them', () => {
    const { db, seeded } = fresh('all');
    runRetention(db, { now: SHAPE.now, keepDays: 30, horizonMs: H });
    const expected = rollups(db);
    // A run for the next day wrote a (wrong) row for today, then died before moving the mark.
    db.prepare('INSERT INTO daily_rollups VALUES (1, ?, 999, 0, 0, 0, 0, 5, 5)').run(seeded.plan.today);
    const next = runRetention(db, { now: SHAPE.now + DAY, keepDays: 30, horizonMs: H });
    expect(next.daysRolledUp).toEqual([seeded.plan.today]);
    const row = db
      .prepare('SELECT checks_ok, checks_transient, checks_permanent, observed_ms FROM daily_rollups WHERE account_key = 1 AND day = ?')
      .get(seeded.plan.today) as { checks_ok: number; checks_transient: number; checks_permanent: number; observed_ms: number };
    // Today was seeded up to 08:30: 17 checks (00:00 … 08:00), observed until an hour after the last one.
    expect(row.checks_ok + row.checks_transient + row.checks_permanent).toBe(17);
    expect(row.observed_ms).toBe(9 * HOUR + seeded.plan.offset(0));
    // Days rolled up before are untouched.
    expect(rollups(db).filter((r) => (r as { day: number }).day < seeded.plan.today)).toEqual(expected);
  });

  it('answers uptime the same before pruning (from raw) and after (from rollups)', () => {
    const { db } = fresh('all');
    const uptime = new UptimeQueries(db, H);
    const before = uptime.summary({}, SHAPE.now, [1, 7, 30, 40]);
    const perAccountBefore = uptime.byAccount({}, SHAPE.now, [7, 40], { limit: 100 }).items;
    runRetention(db, { now: SHAPE.now, keepDays: 2, horizonMs: H });
    expect(count(db, `kind = 'check' AND at < ${(Math.floor(SHAPE.now / DAY) - 2) * DAY}`)).toBe(0);
    expect(uptime.summary({}, SHAPE.now, [1, 7, 30, 40])).toEqual(before);
    expect(uptime.byAccount({}, SHAPE.now, [7, 40], { limit: 100 }).items).toEqual(perAccountBefore);
  });

  it('refuses a retention shorter than one day', () => {
    const { db } = fresh('window');
    expect(() => runRetention(db, { now: SHAPE.now, keepDays: 0, horizonMs: H })).toThrow(RangeError);
    expect(() => runRetention(db, { now: SHAPE.now, keepDays: 1.5, horizonMs: H })).toThrow(RangeError);
  });
});
