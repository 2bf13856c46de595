import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HistoryWriter, InvalidHistoryEventError } from '../../../../../main/core/history/history.writer';
import { UnknownSubjectError } from '../../../../../main/core/history/history-keys';
import { TimelineQueries } from '../../../../../main/core/history/timeline.queries';
import { HistoryEventSchema, type HistoryEventInput } from '../../../../../shared/domain/history-event';
import { addGrant, openTestDatabase, type TestDatabase } from '../../../../fixtures/history/history-db';
import type { AccountId, GrantId } from '../../../../../shared/domain/ids';

const A1 = 'acct-1' as AccountId;
const A2 = 'acct-2' as AccountId;
const G1 = 'grant-1' as GrantId;

/** One event of every kind, as the validation and OAuth code would record them. */
const everyKind: HistoryEventInput[] = [
  { kind: 'check', at: 1_000, accountId: A1, outcome: 'permanent', latencyMs: 321, reason: 'password_changed' },
  {
    kind: 'status_changed',
    at: 1_001,
    accountId: A1,
    from: 'connected',
    to: 'needs_reconnect',
    reason: 'password_changed',
    providerCode: 190,
    providerSubcode: 460,
    message: 'Error validating access token: the user changed their password',
    traceId: 'A1b2C3',
  },
  { kind: 'token_refreshed', at: 2_000, grantId: G1, expiresAt: 5_000_000 },
  { kind: 'reconnected', at: 3_000, grantId: G1 },
  { kind: 'disconnected_by_user', at: 4_000, grantId: G1, accountId: A1 },
  { kind: 'expiry_warning', at: 5_000, grantId: G1, threshold: '1d', expiresAt: 86_405_000 },
  { kind: 'permission_drift', at: 6_000, grantId: G1, missingScopes: ['pages_manage_posts'], declinedScopes: ['instagram_basic'] },
];

describe('HistoryWriter', () => {
  let t: TestDatabase;
  beforeEach(() => {
    t = openTestDatabase();
    addGrant(t.db, G1, 'facebook', [A1, A2]);
  });
  afterEach(() => t.dispose());

  it('records every kind and reads each back exactly, with its grant and network filled in', () => {
    const writer = new HistoryWriter(t.db);
    const ids = writer.recordMany(everyKind);
    expect(ids).toHaveLength(everyKind.length);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    const read = new TimelineQueries(t.db).timeline(A1, {}, { limit: 50 }).items.reverse();
    expect(read.map((e) => e.id)).toEqual(ids);
    read.forEach((event, i) => {
      expect(HistoryEventSchema.parse(event)).toEqual(event);
      const input = everyKind[i] as HistoryEventInput;
      const { grantId: _g, accountId: _a, ...payload } = { grantId: undefined, accountId: undefined, ...input };
      expect(event).toMatchObject({ ...payload, provider: 'facebook', grantId: G1 });
    });
    expect(read[2]?.accountId).toBeNull();
    expect(read[4]?.accountId).toBe(A1);
  });

  it('writes a batch all or nothing: one bad event leaves no trace of the others', () => {
    const writer = new HistoryWriter(t.db);
    const bad = { kind: 'check', at: 10, accountId: A1, outcome: 'fine', latencyMs: 5, reason: null } as unknown as HistoryEventInput;
    expect(() => writer.recordMany([everyKind[0] as HistoryEventInput, bad])).toThrow(InvalidHistoryEventError);
    expect(() => writer.recordMany([everyKind[0] as HistoryEventInput, bad])).toThrow(/#1 is invalid: outcome/);
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM events').get()).toEqual({ n: 0 });
  });

  it('refuses what the vocabulary forbids: negative latency, a change to the same status, the UI-only status', () => {
    const writer = new HistoryWriter(t.db);
    const cases = [
      { kind: 'check', at: 1, accountId: A1, outcome: 'ok', latencyMs: -1, reason: null },
      { kind: 'check', at: 1.5, accountId: A1, outcome: 'ok', latencyMs: 1, reason: null },
      { kind: 'check', at: 1, accountId: A1, outcome: 'ok', latencyMs: 1, reason: 'gremlins' },
      {
        kind: 'status_changed',
        at: 1,
        accountId: A1,
        from: 'connected',
        to: 'connected',
        reason: null,
        providerCode: null,
        providerSubcode: null,
        message: null,
        traceId: null,
      },
      {
        kind: 'status_changed',
        at: 1,
        accountId: A1,
        from: 'connected',
        to: 'checking',
        reason: null,
        providerCode: null,
        providerSubcode: null,
        message: null,
        traceId: null,
      },
      { kind: 'token_refreshed', at: 1, grantId: G1, expiresAt: null, accessToken: 'EAAB-secret' },
    ] as unknown as HistoryEventInput[];
    for (const event of cases) expect(() => writer.record(event)).toThrow(InvalidHistoryEventError);
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM events').get()).toEqual({ n: 0 });
  });

  it('refuses events for accounts and grants it never stored, and an account under the wrong grant', () => {
    addGrant(t.db, 'grant-2', 'twitter', ['acct-x']);
    const writer = new HistoryWriter(t.db);
    expect(() => writer.record({ kind: 'check', at: 1, accountId: 'ghost' as AccountId, outcome: 'ok', latencyMs: 1, reason: null })).toThrow(
      UnknownSubjectError,
    );
    expect(() => writer.record({ kind: 'reconnected', at: 1, grantId: 'nobody' as GrantId })).toThrow(UnknownSubjectError);
    expect(() => writer.record({ kind: 'reconnected', at: 1, grantId: 'grant-2' as GrantId, accountId: A1 })).toThrow(/does not belong/);
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM events').get()).toEqual({ n: 0 });
    // Keys registered inside the failed transactions were rolled back and forgotten; writing works afterwards.
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM history_accounts').get()).toEqual({ n: 0 });
    writer.record({ kind: 'check', at: 2, accountId: A1, outcome: 'ok', latencyMs: 1, reason: null });
    expect(t.db.prepare('SELECT account_id FROM history_accounts').all()).toEqual([{ account_id: A1 }]);
  });

  it('keeps history of an account after the account itself is removed', () => {
    const writer = new HistoryWriter(t.db);
    writer.record({ kind: 'check', at: 1, accountId: A2, outcome: 'ok', latencyMs: 1, reason: null });
    t.db.prepare('DELETE FROM grants WHERE id = ?').run(G1);
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM accounts').get()).toEqual({ n: 0 });
    const timeline = new TimelineQueries(t.db).timeline(A2);
    expect(timeline.items.map((e) => [e.kind, e.provider])).toEqual([['check', 'facebook']]);
    // And new events for it still land, since history knows it.
    expect(() => writer.record({ kind: 'check', at: 2, accountId: A2, outcome: 'ok', latencyMs: 1, reason: null })).not.toThrow();
  });

  it("runs the caller's work and its events in one transaction", () => {
    const writer = new HistoryWriter(t.db);
    expect(() =>
      writer.transaction(() => {
        t.db.prepare(`UPDATE accounts SET status = 'needs_reconnect' WHERE id = ?`).run(A1);
        writer.record(everyKind[1] as HistoryEventInput);
        throw new Error('the account update failed half-way');
      }),
    ).toThrow('half-way');
    expect(t.db.prepare('SELECT status FROM accounts WHERE id = ?').get(A1)).toEqual({ status: 'connected' });
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM events').get()).toEqual({ n: 0 });
  });

  it("does not trust keys it created inside a caller's transaction that was rolled back", () => {
    const writer = new HistoryWriter(t.db);
    expect(() =>
      t.db.transaction(() => {
        writer.record({ kind: 'check', at: 1, accountId: A2, outcome: 'ok', latencyMs: 1, reason: null });
        throw new Error('the caller gave up');
      })(),
    ).toThrow('gave up');
    expect(t.db.prepare('SELECT COUNT(*) AS n FROM history_accounts').get()).toEqual({ n: 0 });
    const id = writer.record({ kind: 'check', at: 2, accountId: A2, outcome: 'ok', latencyMs: 1, reason: null });
    expect(new TimelineQueries(t.db).timeline(A2).items.map((e) => e.id)).toEqual([id]);
  });
});
