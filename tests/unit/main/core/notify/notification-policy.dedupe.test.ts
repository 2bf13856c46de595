// Dedupe: the same account, kind and reason are told once per window, unless the account recovered in between.
import { describe, expect, it } from 'vitest';
import { decideNotifications, type PolicyDecision } from '../../../../../main/core/notify/notification-policy';
import { EMPTY_NOTIFY_STATE, type NotifyState } from '../../../../../main/core/notify/notify-state';
import type { ExpiryWarningSignal, StatusTransition } from '../../../../../main/core/notify/status-transition';
import { DAY, HOUR, MIN, NOON_UTC, UTC, disconnect, settingsWith, tr, warning } from './notify-fixtures';

/** Runs batches in order, threading the state; returns the kinds told in each batch. */
function run(batches: Array<{ at: number; transitions?: StatusTransition[]; warnings?: ExpiryWarningSignal[] }>, dedupeWindowMs?: number) {
  let state: NotifyState = EMPTY_NOTIFY_STATE;
  const told: string[][] = [];
  let last: PolicyDecision | undefined;
  for (const b of batches) {
    last = decideNotifications(b.transitions ?? [], settingsWith(), state, b.at, {
      localMinutes: UTC,
      expiryWarnings: b.warnings ?? [],
      ...(dedupeWindowMs ? { dedupeWindowMs } : {}),
    });
    state = last.state;
    told.push(last.notifications.map((n) => `${n.kind}:${n.accountId ?? '*'}`));
  }
  return { told, state };
}

const at = (h: number): number => NOON_UTC + h * HOUR;

describe('dedupe', () => {
  it('tells the same disconnection of the same account once within six hours', () => {
    const { told } = run([
      { at: at(0), transitions: [disconnect('a', 'password_changed', { at: at(0) })] },
      { at: at(2), transitions: [tr({ account: 'a', from: 'needs_reconnect', to: 'needs_reconnect', reason: 'password_changed', at: at(2) })] },
      { at: at(5.9), transitions: [tr({ account: 'a', from: 'needs_reconnect', to: 'needs_reconnect', reason: 'password_changed', at: at(5.9) })] },
    ]);
    expect(told).toEqual([['disconnection:a'], [], []]);
  });

  it('tells it again once the window has passed', () => {
    const { told } = run([
      { at: at(0), transitions: [disconnect('a')] },
      { at: at(6), transitions: [tr({ account: 'a', from: 'needs_reconnect', to: 'needs_reconnect', reason: 'password_changed', at: at(6) })] },
    ]);
    expect(told).toEqual([['disconnection:a'], ['disconnection:a']]);
  });

  it('follows a configured window', () => {
    const same = (h: number) => tr({ account: 'a', from: 'needs_reconnect', to: 'needs_reconnect', reason: 'password_changed', at: at(h) });
    const { told } = run(
      [
        { at: at(0), transitions: [disconnect('a')] },
        { at: at(0.5), transitions: [same(0.5)] },
        { at: at(1), transitions: [same(1)] },
      ],
      HOUR,
    );
    expect(told).toEqual([['disconnection:a'], [], ['disconnection:a']]);
  });

  it('tells a different reason for the same account at once', () => {
    const { told } = run([
      { at: at(0), transitions: [disconnect('a', 'token_expired')] },
      { at: at(1), transitions: [tr({ account: 'a', from: 'needs_reconnect', to: 'needs_action', reason: 'security_checkpoint', at: at(1) })] },
    ]);
    expect(told).toEqual([['disconnection:a'], ['disconnection:a']]);
  });

  it('keeps accounts apart: the same reason on another account is news', () => {
    const { told } = run([
      { at: at(0), transitions: [disconnect('a', 'password_changed', { grant: 'g1' })] },
      { at: at(1), transitions: [disconnect('b', 'password_changed', { grant: 'g2', at: at(1) })] },
    ]);
    expect(told).toEqual([['disconnection:a'], ['disconnection:b']]);
  });

  it('tells it again when the account recovered in between, and tells each reconnection', () => {
    const { told } = run([
      { at: at(0), transitions: [disconnect('a')] },
      { at: at(1), transitions: [tr({ account: 'a', from: 'needs_reconnect', to: 'connected', at: at(1) })] },
      { at: at(2), transitions: [disconnect('a', 'password_changed', { at: at(2) })] },
      { at: at(3), transitions: [tr({ account: 'a', from: 'needs_reconnect', to: 'connected', at: at(3) })] },
    ]);
    expect(told).toEqual([['disconnection:a'], ['reconnected:a'], ['disconnection:a'], ['reconnected:a']]);
  });

  it('counts a recovery into the expiring window as a recovery', () => {
    const { told } = run([
      { at: at(0), transitions: [disconnect('a')] },
      { at: at(1), transitions: [tr({ account: 'a', from: 'needs_reconnect', to: 'expiring', at: at(1) })] },
      { at: at(2), transitions: [disconnect('a', 'password_changed', { from: 'expiring', at: at(2) })] },
    ]);
    expect(told).toEqual([['disconnection:a'], ['reconnected:a'], ['disconnection:a']]);
  });

  it('tells each expiry warning once, and the same warning again only after a new login', () => {
    const exp = at(7 * 24);
    const { told } = run([
      { at: at(0), warnings: [warning('a', '7d', exp)] },
      { at: at(0.5), warnings: [warning('a', '7d', exp)] },
      { at: exp - DAY, warnings: [warning('a', '1d', exp)] },
      { at: exp - DAY + 10 * MIN, warnings: [warning('a', '1d', exp)] },
      { at: exp - HOUR, warnings: [warning('a', '1h', exp)] },
      { at: exp - 30 * MIN, transitions: [tr({ account: 'a', from: 'expiring', to: 'connected', at: exp - 30 * MIN })] },
      { at: exp - 20 * MIN, warnings: [warning('a', '1h', exp + HOUR)] },
    ]);
    expect(told).toEqual([['expiring:a'], [], ['expiring:a'], [], ['expiring:a'], [], ['expiring:a']]);
  });

  it('forgets what it told once the window has passed, so its memory stays small', () => {
    const { state } = run([
      { at: at(0), transitions: [disconnect('a', 'password_changed', { grant: 'g1' }), disconnect('b', 'access_revoked', { grant: 'g2' })] },
      { at: at(7) },
    ]);
    expect(state.sent).toEqual({});
    expect(state.held).toEqual([]);
  });
});
