// The tray's one-glance summary of every account.
import { describe, expect, it } from 'vitest';
import { trayState } from '../../../../../main/core/notify/tray-state';
import { view } from './notify-fixtures';

describe('trayState', () => {
  it('says so when there are no accounts yet', () => {
    expect(trayState([])).toEqual({ level: 'ok', count: 0, tooltip: 'Tether: no accounts yet' });
  });

  it('is all good when every account is connected', () => {
    expect(trayState([view('a', 'connected')])).toEqual({ level: 'ok', count: 0, tooltip: 'Tether: your account is connected' });
    expect(trayState([view('a', 'connected'), view('b', 'connected'), view('c', 'connected')])).toEqual({
      level: 'ok',
      count: 0,
      tooltip: 'Tether: all 3 accounts connected',
    });
  });

  it('is "expiring" with the number of expiring accounts', () => {
    expect(trayState([view('a', 'connected'), view('b', 'expiring'), view('c', 'expiring')])).toEqual({
      level: 'expiring',
      count: 2,
      tooltip: 'Tether: 2 accounts expiring soon',
    });
  });

  it('is "needs you" with the number of accounts to reconnect or act on, and still mentions expiry', () => {
    const state = trayState([view('a', 'needs_reconnect'), view('b', 'needs_action'), view('c', 'expiring'), view('d', 'connected')]);
    expect(state).toEqual({ level: 'needs_you', count: 2, tooltip: 'Tether: 2 accounts need you, 1 account expiring soon' });
    expect(trayState([view('a', 'needs_action')]).tooltip).toBe('Tether: 1 account needs you');
  });

  it('counts accounts whose checks are failing as what they last were, and says they are not being checked', () => {
    const failing = [view('a', 'unverified', { lastKnownStatus: 'expiring' }), view('b', 'unverified', { lastKnownStatus: 'connected' })];
    expect(trayState(failing)).toEqual({ level: 'expiring', count: 1, tooltip: "Tether: 1 account expiring soon, 2 can't be checked right now" });
    expect(trayState([view('b', 'unverified', { lastKnownStatus: 'connected' })]).level).toBe('ok');
  });

  it('counts an account being checked as what it last was', () => {
    expect(trayState([view('a', 'checking', { lastKnownStatus: 'needs_reconnect' })])).toMatchObject({ level: 'needs_you', count: 1 });
    expect(trayState([view('a', 'checking', { lastKnownStatus: null })])).toMatchObject({ level: 'ok', count: 0 });
  });
});
