/**
 * Bytes per account-year: every raw check of a year for 500 accounts written, the first retention run over all of
 * it, then VACUUM and the file size. Slow (several minutes), so it runs only with TETHER_BENCH_HISTORY_SIZE=1:
 *   TETHER_BENCH_HISTORY_SIZE=1 npx vitest bench --run -c vitest.bench.config.mts tests/bench/history-size.bench.ts
 */
import { bench, describe } from 'vitest';
import { runRetention } from '../../main/core/history/retention';
import type { TestDatabase } from '../fixtures/history/history-db';
import { seedHistory } from '../fixtures/history/seed-history';
import { DAY, HOUR, YEAR_OF_500 } from '../fixtures/history/seed-plan';
import { benchDatabase, disposeAfter, fileBytes, rolledBack, tableBytes, writeNextDay } from './history-bench-kit';

const ENABLED = process.env.TETHER_BENCH_HISTORY_SIZE === '1';
const KEEP = 30;
const ACCOUNTS = YEAR_OF_500.accounts;
const log = (text: string): void => console.log(`[history size] ${text}`);

/** Seeds a year of raw checks, runs retention over it and logs the sizes; returns the database for the daily bench. */
function measure(): TestDatabase {
  const raw = benchDatabase('size-raw');
  const seeded = seedHistory(raw.db, { ...YEAR_OF_500, mode: 'all', keepDays: KEEP, horizonMs: HOUR });
  log(`seeded every raw check: ${seeded.events} events in ${Math.round(seeded.ms)} ms`);
  const started = performance.now();
  const first = runRetention(raw.db, { now: YEAR_OF_500.now, keepDays: KEEP, horizonMs: HOUR });
  log(
    `first retention run: ${first.daysRolledUp.length} days, ${first.rollupRowsWritten} rollup rows, ${first.checksPruned} checks pruned in ${Math.round(performance.now() - started)} ms`,
  );
  const bytes = fileBytes(raw);
  log(`after retention + VACUUM: ${bytes} bytes = ${Math.round(bytes / ACCOUNTS)} bytes per account-year (30-day raw window included)`);
  log(`by table: ${tableBytes(raw.db)}`);

  const trimmed = benchDatabase('size-trimmed');
  seedHistory(trimmed.db, { ...YEAR_OF_500, mode: 'window', keepDays: 1, horizonMs: HOUR });
  const kept = fileBytes(trimmed);
  log(`kept forever (raw window cut to 1 day): ${kept} bytes = ${Math.round(kept / ACCOUNTS)} bytes per account-year; by table: ${tableBytes(trimmed.db)}`);
  trimmed.dispose();

  const windowed = benchDatabase('size-window');
  const fast = seedHistory(windowed.db, { ...YEAR_OF_500, mode: 'window', keepDays: KEEP, horizonMs: HOUR });
  log(
    `fast seeding (rollups for finished days, raw for the last ${KEEP}): ${fast.events} events + ${fast.rollups} rollups in ${Math.round(fast.ms)} ms; after VACUUM ${fileBytes(windowed)} bytes`,
  );
  windowed.dispose();
  writeNextDay(raw.db, seeded.plan);
  return raw;
}

// Set up at the top level: Vitest 4 does not run beforeAll/afterAll hooks in bench mode.
const raw = ENABLED ? measure() : null;

describe.runIf(ENABLED)('a year of raw checks for 500 accounts, after its first retention run', () => {
  bench(
    'daily retention run (rolled back after each run)',
    () => {
      if (raw) rolledBack(raw.db, () => runRetention(raw.db, { now: YEAR_OF_500.now + DAY, keepDays: KEEP, horizonMs: HOUR }));
    },
    { iterations: 3, warmupIterations: 0, ...disposeAfter(raw) },
  );
});
