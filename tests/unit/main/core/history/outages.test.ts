import { describe, expect, it } from 'vitest';
import { findOutages, reconnectStats, type StatusChangeRow } from '../../../../../main/core/history/outages/outages';
import type { RecordedStatus } from '../../../../../shared/domain/history-event';

const row = (account_key: number, at: number, from_status: RecordedStatus, to_status: RecordedStatus, reason: string | null = null): StatusChangeRow => ({
  account_key,
  at,
  from_status,
  to_status,
  reason,
});

describe('findOutages', () => {
  it('starts an outage when the account turns down and ends it at the next return to connected or expiring', () => {
    expect(
      findOutages([
        row(1, 10, 'connected', 'needs_reconnect', 'password_changed'),
        row(1, 20, 'needs_reconnect', 'needs_action', 'security_checkpoint'),
        row(1, 30, 'needs_action', 'expiring'),
        row(1, 40, 'expiring', 'needs_action', 'account_locked'),
        row(1, 55, 'needs_action', 'connected'),
      ]),
    ).toEqual([
      { accountKey: 1, startedAt: 10, endedAt: 30, reason: 'password_changed' },
      { accountKey: 1, startedAt: 40, endedAt: 55, reason: 'account_locked' },
    ]);
  });

  it('treats unverified as the status it interrupted: a blip while down continues the outage, a blip while up is none', () => {
    expect(
      findOutages([
        row(1, 10, 'connected', 'unverified', 'rate_limited'),
        row(1, 20, 'unverified', 'connected'),
        row(1, 30, 'connected', 'needs_reconnect', 'token_expired'),
        row(1, 40, 'needs_reconnect', 'unverified', 'transient_provider_error'),
        row(1, 50, 'unverified', 'needs_reconnect', 'token_expired'),
        row(1, 60, 'needs_reconnect', 'connected'),
      ]),
    ).toEqual([{ accountKey: 1, startedAt: 30, endedAt: 60, reason: 'token_expired' }]);
  });

  it('does not count an outage that began before history did, keeps a current one open, and separates accounts', () => {
    expect(
      findOutages([
        row(1, 10, 'needs_action', 'connected'),
        row(1, 20, 'connected', 'needs_action', 'account_locked'),
        row(2, 5, 'connected', 'needs_reconnect', 'access_revoked'),
        row(3, 7, 'unverified', 'needs_reconnect', 'access_revoked'),
      ]),
    ).toEqual([
      { accountKey: 1, startedAt: 20, endedAt: null, reason: 'account_locked' },
      { accountKey: 2, startedAt: 5, endedAt: null, reason: 'access_revoked' },
      { accountKey: 3, startedAt: 7, endedAt: null, reason: 'access_revoked' },
    ]);
  });
});

describe('reconnectStats', () => {
  const outage = (startedAt: number, endedAt: number | null) => ({ accountKey: 1, startedAt, endedAt, reason: null });
  it('gives mean and median of ended outages and counts open ones', () => {
    expect(reconnectStats([outage(0, 10), outage(0, 30), outage(0, 200), outage(5, null)])).toEqual({ count: 3, open: 1, meanMs: 80, medianMs: 30 });
    expect(reconnectStats([outage(0, 10), outage(0, 40)])).toEqual({ count: 2, open: 0, meanMs: 25, medianMs: 25 });
    expect(reconnectStats([outage(0, null)])).toEqual({ count: 0, open: 1, meanMs: null, medianMs: null });
    expect(reconnectStats([])).toEqual({ count: 0, open: 0, meanMs: null, medianMs: null });
  });
});
