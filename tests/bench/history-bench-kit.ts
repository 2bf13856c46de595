/** Helpers shared by the history benchmarks: repeatable one-off runs, file sizes, and a day of new checks. */
import type { Database } from 'better-sqlite3';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HistoryWriter } from '../../main/core/history/history.writer';
import { DATABASE_FILE, openDatabase } from '../../main/core/history/database';
import type { HistoryEventInput } from '../../shared/domain/history-event';
import type { TestDatabase } from '../fixtures/history/history-db';
import { DAY, MIN, type SeedPlan } from '../fixtures/history/seed-plan';

/**
 * A database in a fixed folder per bench (tmp/tether-history-bench/<name>), emptied first. Vitest 4 runs no
 * afterAll hooks in bench mode and may end the worker before 'exit' handlers run, so a bench removes it in its
 * last task's teardown, and a run that died half-way is cleaned up by the next one.
 */
export function benchDatabase(name: string): TestDatabase {
  const dir = join(tmpdir(), 'tether-history-bench', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const db = openDatabase({ dataDir: dir });
  return {
    dir,
    db,
    dispose: () => {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Bench options for the last task of a file: its teardown after the measured run disposes the databases. */
export function disposeAfter(...dbs: (TestDatabase | null)[]): { teardown: (task: unknown, mode?: string) => void } {
  return {
    teardown: (_task, mode) => {
      if (mode === 'run') for (const t of dbs) t?.dispose();
    },
  };
}

/** Runs `work` inside a savepoint and rolls it back, so a bench can repeat a one-off run. */
export function rolledBack(db: Database, work: () => void): void {
  db.exec('SAVEPOINT bench');
  try {
    work();
  } finally {
    db.exec('ROLLBACK TO bench; RELEASE bench');
  }
}

/** Checkpoints, VACUUMs and returns the file size in bytes. */
export function fileBytes(t: TestDatabase): number {
  t.db.pragma('wal_checkpoint(TRUNCATE)');
  t.db.exec('VACUUM');
  t.db.pragma('wal_checkpoint(TRUNCATE)');
  return statSync(join(t.dir, DATABASE_FILE)).size;
}

/** The biggest tables and indexes, for the log. */
export function tableBytes(db: Database): string {
  const rows = db.prepare('SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 6').all() as { name: string; bytes: number }[];
  return rows.map((r) => `${r.name} ${(r.bytes / 1e6).toFixed(1)} MB`).join(', ');
}

/** Writes the checks of the day after the plan's `now` for every account, as the app would; returns the ms taken. */
export function writeNextDay(db: Database, plan: SeedPlan): { events: number; ms: number } {
  const events: HistoryEventInput[] = [];
  const now = plan.shape.now;
  for (let i = 0; i < plan.shape.accounts; i += 1) {
    for (let at = now + 30 * MIN; at < now + DAY; at += 30 * MIN) {
      events.push({ kind: 'check', at: at + plan.offset(i), accountId: plan.accountId(i), outcome: 'ok', latencyMs: 120, reason: null });
    }
  }
  const started = performance.now();
  new HistoryWriter(db).recordMany(events);
  return { events: events.length, ms: performance.now() - started };
}
