import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../../../shared/domain/settings';
import { repairSettings } from '../../../../../main/core/settings/settings-repair';

describe('repairSettings', () => {
  it('keeps valid settings as they are', () => {
    const settings = { ...structuredClone(DEFAULT_SETTINGS), theme: 'dark' as const, checkIntervalMinutes: 15 };
    expect(repairSettings(settings)).toEqual({ settings, resetKeys: [], missingKeys: [], removedKeys: [], nothingKept: false });
  });

  it('resets only the invalid keys and keeps the valid ones', () => {
    const raw = {
      ...structuredClone(DEFAULT_SETTINGS),
      checkIntervalMinutes: 2,
      theme: 'dark',
      notifications: { kinds: { ...DEFAULT_SETTINGS.notifications.kinds, expiring: 'yes' }, quietHours: { enabled: true, start: '25:00', end: '06:30' } },
    };
    const repair = repairSettings(raw);
    expect(repair.resetKeys).toEqual(['checkIntervalMinutes', 'notifications.kinds.expiring', 'notifications.quietHours.start']);
    expect(repair.settings.checkIntervalMinutes).toBe(30);
    expect(repair.settings.theme).toBe('dark');
    expect(repair.settings.notifications.kinds.expiring).toBe(true);
    expect(repair.settings.notifications.quietHours).toEqual({ enabled: true, start: '22:00', end: '06:30' });
    expect(repair.nothingKept).toBe(false);
  });

  it('fills missing keys quietly and names unknown ones', () => {
    const repair = repairSettings({
      theme: 'light',
      retention: { rawCheckDays: 90, keepForever: true },
      metaAppSecret: 's3cr3t',
      __internal__: { migrations: {} },
    });
    expect(repair.resetKeys).toEqual([]);
    expect(repair.missingKeys).toContain('checkIntervalMinutes');
    expect(repair.removedKeys).toEqual(['retention.keepForever', 'metaAppSecret']);
    expect(repair.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'light', retention: { rawCheckDays: 90 } });
  });

  it('gives a file from before lead times were a setting every warning, quietly', () => {
    const before = structuredClone(DEFAULT_SETTINGS) as { notifications: Partial<typeof DEFAULT_SETTINGS.notifications> };
    delete before.notifications.leadTimes;
    const repair = repairSettings(before);
    expect(repair.resetKeys).toEqual([]);
    expect(repair.missingKeys).toEqual(['notifications.leadTimes.7d', 'notifications.leadTimes.1d', 'notifications.leadTimes.1h']);
    expect(repair.settings.notifications.leadTimes).toEqual({ '7d': true, '1d': true, '1h': true });
  });

  it('treats a branch that is not an object as invalid, not missing', () => {
    const repair = repairSettings({ ...structuredClone(DEFAULT_SETTINGS), notifications: 'loud' });
    expect(repair.resetKeys).toEqual(expect.arrayContaining(['notifications.kinds.disconnection', 'notifications.quietHours.end']));
    expect(repair.settings.notifications).toEqual(DEFAULT_SETTINGS.notifications);
  });

  it.each([[null], [[1, 2]], ['text'], [42]])('resets everything for %j', (raw) => {
    const repair = repairSettings(raw);
    expect(repair.nothingKept).toBe(true);
    expect(repair.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('always returns valid settings, and a second pass changes nothing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const first = repairSettings(raw);
        expect(SettingsSchema.safeParse(first.settings).success).toBe(true);
        const second = repairSettings(first.settings);
        expect(second.settings).toEqual(first.settings);
        expect([...second.resetKeys, ...second.missingKeys, ...second.removedKeys]).toEqual([]);
      }),
    );
  });

  it('keeps a valid leaf whatever the rest of the file holds', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.integer({ min: 5, max: 1440 }), (noise, minutes) => {
        const repair = repairSettings({ ...noise, checkIntervalMinutes: minutes });
        expect(repair.settings.checkIntervalMinutes).toBe(minutes);
      }),
    );
  });
});
