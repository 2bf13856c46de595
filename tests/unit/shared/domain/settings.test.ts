import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, NOTIFICATION_KINDS, SettingsPatchSchema, SettingsSchema } from '../../../../shared/domain/settings';

describe('settings schema', () => {
  it('has valid defaults with the documented values', () => {
    expect(SettingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({
      checkIntervalMinutes: 30,
      launchAtLogin: false,
      closeToTray: true,
      retention: { rawCheckDays: 30 },
      theme: 'system',
      networkApps: { metaAppId: null, xClientId: null, xCallbackPort: 53682 },
      notifications: { quietHours: { enabled: false, start: '22:00', end: '07:00' }, leadTimes: { '7d': true, '1d': true, '1h': true } },
      xChecks: { plan: 'pay_per_use', monthlyBudgetUsd: null },
    });
    expect(Object.keys(DEFAULT_SETTINGS.notifications.kinds)).toEqual([...NOTIFICATION_KINDS]);
  });

  it('freezes the defaults all the way down', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS.notifications.quietHours)).toBe(true);
    expect(() => {
      (DEFAULT_SETTINGS.notifications.quietHours as { start: string }).start = '23:00';
    }).toThrow(TypeError);
  });

  it.each([
    [{ checkIntervalMinutes: 4 }, false],
    [{ checkIntervalMinutes: 5 }, true],
    [{ checkIntervalMinutes: 1440 }, true],
    [{ checkIntervalMinutes: 1441 }, false],
    [{ checkIntervalMinutes: 7.5 }, false],
    [{ retention: { rawCheckDays: 0 } }, false],
    [{ retention: { rawCheckDays: 365 } }, true],
    [{ notifications: { quietHours: { start: '24:00' } } }, false],
    [{ notifications: { quietHours: { start: '7:00' } } }, false],
    [{ notifications: { quietHours: { start: '23:59', enabled: true } } }, true],
    [{ notifications: { kinds: { cannot_verify: false } } }, true],
    [{ notifications: { kinds: { marketing: true } } }, false],
    [{ notifications: { leadTimes: { '1d': false } } }, true],
    [{ notifications: { leadTimes: { '3d': true } } }, false],
    [{ notifications: { leadTimes: { '1h': 'yes' } } }, false],
    [{ networkApps: { metaAppId: '1234567890123456' } }, true],
    [{ networkApps: { metaAppId: 'abc' } }, false],
    [{ networkApps: { xClientId: 'M1M5R3BMVy13QmpScXkzTUt5OE46MTpjaQ' } }, true],
    [{ networkApps: { xClientId: 'has spaces in it' } }, false],
    [{ theme: 'dark' }, true],
    [{ theme: 'blue' }, false],
    [{ xChecks: { plan: 'capped' } }, true],
    [{ xChecks: { plan: 'basic' } }, false],
    [{ xChecks: { monthlyBudgetUsd: 5 } }, true],
    [{ xChecks: { monthlyBudgetUsd: 4.99 } }, true],
    [{ xChecks: { monthlyBudgetUsd: null } }, true],
    [{ xChecks: { monthlyBudgetUsd: 0 } }, false],
    [{ xChecks: { monthlyBudgetUsd: -3 } }, false],
    [{ xChecks: { monthlyBudgetUsd: 1.234 } }, false],
    [{ xChecks: { spent: 1 } }, false],
  ])('patch %j valid: %s', (patch, valid) => {
    expect(SettingsPatchSchema.safeParse(patch).success).toBe(valid);
  });

  it('has no place for an app secret or any unknown key', () => {
    expect(SettingsPatchSchema.safeParse({ networkApps: { metaAppSecret: 'abc123' } }).success).toBe(false);
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, metaAppSecret: 'abc123' }).success).toBe(false);
  });
});
