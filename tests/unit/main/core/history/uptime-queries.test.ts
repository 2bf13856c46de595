import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryWriter } from '../../../../../main/core/history/history.writer';
import { UptimeQueries } from '../../../../../main/core/history/uptime/uptime.queries';
import { runRetention } from '../../../../../main/core/history/retention';
import type { HistoryEventInput } from '../../../../../shared/domain/history-event';
import type { AccountId } from '../../../../../shared/domain/ids';
import { addGrant, openTestDatabase, type TestDatabase } from '../../../../fixtures/history/history-db';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const TODAY = Date.UTC(2026, 10, 28) / DAY;
const NOW = TODAY * DAY + 6 * HOUR; // 06:00 UTC
const a = (id: string) => id as AccountId;

/** Checks every 30 minutes for account `id` over [from, to), all with one outcome. */
function checks(id: string, from: number, to: number, outcome: 'ok' | 'transient' | 'permanent' = 'ok'): HistoryEventInput[] {
  const out: HistoryEventInput[] = [];
  for (let at = from; at < to; at += 30 * MIN) out.push({ kind: 'check', at, accountId: a(id), outcome, latencyMs: 100, reason: null });
  return out;
}
const change = (id: string, at: number, from: 'connected' | 'needs_reconnect' | 'unverified' | 'needs_action', to: typeof from): HistoryEventInput => ({
  kind: 'status_changed',
  at,
  accountId: a(id),
  from,
  to,
  reason: to === 'needs_reconnect' ? 'token_expired' : null,
  providerCode: null,
  providerSubcode: null,
  message: null,
  traceId: null,
});

describe('UptimeQueries', () => {
  let t: TestDatabase;
  beforeEach(() => {
    t = openTestDatabase();
    addGrant(t.db, 'g-fb', 'facebook', ['fb-1', 'fb-2']);
    addGrant(t.db, 'g-x', 'twitter', ['x-1']);
    const d2 = (TODAY - 2) * DAY;
    const d1 = (TODAY - 1) * DAY;
    new HistoryWriter(t.db).recordMany([
      // fb-1: watched from two days ago, except 5 hours on day -2 when Tether was not running (02:00–07:00).
      ...checks('fb-1', d2, d2 + 2 * HOUR),
      ...checks('fb-1', d2 + 7 * HOUR, NOW),
      // …down from 10:00 to 12:00 yesterday, with a transient blip in the middle that changes nothing.
      change('fb-1', d1 + 10 * HOUR, 'connected', 'needs_reconnect'),
      change('fb-1', d1 + 11 * HOUR, 'needs_reconnect', 'unverified'),
      change('fb-1', d1 + 11 * HOUR + 30 * MIN, 'unverified', 'needs_reconnect'),
      change('fb-1', d1 + 12 * HOUR, 'needs_reconnect', 'connected'),
      // …and unverified from 03:00 to 04:00 today: counts as connected, its last known status.
      change('fb-1', TODAY * DAY + 3 * HOUR, 'connected', 'unverified'),
      change('fb-1', TODAY * DAY + 4 * HOUR, 'unverified', 'connected'),
      // fb-2: watched only today, down the whole time (it was needs_action before anything was recorded).
      ...checks('fb-2', TODAY * DAY, NOW, 'permanent'),
      change('fb-2', TODAY * DAY + 5 * HOUR, 'needs_action', 'needs_reconnect'),
      // x-1: watched yesterday from noon, always up.
      ...checks('x-1', d1 + 12 * HOUR, NOW),
    ]);
  });
  afterEach(() => t.dispose());

  const expectFb1 = () => {
    // The 00:00 check of day -2 starts the watch; the 01:30 check covers until 02:30 (horizon); 07:00 resumes.
    const observedD2 = 2 * HOUR + 30 * MIN + 17 * HOUR;
    return {
      today: { observedMs: 6 * HOUR, upMs: 6 * HOUR },
      twoDays: { observedMs: DAY + 6 * HOUR, upMs: DAY + 6 * HOUR - 2 * HOUR },
      threeDays: { observedMs: observedD2 + DAY + 6 * HOUR, upMs: observedD2 + DAY + 6 * HOUR - 2 * HOUR },
    };
  };

  it('computes observed and up time per account over windows of whole UTC days ending now', () => {
    const page = new UptimeQueries(t.db, HOUR).byAccount({}, NOW, [1, 2, 3]);
    const byId = Object.fromEntries(page.items.map((i) => [i.accountId, i.windows]));
    const fb1 = expectFb1();
    expect(byId['fb-1']).toEqual([
      { days: 1, ...fb1.today, uptime: 1 },
      { days: 2, ...fb1.twoDays, uptime: fb1.twoDays.upMs / fb1.twoDays.observedMs },
      { days: 3, ...fb1.threeDays, uptime: fb1.threeDays.upMs / fb1.threeDays.observedMs },
    ]);
    expect(byId['fb-2']?.map((w) => [w.observedMs, w.upMs, w.uptime])).toEqual([
      [6 * HOUR, 0, 0],
      [6 * HOUR, 0, 0],
      [6 * HOUR, 0, 0],
    ]);
    expect(byId['x-1']?.map((w) => [w.observedMs, w.uptime])).toEqual([
      [6 * HOUR, 1],
      [18 * HOUR, 1],
      [18 * HOUR, 1],
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it('sums per network and overall, weighted by observed time, and says null where nothing was observed', () => {
    const summary = new UptimeQueries(t.db, HOUR).summary({}, NOW, [2]);
    const fb1 = expectFb1().twoDays;
    const fbObserved = fb1.observedMs + 6 * HOUR;
    expect(summary.byProvider).toEqual([
      { provider: 'facebook', windows: [{ days: 2, observedMs: fbObserved, upMs: fb1.upMs, uptime: fb1.upMs / fbObserved }] },
      { provider: 'twitter', windows: [{ days: 2, observedMs: 18 * HOUR, upMs: 18 * HOUR, uptime: 1 }] },
    ]);
    expect(summary.overall).toEqual([
      { days: 2, observedMs: fbObserved + 18 * HOUR, upMs: fb1.upMs + 18 * HOUR, uptime: (fb1.upMs + 18 * HOUR) / (fbObserved + 18 * HOUR) },
    ]);
    const none = new UptimeQueries(t.db, HOUR).summary({ provider: 'instagram' }, NOW, [7]);
    expect(none).toEqual({ overall: [{ days: 7, observedMs: 0, upMs: 0, uptime: null }], byProvider: [] });
  });

  it('gives the same answers once the days are rolled up and their raw checks pruned', () => {
    const uptime = new UptimeQueries(t.db, HOUR);
    const before = uptime.byAccount({}, NOW, [1, 2, 3]);
    runRetention(t.db, { now: NOW, keepDays: 1, horizonMs: HOUR });
    expect((t.db.prepare(`SELECT COUNT(*) AS n FROM events WHERE kind = 'check' AND at < ?`).get((TODAY - 1) * DAY) as { n: number }).n).toBe(0);
    expect(uptime.byAccount({}, NOW, [1, 2, 3])).toEqual(before);
  });

  it('pages accounts by id and filters by account and network', () => {
    const uptime = new UptimeQueries(t.db, HOUR);
    const first = uptime.byAccount({}, NOW, [1], { limit: 2 });
    expect(first.items.map((i) => i.accountId)).toEqual(['fb-1', 'fb-2']);
    const second = uptime.byAccount({}, NOW, [1], { limit: 2, cursor: first.nextCursor });
    expect(second.items.map((i) => i.accountId)).toEqual(['x-1']);
    expect(second.nextCursor).toBeNull();
    expect(uptime.byAccount({ provider: 'twitter' }, NOW, [1]).items.map((i) => i.accountId)).toEqual(['x-1']);
    expect(uptime.byAccount({ accountId: 'fb-2' }, NOW, [1]).items.map((i) => i.accountId)).toEqual(['fb-2']);
  });

  it('refuses windows that are not whole days', () => {
    const uptime = new UptimeQueries(t.db, HOUR);
    expect(() => uptime.summary({}, NOW, [])).toThrow(RangeError);
    expect(() => uptime.summary({}, NOW, [0])).toThrow(RangeError);
    expect(() => uptime.summary({}, NOW, [1.5])).toThrow(RangeError);
  });
});
