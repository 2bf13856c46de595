import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryWriter } from '../../../../../main/core/history/history.writer';
import { TimelineQueries, UnknownAccountError } from '../../../../../main/core/history/timeline.queries';
import { BadPageRequestError } from '../../../../../main/core/history/paging';
import type { HistoryEvent } from '../../../../../shared/domain/history-event';
import type { AccountId, GrantId } from '../../../../../shared/domain/ids';
import { addGrant, openTestDatabase, type TestDatabase } from '../../../../fixtures/history/history-db';

const A1 = 'a1' as AccountId;
const A2 = 'a2' as AccountId;
const G = 'g1' as GrantId;
const sc = (accountId: AccountId, at: number, from: 'connected' | 'needs_reconnect' | 'unverified', to: typeof from) =>
  ({
    kind: 'status_changed',
    at,
    accountId,
    from,
    to,
    reason: to === 'needs_reconnect' ? 'access_revoked' : null,
    providerCode: null,
    providerSubcode: null,
    message: null,
    traceId: null,
  }) as const;

describe('TimelineQueries', () => {
  let t: TestDatabase;
  let ids: number[];
  beforeEach(() => {
    t = openTestDatabase();
    addGrant(t.db, G, 'instagram', [A1, A2]);
    addGrant(t.db, 'g2', 'twitter', ['other']);
    ids = new HistoryWriter(t.db).recordMany([
      { kind: 'check', at: 100, accountId: A1, outcome: 'ok', latencyMs: 10, reason: null }, // 0
      { kind: 'check', at: 100, accountId: A2, outcome: 'ok', latencyMs: 10, reason: null }, // 1: other account
      { kind: 'token_refreshed', at: 150, grantId: G, expiresAt: null }, // 2: whole grant
      { kind: 'reconnected', at: 160, grantId: G, accountId: A2 }, // 3: grant-level, for a2 only
      sc(A1, 200, 'connected', 'needs_reconnect'), // 4
      { kind: 'check', at: 200, accountId: A1, outcome: 'permanent', latencyMs: 12, reason: 'access_revoked' }, // 5: same ms
      { kind: 'expiry_warning', at: 250, grantId: G, threshold: '7d', expiresAt: 999_999 }, // 6
      sc(A1, 300, 'needs_reconnect', 'connected'), // 7
      { kind: 'check', at: 300, accountId: 'other' as AccountId, outcome: 'ok', latencyMs: 1, reason: null }, // 8: other grant
      sc(A1, 400, 'connected', 'unverified'), // 9
    ]);
  });
  afterEach(() => t.dispose());

  const idsOf = (events: HistoryEvent[]) => events.map((e) => ids.indexOf(e.id));

  it("shows an account its own events and its grant's, newest first, ties broken by insertion order", () => {
    expect(idsOf(new TimelineQueries(t.db).timeline(A1).items)).toEqual([9, 7, 6, 5, 4, 2, 0]);
    expect(idsOf(new TimelineQueries(t.db).timeline(A2).items)).toEqual([6, 3, 2, 1]);
  });

  it('pages with a cursor through the same sequence, without gaps or repeats', () => {
    const q = new TimelineQueries(t.db);
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = q.timeline(A1, {}, { limit: 2, cursor });
      seen.push(...idsOf(page.items));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null);
    expect(seen).toEqual([9, 7, 6, 5, 4, 2, 0]);
    expect(pages).toBe(4);
  });

  it('filters by kinds and by time', () => {
    const q = new TimelineQueries(t.db);
    expect(idsOf(q.timeline(A1, { kinds: ['status_changed'] }).items)).toEqual([9, 7, 4]);
    expect(idsOf(q.timeline(A1, { kinds: ['check', 'token_refreshed'] }).items)).toEqual([5, 2, 0]);
    expect(idsOf(q.timeline(A1, { since: 150, until: 300 }).items)).toEqual([6, 5, 4, 2]);
    const paged = q.timeline(A1, { kinds: ['status_changed', 'expiry_warning'] }, { limit: 2 });
    expect(idsOf(paged.items)).toEqual([9, 7]);
    expect(idsOf(q.timeline(A1, { kinds: ['status_changed', 'expiry_warning'] }, { limit: 2, cursor: paged.nextCursor }).items)).toEqual([6, 4]);
  });

  it('reads the latest status of every account, paged by account id', () => {
    const q = new TimelineQueries(t.db);
    const first = q.latestStatuses({}, { limit: 2 });
    expect(first.items).toEqual([
      {
        accountId: 'a1',
        grantId: 'g1',
        provider: 'instagram',
        status: 'unverified',
        effectiveStatus: 'connected',
        reason: null,
        since: 400,
        lastCheck: { at: 200, outcome: 'permanent' },
      },
      {
        accountId: 'a2',
        grantId: 'g1',
        provider: 'instagram',
        status: 'connected',
        effectiveStatus: 'connected',
        reason: null,
        since: null,
        lastCheck: { at: 100, outcome: 'ok' },
      },
    ]);
    const rest = q.latestStatuses({}, { limit: 2, cursor: first.nextCursor });
    expect(rest.items.map((s) => s.accountId)).toEqual(['other']);
    expect(rest.nextCursor).toBeNull();
    expect(q.latestStatuses({ provider: 'twitter' }).items.map((s) => s.accountId)).toEqual(['other']);
  });

  it('explains bad requests: unknown account, foreign cursor, page size out of range', () => {
    const q = new TimelineQueries(t.db);
    expect(() => q.timeline('nobody')).toThrow(UnknownAccountError);
    expect(() => q.timeline(A1, {}, { cursor: 'garbage!' })).toThrow(BadPageRequestError);
    const accountCursor = q.latestStatuses({}, { limit: 1 }).nextCursor;
    expect(() => q.timeline(A1, {}, { cursor: accountCursor })).toThrow(BadPageRequestError);
    expect(() => q.timeline(A1, {}, { limit: 0 })).toThrow(BadPageRequestError);
    expect(() => q.timeline(A1, {}, { limit: 1001 })).toThrow(BadPageRequestError);
  });
});
