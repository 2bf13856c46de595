// Quiet hours in the policy: news is held in the state and released as ONE notification when they end.
import { describe, expect, it } from 'vitest';
import { decideNotifications, nextDecisionAt, type PolicyDecision } from '../../../../../main/core/notify/notification-policy';
import { EMPTY_NOTIFY_STATE, type NotifyState } from '../../../../../main/core/notify/notify-state';
import { fixedOffsetLocalMinutes, type LocalMinutes } from '../../../../../main/core/notify/quiet-hours';
import type { StatusTransition } from '../../../../../main/core/notify/status-transition';
import type { Settings } from '../../../../../shared/domain/settings';
import { QUIET_NIGHTS, UTC, disconnect, settingsWith, tr, utc } from './notify-fixtures';

function step(
  transitions: StatusTransition[],
  now: number,
  state: NotifyState,
  settings: Settings = QUIET_NIGHTS,
  localMinutes: LocalMinutes = UTC,
): PolicyDecision {
  return decideNotifications(transitions, settings, state, now, { localMinutes });
}

describe('holding through quiet hours', () => {
  it('shows nothing at night, then one summary at 07:00', () => {
    const night = step(
      [
        disconnect('a', 'password_changed', { grant: 'g1', name: 'Acme', at: utc(23) }),
        disconnect('b', 'access_revoked', { grant: 'g2', name: 'Bolt', at: utc(23) }),
      ],
      utc(23),
      EMPTY_NOTIFY_STATE,
    );
    expect(night.notifications).toEqual([]);
    expect(night.state.held.map((c) => c.accountId)).toEqual(['a', 'b']);
    const stillNight = step([], utc(24 + 6, 59), night.state);
    expect(stillNight.notifications).toEqual([]);
    const morning = step([], utc(24 + 7), stillNight.state);
    expect(morning.notifications).toHaveLength(1);
    expect(morning.notifications[0]).toMatchObject({
      kind: 'summary',
      title: '2 accounts need you',
      body: 'During quiet hours: Acme and Bolt.',
      target: { kind: 'needs_you' },
    });
    expect(morning.state.held).toEqual([]);
  });

  it('releases a single held notification as itself', () => {
    const night = step([disconnect('a', 'password_changed', { name: 'Acme', at: utc(1) })], utc(1), EMPTY_NOTIFY_STATE);
    const morning = step([], utc(7), night.state);
    expect(morning.notifications.map((n) => [n.kind, n.title])).toEqual([['disconnection', 'Acme: Password changed']]);
  });

  it('folds what the first check after quiet hours finds into the same summary', () => {
    const night = step([disconnect('a', 'password_changed', { grant: 'g1', at: utc(1) })], utc(1), EMPTY_NOTIFY_STATE);
    const morning = step([disconnect('b', 'access_revoked', { grant: 'g2', at: utc(7, 5) })], utc(7, 5), night.state);
    expect(morning.notifications).toHaveLength(1);
    expect(morning.notifications[0]?.accountIds).toEqual(['a', 'b']);
  });

  it('tells at once just before and just after the window', () => {
    expect(step([disconnect('a', 'password_changed', { at: utc(21, 59) })], utc(21, 59), EMPTY_NOTIFY_STATE).notifications).toHaveLength(1);
    expect(step([disconnect('a', 'password_changed', { at: utc(7) })], utc(7), EMPTY_NOTIFY_STATE).notifications).toHaveLength(1);
    expect(step([disconnect('a', 'password_changed', { at: utc(22) })], utc(22), EMPTY_NOTIFY_STATE).notifications).toEqual([]);
  });

  it('uses the user’s local time: 22:00–07:00 in UTC+2 is 20:00–05:00 UTC', () => {
    const berlin = fixedOffsetLocalMinutes(120);
    const evening = step([disconnect('a', 'password_changed', { at: utc(20, 30) })], utc(20, 30), EMPTY_NOTIFY_STATE, QUIET_NIGHTS, berlin);
    expect(evening.notifications).toEqual([]);
    expect(nextDecisionAt(evening.state, QUIET_NIGHTS, utc(20, 30), { localMinutes: berlin })).toBe(utc(24 + 5));
    expect(step([], utc(24 + 4, 59), evening.state, QUIET_NIGHTS, berlin).notifications).toEqual([]);
    expect(step([], utc(24 + 5), evening.state, QUIET_NIGHTS, berlin).notifications).toHaveLength(1);
  });

  it('holds a daytime window too (13:00–14:00)', () => {
    const lunch = settingsWith({ notifications: { quietHours: { enabled: true, start: '13:00', end: '14:00' } } });
    const held = step([disconnect('a', 'password_changed', { at: utc(13, 30) })], utc(13, 30), EMPTY_NOTIFY_STATE, lunch);
    expect(held.notifications).toEqual([]);
    expect(step([], utc(14), held.state, lunch).notifications).toHaveLength(1);
  });
});

describe('what the night changed', () => {
  it('drops a disconnection that recovered before morning, and its reconnection', () => {
    const a = step([disconnect('a', 'password_changed', { at: utc(23) })], utc(23), EMPTY_NOTIFY_STATE);
    const b = step([tr({ account: 'a', from: 'needs_reconnect', to: 'connected', at: utc(24 + 2) })], utc(24 + 2), a.state);
    expect(b.state.held).toEqual([]);
    expect(step([], utc(24 + 7), b.state).notifications).toEqual([]);
  });

  it('keeps only the latest reason of an account', () => {
    const a = step([disconnect('a', 'token_expired', { at: utc(23) })], utc(23), EMPTY_NOTIFY_STATE);
    const b = step(
      [tr({ account: 'a', name: 'Acme', from: 'needs_reconnect', to: 'needs_action', reason: 'security_checkpoint', at: utc(24 + 1) })],
      utc(24 + 1),
      a.state,
    );
    const morning = step([], utc(24 + 7), b.state);
    expect(morning.notifications.map((n) => n.title)).toEqual(['Acme: Security check waiting']);
  });

  it('holds a repeated disconnection once', () => {
    const a = step([disconnect('a', 'password_changed', { at: utc(23) })], utc(23), EMPTY_NOTIFY_STATE);
    const b = step([tr({ account: 'a', from: 'needs_reconnect', to: 'needs_reconnect', reason: 'password_changed', at: utc(24 + 1) })], utc(24 + 1), a.state);
    expect(b.state.held).toHaveLength(1);
  });

  it('releases at once when quiet hours are switched off, and leaves out kinds switched off meanwhile', () => {
    const a = step(
      [disconnect('a', 'password_changed', { grant: 'g1', at: utc(23) }), tr({ account: 'e', grant: 'g2', from: 'connected', to: 'expiring', at: utc(23) })],
      utc(23),
      EMPTY_NOTIFY_STATE,
    );
    const noQuiet = settingsWith({ notifications: { quietHours: { enabled: false }, kinds: { expiring: false } } });
    expect(nextDecisionAt(a.state, noQuiet, utc(23, 1), { localMinutes: UTC })).toBe(utc(23, 1));
    const released = step([], utc(23, 1), a.state, noQuiet);
    expect(released.notifications.map((n) => [n.kind, n.accountId])).toEqual([['disconnection', 'a']]);
  });

  it('escalates failing checks during quiet hours into the morning summary', () => {
    const a = step(
      [tr({ account: 'u', name: 'Umbra', from: 'connected', to: 'unverified', reason: 'rate_limited', at: utc(23) })],
      utc(23),
      EMPTY_NOTIFY_STATE,
    );
    expect(nextDecisionAt(a.state, QUIET_NIGHTS, utc(23), { localMinutes: UTC })).toBe(utc(24 + 2));
    const b = step([], utc(24 + 2), a.state);
    expect(b.notifications).toEqual([]);
    expect(b.state.held.map((c) => c.kind)).toEqual(['cannot_verify']);
    expect(nextDecisionAt(b.state, QUIET_NIGHTS, utc(24 + 2), { localMinutes: UTC })).toBe(utc(24 + 7));
    expect(step([], utc(24 + 7), b.state).notifications.map((n) => n.title)).toEqual(["Umbra: Can't verify since 8 h"]);
  });
});
