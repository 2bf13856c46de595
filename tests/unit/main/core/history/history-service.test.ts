import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { HistoryService } from '../../../../../main/core/history/history.service';
import { openReadConnection } from '../../../../../main/core/history/database';
import type { HistoryEventInput } from '../../../../../shared/domain/history-event';
import type { AccountId } from '../../../../../shared/domain/ids';
import { addGrant, openTestDatabase, type TestDatabase } from '../../../../fixtures/history/history-db';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 10, 28, 12);

/** A Writable that holds every chunk for a macrotask, so an export stays in flight for a while. */
const slowSink = (): Writable & { text: () => string } => {
  let text = '';
  const sink = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString();
      setTimeout(done, 1);
    },
  });
  return Object.assign(sink, { text: () => text });
};

describe('HistoryService', () => {
  let t: TestDatabase;
  let retentionDays = 30;
  beforeEach(() => {
    t = openTestDatabase();
    addGrant(t.db, 'g', 'facebook', ['a']);
    retentionDays = 30;
  });
  afterEach(() => t.dispose());

  const service = (withReader: boolean) =>
    new HistoryService(t.db, {
      clock: { now: () => NOW },
      retentionDays: () => retentionDays,
      ...(withReader ? { openExportConnection: () => openReadConnection(t.dir) } : {}),
    });
  const checks = (from: number, n: number): HistoryEventInput[] =>
    Array.from({ length: n }, (_, i) => ({ kind: 'check', at: from + i * HOUR, accountId: 'a' as AccountId, outcome: 'ok', latencyMs: 5, reason: null }));

  it('prunes with the retention setting as it is at each run', () => {
    const history = service(false);
    history.recordMany(checks(NOW - 10 * DAY, 10 * 24));
    expect(history.runRetention().checksPruned).toBe(0);
    retentionDays = 3;
    const second = history.runRetention();
    expect(second.checksPruned).toBe(7 * 24 - 12);
    expect((t.db.prepare(`SELECT MIN(at) AS at FROM events`).get() as { at: number }).at).toBe(Math.floor(NOW / DAY - 3) * DAY);
  });

  it('exports on its own connection, so recording goes on while an export is streaming', async () => {
    const history = service(true);
    history.recordMany(checks(NOW - 2 * DAY, 40));
    const sink = slowSink();
    const exporting = history.exportEvents({}, 'csv', sink);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The export has written part of its rows and is waiting for the sink; the writer's connection is free.
    const id = history.record({ kind: 'reconnected', at: NOW, grantId: 'g' as never });
    expect(id).toBeGreaterThan(40);
    expect(await exporting).toBe(40);
    expect(sink.text().trimEnd().split('\r\n')).toHaveLength(41);
  });

  it('without its own connection, an export in flight keeps the shared connection busy (why the app passes one)', async () => {
    const history = service(false);
    history.recordMany(checks(NOW - 2 * DAY, 40));
    const exporting = history.exportEvents({}, 'csv', slowSink());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(() => history.record({ kind: 'reconnected', at: NOW, grantId: 'g' as never })).toThrow(/busy/);
    await exporting;
    expect(() => history.record({ kind: 'reconnected', at: NOW, grantId: 'g' as never })).not.toThrow();
  });

  it('serves uptime through the same options (horizon) it was built with', () => {
    const history = new HistoryService(t.db, { clock: { now: () => NOW }, horizonMs: 10 * 60_000 });
    history.recordMany(checks(NOW - 6 * HOUR, 6));
    // One check an hour, each counting for ten minutes.
    expect(history.uptime.summary({}, NOW, [1]).overall[0]?.observedMs).toBe(6 * 10 * 60_000);
  });
});
