/**
 * The daily retention run (roll up yesterday, prune one day) on a year of history for 500 accounts, and the cost
 * of writing a day of checks. Run: npx vitest bench --run -c vitest.bench.config.mts tests/bench/history-retention.bench.ts
 */
import { bench, describe } from 'vitest';
import { runRetention } from '../../main/core/history/retention';
import { seedHistory } from '../fixtures/history/seed-history';
import { DAY, HOUR, YEAR_OF_500 } from '../fixtures/history/seed-plan';
import { benchDatabase, disposeAfter, rolledBack, writeNextDay } from './history-bench-kit';

// Set up at the top level: Vitest 4 does not run beforeAll/afterAll hooks in bench mode.
const t = benchDatabase('retention');
const { plan } = seedHistory(t.db, { ...YEAR_OF_500, mode: 'window', keepDays: 30, horizonMs: HOUR });
const written = writeNextDay(t.db, plan);
console.log(`[history retention] wrote one day of checks for 500 accounts (${written.events} events, one transaction) in ${Math.round(written.ms)} ms`);

describe('daily retention, 500 accounts × 1 year', () => {
  bench(
    'roll up yesterday and prune one day (rolled back after each run)',
    () => {
      rolledBack(t.db, () => runRetention(t.db, { now: YEAR_OF_500.now + DAY, keepDays: 30, horizonMs: HOUR }));
    },
    { iterations: 5, warmupIterations: 1, ...disposeAfter(t) },
  );
});
