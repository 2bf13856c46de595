/** CheckRecorder.record against real SQLite: what one check writes, and the signals it names for notifications. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { AccountsRepository } from '../../../../../main/core/accounts/accounts.repository';
import { HistoryWriter } from '../../../../../main/core/history/history.writer';
import { DATABASE_FILE } from '../../../../../main/core/history/database';
import { CheckRecorder, type CheckHistory } from '../../../../../main/core/validation/check-recorder';
import type { ValidationReport } from '../../../../../main/core/providers/provider';
import {
  accountsReport,
  classification,
  DAY,
  GRANT,
  grantProblemReport,
  NOW,
  ok,
  permissions,
  problem,
  tracked,
} from '../../../../fixtures/validation/reports';
import { openRecorderDb, type RecorderDb } from '../../../../fixtures/validation/recorder-db';

const timing = { now: NOW, latencyMs: 120 };
let r: RecorderDb;

beforeEach(() => {
  r = openRecorderDb(['a1', 'a2']);
});
afterEach(() => r.dispose());

function report(
  v1: Parameters<typeof accountsReport>[0][number][1],
  v2: Parameters<typeof accountsReport>[0][number][1],
  extra: Partial<ValidationReport> = {},
): ValidationReport {
  return {
    ...accountsReport([
      [tracked('a1'), v1],
      [tracked('a2'), v2],
    ]),
    ...extra,
  };
}

describe('CheckRecorder.record', () => {
  it("stores each account's new health and problem, and the check's events", () => {
    const c = classification('password_changed', { provider: { code: 190, subcode: 460, type: 'OAuthException', message: 'changed password', traceId: 'T1' } });
    const recorded = r.recorder.record(GRANT, report(ok(), { kind: 'problem', classification: c }), timing);
    expect(recorded.outcome).toBe('permanent');
    expect(r.account('a1').health).toMatchObject({ status: 'connected', reason: null });
    expect(r.account('a2').health).toMatchObject({ status: 'needs_reconnect', reason: 'password_changed', statusSince: NOW });
    const view = r.repo.list().find((a) => a.id === 'a2');
    expect(view).toMatchObject({ lastCheckedAt: NOW, problem: { code: 190, subcode: 460, traceId: 'T1', detail: 'changed password' } });
    expect(r.eventKinds()).toEqual(['check', 'check', 'status_changed']);
    expect(recorded.events.map((e) => e.kind)).toEqual(r.eventKinds());
  });

  it("stores the grant's reported expiries, granted scopes and missing scopes", () => {
    const expiries = { access: NOW + 50 * DAY, refresh: 'never' as const, dataAccess: NOW + 80 * DAY };
    r.recorder.record(
      GRANT,
      report(ok(), ok(), { expiries, permissions: permissions(['pages_show_list', 'instagram_basic'], ['pages_manage_posts'], ['pages_manage_posts']) }),
      timing,
    );
    expect(r.grantRow()).toEqual({
      last_checked_at: NOW,
      access_expires_at: NOW + 50 * DAY,
      // 'never' is not a moment: stored as unknown.
      refresh_expires_at: null,
      data_access_expires_at: NOW + 80 * DAY,
      scopes: JSON.stringify(['pages_show_list', 'instagram_basic']),
      missing_scopes: JSON.stringify(['pages_manage_posts']),
    });
    expect(r.repo.missingScopes(GRANT)).toEqual(['pages_manage_posts']);
    expect(r.eventKinds()).toContain('permission_drift');
  });

  it('leaves the grant row alone when the grant itself failed', () => {
    const before = r.grantRow();
    r.recorder.record(GRANT, grantProblemReport(classification('access_revoked')), timing);
    expect(r.grantRow()).toEqual(before);
    expect([r.account('a1').health.status, r.account('a2').health.status]).toEqual(['needs_reconnect', 'needs_reconnect']);
  });

  it('remembers which expiry warnings were given, so the next check does not repeat them', () => {
    const expiresAt = NOW + 3 * DAY;
    const first = r.recorder.record(GRANT, report(ok(expiresAt), ok(expiresAt)), timing);
    expect(first.signals.warnings.map((w) => [w.accountId, w.threshold])).toEqual([
      ['a1', '7d'],
      ['a2', '7d'],
    ]);
    const second = r.recorder.record(GRANT, report(ok(expiresAt), ok(expiresAt)), { now: NOW + 60_000, latencyMs: 1 });
    expect(second.signals.warnings).toEqual([]);
    expect(r.eventKinds().filter((k) => k === 'expiry_warning')).toHaveLength(2);
  });

  it('names status changes and warnings for notifications: account, grant and network', () => {
    const expiresAt = NOW + 20 * 3_600_000;
    const recorded = r.recorder.record(GRANT, report(problem('insufficient_page_role'), ok(expiresAt)), timing);
    expect(recorded.signals.transitions).toEqual([
      {
        accountId: 'a1',
        grantId: GRANT,
        provider: 'facebook',
        accountName: 'Account a1',
        grantName: 'Person grant-1',
        from: 'connected',
        to: 'needs_action',
        reason: 'insufficient_page_role',
        at: NOW,
      },
      expect.objectContaining({ accountId: 'a2', from: 'connected', to: 'expiring', reason: null }),
    ]);
    expect(recorded.signals.warnings).toEqual([
      { accountId: 'a2', grantId: GRANT, provider: 'facebook', accountName: 'Account a2', grantName: 'Person grant-1', threshold: '1d', expiresAt, at: NOW },
    ]);
  });

  it('has no signals for a check that changed nothing', () => {
    const recorded = r.recorder.record(GRANT, report(ok(), ok()), timing);
    expect(recorded.signals).toEqual({ transitions: [], warnings: [] });
    expect(recorded).toMatchObject({ outcome: 'ok', retryAfterMs: null });
  });

  it('starts each check from what is stored, so a repeated failure is one status change', () => {
    r.recorder.record(GRANT, report(problem('password_changed'), ok()), timing);
    const again = r.recorder.record(GRANT, report(problem('password_changed'), ok()), { now: NOW + 60_000, latencyMs: 1 });
    expect(again.signals.transitions).toEqual([]);
    expect(r.eventKinds().filter((k) => k === 'status_changed')).toHaveLength(1);
  });

  it("reads the accounts inside its transaction: another process's check committed just before is respected", () => {
    // A second connection to the same file plays another Tether process checking the same grant.
    const otherDb = new BetterSqlite3(join(r.t.dir, DATABASE_FILE));
    try {
      const other = new CheckRecorder(new AccountsRepository(otherDb), new HistoryWriter(otherDb));
      const failing = report(problem('password_changed'), ok());
      // The other process commits its check in the moment between our call and our transaction's start.
      const racedHistory: CheckHistory = {
        recordMany: (events) => r.writer.recordMany(events),
        transaction: (work) => {
          other.record(GRANT, failing, timing);
          return r.writer.transaction(work);
        },
      };
      const ours = new CheckRecorder(r.repo, racedHistory).record(GRANT, failing, { now: NOW + 1_000, latencyMs: 1 });
      expect(ours.signals.transitions).toEqual([]);
      expect(r.eventKinds().filter((k) => k === 'status_changed')).toHaveLength(1);
      expect(r.account('a1').health).toMatchObject({ status: 'needs_reconnect', statusSince: NOW });
    } finally {
      otherDb.close();
    }
  });
});
