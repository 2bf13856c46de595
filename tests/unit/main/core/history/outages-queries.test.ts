import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryWriter } from '../../../../../main/core/history/history.writer';
import { OutageQueries } from '../../../../../main/core/history/outages/outages.queries';
import { addGrant, openTestDatabase, type TestDatabase } from '../../../../fixtures/history/history-db';
import { statusChange } from '../../../../fixtures/history/status-change';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Monday 2026-11-23 00:00 UTC.
const MONDAY = Date.UTC(2026, 10, 23);
const NOW = MONDAY + 9 * DAY;
const sc = statusChange;

describe('OutageQueries', () => {
  let t: TestDatabase;
  beforeEach(() => {
    t = openTestDatabase();
    addGrant(t.db, 'g-fb', 'facebook', ['fb-1', 'fb-2']);
    addGrant(t.db, 'g-x', 'twitter', ['x-1']);
    new HistoryWriter(t.db).recordMany([
      sc('fb-1', MONDAY + 1 * HOUR, 'connected', 'needs_reconnect', 'password_changed'),
      sc('fb-1', MONDAY + 3 * HOUR, 'needs_reconnect', 'connected'), // 2 h
      sc('fb-1', MONDAY + DAY, 'connected', 'needs_action', 'security_checkpoint'),
      sc('fb-1', MONDAY + DAY + 2 * HOUR, 'needs_action', 'unverified', 'transient_provider_error'),
      sc('fb-1', MONDAY + DAY + 10 * HOUR, 'unverified', 'connected'), // 10 h
      sc('fb-2', MONDAY + 8 * DAY, 'connected', 'needs_reconnect', 'password_changed'), // still open
      sc('x-1', MONDAY + 2 * DAY, 'connected', 'unverified', 'rate_limited'), // not a disconnection
      sc('x-1', MONDAY + 2 * DAY + HOUR, 'unverified', 'connected'),
      sc('x-1', MONDAY + 7 * DAY, 'connected', 'needs_reconnect', 'access_revoked'),
      sc('x-1', MONDAY + 7 * DAY + 4 * HOUR, 'needs_reconnect', 'expiring'), // 4 h
    ]);
  });
  afterEach(() => t.dispose());

  it('gives mean and median time to reconnect, overall and per network', () => {
    expect(new OutageQueries(t.db).reconnectTimes({})).toEqual({
      overall: { count: 3, open: 1, meanMs: ((2 + 10 + 4) * HOUR) / 3, medianMs: 4 * HOUR },
      byProvider: [
        { provider: 'facebook', stats: { count: 2, open: 1, meanMs: 6 * HOUR, medianMs: 6 * HOUR } },
        { provider: 'twitter', stats: { count: 1, open: 0, meanMs: 4 * HOUR, medianMs: 4 * HOUR } },
      ],
    });
  });

  it('gives it per account, paged, and counts outages by when they started', () => {
    const q = new OutageQueries(t.db);
    const page = q.reconnectTimesByAccount({}, { limit: 2 });
    expect(page.items).toEqual([
      { accountId: 'fb-1', provider: 'facebook', stats: { count: 2, open: 0, meanMs: 6 * HOUR, medianMs: 6 * HOUR } },
      { accountId: 'fb-2', provider: 'facebook', stats: { count: 0, open: 1, meanMs: null, medianMs: null } },
    ]);
    expect(q.reconnectTimesByAccount({}, { cursor: page.nextCursor }).items.map((i) => i.accountId)).toEqual(['x-1']);
    // The second outage of fb-1 started on Tuesday: a range from Tuesday keeps only it.
    expect(q.reconnectTimes({ accountId: 'fb-1', since: MONDAY + DAY }).overall).toEqual({ count: 1, open: 0, meanMs: 10 * HOUR, medianMs: 10 * HOUR });
  });

  it('counts disconnections by reason, by network and per day, empty days included', () => {
    const d = new OutageQueries(t.db).disconnections({ since: MONDAY, until: MONDAY + 9 * DAY }, 'day', NOW);
    expect(d.total).toBe(4);
    expect(d.byReason).toEqual([
      { reason: 'password_changed', count: 2 },
      { reason: 'access_revoked', count: 1 },
      { reason: 'security_checkpoint', count: 1 },
    ]);
    expect(d.byProvider).toEqual([
      { provider: 'facebook', count: 3 },
      { provider: 'twitter', count: 1 },
    ]);
    expect(d.overTime.map((b) => b.count)).toEqual([1, 1, 0, 0, 0, 0, 0, 1, 1]);
    expect(d.overTime.map((b) => b.start)).toEqual(Array.from({ length: 9 }, (_, i) => MONDAY + i * DAY));
  });

  it('buckets by ISO week starting Monday, and narrows by network', () => {
    const q = new OutageQueries(t.db);
    expect(q.disconnections({ since: MONDAY + 2 * DAY }, 'week', NOW).overTime).toEqual([
      { start: MONDAY, count: 0 },
      { start: MONDAY + 7 * DAY, count: 2 },
    ]);
    const x = q.disconnections({ provider: 'twitter' }, 'week', NOW);
    expect([x.total, x.byProvider, x.overTime]).toEqual([1, [{ provider: 'twitter', count: 1 }], [{ start: MONDAY + 7 * DAY, count: 1 }]]);
    expect(q.disconnections({ provider: 'instagram' }, 'day', NOW)).toEqual({ total: 0, byReason: [], byProvider: [], overTime: [] });
  });

  it('neither counts nor splits an outage that began before the range, even through an unverified blip', () => {
    addGrant(t.db, 'g-ig', 'instagram', ['ig-1']);
    const t0 = MONDAY + 3 * DAY;
    new HistoryWriter(t.db).recordMany([
      sc('ig-1', t0, 'connected', 'needs_reconnect', 'token_expired'),
      sc('ig-1', t0 + HOUR, 'needs_reconnect', 'unverified', 'rate_limited'),
      sc('ig-1', t0 + 2 * HOUR, 'unverified', 'needs_reconnect', 'token_expired'),
      sc('ig-1', t0 + 3 * HOUR, 'needs_reconnect', 'connected'),
    ]);
    const q = new OutageQueries(t.db);
    expect(q.reconnectTimes({ accountId: 'ig-1', since: t0 + 90 * 60_000 }).overall).toEqual({ count: 0, open: 0, meanMs: null, medianMs: null });
    expect(q.disconnections({ accountId: 'ig-1', since: t0 + 90 * 60_000 }, 'day', NOW).total).toBe(0);
    expect(q.reconnectTimes({ accountId: 'ig-1', since: t0 }).overall).toEqual({ count: 1, open: 0, meanMs: 3 * HOUR, medianMs: 3 * HOUR });
  });
});
