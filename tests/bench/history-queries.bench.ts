/**
 * Query latencies on a year of history for 500 accounts (checks every 30 minutes, 30 days of raw checks kept).
 * Run: npx vitest bench --run -c vitest.bench.config.mts tests/bench/history-queries.bench.ts
 */
import { bench, describe } from 'vitest';
import { Writable } from 'node:stream';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { TimelineQueries } from '../../main/core/history/timeline.queries';
import { UptimeQueries } from '../../main/core/history/uptime/uptime.queries';
import { OutageQueries } from '../../main/core/history/outages/outages.queries';
import { exportEvents } from '../../main/core/history/export/events.export';
import { exportUptime } from '../../main/core/history/export/uptime.export';
import { DATABASE_FILE, openHistoryDatabase } from '../../main/core/history/database';
import { seedHistory } from '../fixtures/history/seed-history';
import { DAY, HOUR, YEAR_OF_500 } from '../fixtures/history/seed-plan';
import { benchDatabase, disposeAfter } from './history-bench-kit';

// Set up at the top level: Vitest 4 does not run beforeAll/afterAll hooks in bench mode.
const NOW = YEAR_OF_500.now;
const since90 = NOW - 90 * DAY;
const sink = (): Writable => new Writable({ write: (_c, _e, done) => done() });
const t = benchDatabase('queries');
const seeded = seedHistory(t.db, { ...YEAR_OF_500, mode: 'window', keepDays: 30, horizonMs: HOUR });
t.db.pragma('wal_checkpoint(TRUNCATE)');
const mb = (statSync(join(t.dir, DATABASE_FILE)).size / 1e6).toFixed(1);
console.log(`[history bench] seeded ${seeded.events} events, ${seeded.rollups} rollups in ${Math.round(seeded.ms)} ms; file ${mb} MB`);
const timeline = new TimelineQueries(t.db);
const uptime = new UptimeQueries(t.db, HOUR);
const outages = new OutageQueries(t.db);
const flaky = seeded.plan.accountId(10);
// A cursor 20 pages deep into one account's timeline (1 000 events back).
let deepCursor: string | null = null;
for (let p = 0; p < 20; p += 1) deepCursor = timeline.timeline(flaky, {}, { limit: 50, cursor: deepCursor }).nextCursor;

describe('history queries, 500 accounts × 1 year', () => {
  bench('latest status, one page of 100 accounts', () => {
    timeline.latestStatuses({}, { limit: 100 });
  });
  bench('timeline, first page of 50', () => {
    timeline.timeline(flaky, {}, { limit: 50 });
  });
  bench('timeline, page of 50 twenty pages deep (keyset cursor)', () => {
    timeline.timeline(flaky, {}, { limit: 50, cursor: deepCursor });
  });
  bench('timeline, status changes only, page of 50', () => {
    timeline.timeline(flaky, { kinds: ['status_changed'] }, { limit: 50 });
  });
  bench('uptime 7/30/90 d, one page of 100 accounts', () => {
    uptime.byAccount({}, NOW, [7, 30, 90], { limit: 100 });
  });
  bench('uptime 7/30/90 d, overall + per network (500 accounts)', () => {
    uptime.summary({}, NOW, [7, 30, 90]);
  });
  bench('time to reconnect, 90 d, overall + per network', () => {
    outages.reconnectTimes({ since: since90 });
  });
  bench('time to reconnect, 90 d, one page of 100 accounts', () => {
    outages.reconnectTimesByAccount({ since: since90 }, { limit: 100 });
  });
  bench('disconnections, 90 d, by reason/network/day', () => {
    outages.disconnections({ since: since90 }, 'day', NOW);
  });
  bench('disconnections, 1 year, by week', () => {
    outages.disconnections({ since: NOW - 365 * DAY }, 'week', NOW);
  });
  bench(
    'export one account, all events, CSV (streamed)',
    async () => {
      await exportEvents(t.db, { accountId: flaky }, 'csv', sink());
    },
    { iterations: 20 },
  );
  bench(
    'export daily uptime, 500 accounts × 1 year, JSON (streamed)',
    async () => {
      await exportUptime(t.db, {}, 'json', sink(), NOW, HOUR);
    },
    { iterations: 3, warmupIterations: 0 },
  );
  bench(
    'export every event (870 k), CSV (streamed)',
    async () => {
      await exportEvents(t.db, {}, 'csv', sink());
    },
    { iterations: 2, warmupIterations: 0 },
  );
  bench(
    'open the database with quick_check',
    () => {
      openHistoryDatabase({ dataDir: t.dir }).db.close();
    },
    { iterations: 5, warmupIterations: 1, ...disposeAfter(t) },
  );
});
