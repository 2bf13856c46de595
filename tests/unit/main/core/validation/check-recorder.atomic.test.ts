/** CheckRecorder.record is one transaction: a failure anywhere in it leaves the database as it was. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidHistoryEventError } from '../../../../../main/core/history/history.writer';
import { accountsReport, DAY, GRANT, NOW, ok, permissions, problem, tracked } from '../../../../fixtures/validation/reports';
import { openRecorderDb, type RecorderDb } from '../../../../fixtures/validation/recorder-db';

let r: RecorderDb;

beforeEach(() => {
  r = openRecorderDb(['a1', 'a2']);
});
afterEach(() => r.dispose());

/** A check that writes every kind of thing: health, a problem, missing scopes, grant expiries, events. */
const busyReport = accountsReport(
  [
    [tracked('a1'), problem('password_changed')],
    [tracked('a2'), ok(NOW + 3 * DAY)],
  ],
  permissions(['pages_show_list'], ['pages_manage_posts']),
  { access: NOW + 3 * DAY, refresh: null, dataAccess: null },
);

function snapshot() {
  return {
    accounts: r.db.prepare('SELECT * FROM accounts ORDER BY id').all(),
    grants: r.db.prepare('SELECT * FROM grants ORDER BY id').all(),
    events: r.eventKinds(),
  };
}

describe('CheckRecorder.record: all or nothing', () => {
  it('writes nothing when the events turn out invalid after the accounts were updated', () => {
    const before = snapshot();
    // A negative latency (a clock that went backwards) fails the history vocabulary at the very end of the work.
    expect(() => r.recorder.record(GRANT, busyReport, { now: NOW, latencyMs: -5 })).toThrow(InvalidHistoryEventError);
    expect(snapshot()).toEqual(before);
  });

  it('writes nothing when SQLite refuses the grant update part-way', () => {
    r.db.exec(`CREATE TRIGGER refuse_grant_update BEFORE UPDATE ON grants BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    const before = snapshot();
    expect(() => r.recorder.record(GRANT, busyReport, { now: NOW, latencyMs: 5 })).toThrow(/disk full/);
    expect(snapshot()).toEqual(before);
  });

  it('writes nothing when SQLite refuses an event insert', () => {
    r.db.exec(`CREATE TRIGGER refuse_drift BEFORE INSERT ON events WHEN NEW.kind = 'permission_drift' BEGIN SELECT RAISE(ABORT, 'no room'); END;`);
    const before = snapshot();
    expect(() => r.recorder.record(GRANT, busyReport, { now: NOW, latencyMs: 5 })).toThrow(/no room/);
    expect(snapshot()).toEqual(before);
  });

  it('records normally after a failed attempt', () => {
    expect(() => r.recorder.record(GRANT, busyReport, { now: NOW, latencyMs: -5 })).toThrow();
    const recorded = r.recorder.record(GRANT, busyReport, { now: NOW, latencyMs: 5 });
    expect(recorded.signals.transitions.map((t) => [t.accountId, t.to])).toEqual([
      ['a1', 'needs_reconnect'],
      ['a2', 'expiring'],
    ]);
    expect(r.eventKinds()).toEqual(['check', 'status_changed', 'check', 'status_changed', 'expiry_warning', 'permission_drift']);
  });
});
