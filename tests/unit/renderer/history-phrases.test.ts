// The History section's words: uptime rounding, time to reconnect, each event kind, and the folding of successful checks.
import { describe, expect, it } from 'vitest';
import { eventLine, reconnectSentence, timelineLines, uptimePercent } from '../../../renderer/src/features/detail/history-phrases';
import type { HistoryEvent } from '../../../shared/domain/history-event';
import type { AccountId, GrantId } from '../../../shared/domain/ids';

const MIN = 60_000;
const subject = { provider: 'facebook', grantId: 'g-1' as GrantId, accountId: 'a-1' as AccountId } as const;
let nextId = 1;
const check = (at: number, outcome: 'ok' | 'transient' | 'permanent', reason: 'rate_limited' | 'password_changed' | null = null): HistoryEvent => ({
  ...subject,
  id: nextId++,
  at,
  kind: 'check',
  outcome,
  latencyMs: 120,
  reason,
});
const date = (at: number) => `day ${at}`;

describe('uptimePercent', () => {
  it('shows one decimal, rounded down so that a short outage is never hidden as 100%', () => {
    expect(uptimePercent(0.992)).toBe('99.2%');
    expect(uptimePercent(0.99996)).toBe('99.9%');
    expect(uptimePercent(1)).toBe('100.0%');
    expect(uptimePercent(0)).toBe('0.0%');
    expect(uptimePercent(null)).toBe('—');
  });
});

describe('reconnectSentence', () => {
  it('gives the mean, the median and the count of disconnections', () => {
    expect(reconnectSentence({ count: 3, open: 0, meanMs: 20 * MIN, medianMs: 15 * MIN })).toBe(
      'Back in 20 minutes on average (median 15 minutes), 3 disconnections in 90 days.',
    );
  });
  it('says when the account is still disconnected, counting that disconnection', () => {
    expect(reconnectSentence({ count: 1, open: 1, meanMs: 5 * MIN, medianMs: 5 * MIN })).toBe(
      'Back in 5 minutes on average, 2 disconnections in 90 days — still disconnected.',
    );
    expect(reconnectSentence({ count: 0, open: 1, meanMs: null, medianMs: null })).toBe('1 disconnection in 90 days — still disconnected.');
  });
  it('says when there was none', () => {
    expect(reconnectSentence({ count: 0, open: 0, meanMs: null, medianMs: null })).toBe('No disconnections in 90 days.');
  });
});

describe('eventLine', () => {
  it('names status changes with the reason card title, except the way back to Connected', () => {
    const change = { ...subject, id: 1, at: 0, kind: 'status_changed', providerCode: 190, providerSubcode: 460, message: null, traceId: null } as const;
    expect(eventLine({ ...change, from: 'connected', to: 'needs_reconnect', reason: 'password_changed' }, date)).toEqual({
      text: 'Needs reconnect — Password changed',
      tone: 'bad',
    });
    expect(eventLine({ ...change, from: 'needs_reconnect', to: 'connected', reason: 'password_changed' }, date)).toEqual({ text: 'Connected', tone: 'ok' });
    expect(eventLine({ ...change, from: 'connected', to: 'unverified', reason: null }, date)).toEqual({ text: "Can't verify", tone: 'warn' });
  });
  it('puts the login events in plain words', () => {
    const base = { ...subject, id: 1, at: 0 } as const;
    expect(eventLine({ ...base, kind: 'token_refreshed', expiresAt: 42 }, date).text).toBe('Login renewed — valid until day 42');
    expect(eventLine({ ...base, kind: 'expiry_warning', threshold: '1h', expiresAt: 42 }, date).text).toBe('Warned: expires in 1 hour');
    expect(eventLine({ ...base, kind: 'expiry_warning', threshold: '7d', expiresAt: 42 }, date).text).toBe('Warned: expires in 7 days');
    expect(eventLine({ ...base, kind: 'reconnected' }, date).text).toBe('Reconnected');
    expect(eventLine({ ...base, kind: 'disconnected_by_user' }, date).text).toBe('Disconnected by you');
    expect(
      eventLine(
        { ...base, kind: 'permission_drift', missingScopes: ['pages_manage_posts', 'pages_read_engagement'], declinedScopes: ['pages_show_list'] },
        date,
      ).text,
    ).toBe('Missing permissions: pages_manage_posts, pages_read_engagement; Declined permissions: pages_show_list');
    expect(eventLine({ ...base, kind: 'permission_drift', missingScopes: [], declinedScopes: [] }, date)).toEqual({
      text: 'All permissions granted again',
      tone: 'ok',
    });
  });
});

describe('timelineLines', () => {
  it('folds runs of two or more successful checks and keeps failed and transient ones apart, newest first', () => {
    const events = [
      check(900, 'ok'),
      check(800, 'ok'),
      check(700, 'ok'),
      check(600, 'transient', 'rate_limited'),
      check(500, 'ok'),
      check(400, 'permanent', 'password_changed'),
      check(300, 'ok'),
      check(200, 'ok'),
    ];
    const lines = timelineLines(events, date);
    expect(lines.map((l) => (l.kind === 'checks_ok' ? `${l.count} ok ${l.from}-${l.to}` : l.text))).toEqual([
      '3 ok 700-900',
      "Check couldn't tell — Asked to slow down",
      'Check OK',
      'Check failed — Password changed',
      '2 ok 200-300',
    ]);
    expect(new Set(lines.map((l) => l.key)).size).toBe(lines.length);
  });
  it('is empty for no events', () => {
    expect(timelineLines([], date)).toEqual([]);
  });
});
