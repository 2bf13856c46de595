// Property: over any realistic history of status changes, disconnections are told exactly when a simple
// reference model says so (new, or not told within the window, or recovered since), reconnections are always
// told, and a move into `unverified` is never told.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideNotifications } from '../../../../../main/core/notify/notification-policy';
import { EMPTY_NOTIFY_STATE, type NotifyState } from '../../../../../main/core/notify/notify-state';
import { needsUser, type AccountStatus } from '../../../../../shared/domain/account-status';
import type { ReasonId } from '../../../../../shared/domain/reason-id';
import { HOUR, MIN, NOON_UTC, UTC, settingsWith, tr } from './notify-fixtures';

type Target = { status: Exclude<AccountStatus, 'checking'>; reason: ReasonId | null };
const TARGETS: Target[] = [
  { status: 'connected', reason: null },
  { status: 'expiring', reason: null },
  { status: 'unverified', reason: 'rate_limited' },
  { status: 'needs_reconnect', reason: 'password_changed' },
  { status: 'needs_reconnect', reason: 'token_expired' },
  { status: 'needs_action', reason: 'security_checkpoint' },
];
const WINDOW = 6 * HOUR;

const step = fc.record({
  account: fc.constantFrom('a', 'b', 'c'),
  target: fc.integer({ min: 0, max: TARGETS.length - 1 }),
  gapMinutes: fc.integer({ min: 1, max: 8 * 60 }),
});

describe('notification policy (property)', () => {
  it('matches the reference model of dedupe and recovery', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        let state: NotifyState = EMPTY_NOTIFY_STATE;
        let now = NOON_UTC;
        const current = new Map<string, Target>();
        const toldAt = new Map<string, number>(); // `${account}|${reason}` → last told
        for (const s of steps) {
          now += s.gapMinutes * MIN;
          const from = current.get(s.account) ?? { status: 'connected', reason: null };
          let to = TARGETS[s.target] ?? TARGETS[0]!;
          // The status machine keeps a disconnected account disconnected through transient failures.
          if (needsUser(from.status) && to.status === 'unverified') to = TARGETS[0]!;
          if (to.status === from.status && to.reason === from.reason) continue;
          const t = tr({ account: s.account, grant: `g-${s.account}`, from: from.status, to: to.status, reason: to.reason, at: now });
          const decision = decideNotifications([t], settingsWith(), state, now, { localMinutes: UTC, cannotVerifyAfterMs: Number.MAX_SAFE_INTEGER });
          state = decision.state;
          current.set(s.account, to);
          const kinds = decision.notifications.map((n) => n.kind);

          if (to.status === 'connected' || to.status === 'expiring') {
            for (const key of [...toldAt.keys()]) if (key.startsWith(`${s.account}|`)) toldAt.delete(key);
          }
          if (needsUser(to.status)) {
            const key = `${s.account}|${to.reason}`;
            const last = toldAt.get(key);
            const expected = last === undefined || now - last >= WINDOW;
            expect(kinds).toEqual(expected ? ['disconnection'] : []);
            if (expected) toldAt.set(key, now);
          } else if (needsUser(from.status)) {
            expect(kinds).toEqual(['reconnected']);
          } else if (to.status === 'unverified' || to.status === 'connected') {
            expect(kinds).toEqual([]);
          } else {
            expect(kinds.every((k) => k === 'expiring')).toBe(true);
          }
          for (const n of decision.notifications) expect(n.accountIds).toEqual([s.account]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
