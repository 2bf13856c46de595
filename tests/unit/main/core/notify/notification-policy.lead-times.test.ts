// Warning lead times are a setting: a switched-off lead time is never told, not even as "entering the window".
import { describe, expect, it } from 'vitest';
import { decideNotifications } from '../../../../../main/core/notify/notification-policy';
import { EMPTY_NOTIFY_STATE } from '../../../../../main/core/notify/notify-state';
import { NOON_UTC, UTC, settingsWith, tr } from './notify-fixtures';

describe('lead times', () => {
  const entering = [tr({ from: 'connected', to: 'expiring', name: 'Acme' })];

  it('tells an account entering the 7-day window while the 7-day warning is on', () => {
    const decision = decideNotifications(entering, settingsWith(), EMPTY_NOTIFY_STATE, NOON_UTC, { localMinutes: UTC });
    expect(decision.notifications.map((n) => n.kind)).toEqual(['expiring']);
  });

  it('says nothing when it enters the window with the 7-day warning switched off', () => {
    const settings = settingsWith({ notifications: { leadTimes: { '7d': false } } });
    const decision = decideNotifications(entering, settings, EMPTY_NOTIFY_STATE, NOON_UTC, { localMinutes: UTC });
    expect(decision.notifications).toEqual([]);
  });
});
