/** planCheck with lead times switched off in Settings: only the chosen warnings are given and recorded. */
import { describe, expect, it } from 'vitest';
import { planCheck } from '../../../../../main/core/validation/check-plan';
import { enabledLeadTimes, type ExpiryThresholdId } from '../../../../../main/core/accounts/expiry-warnings';
import { DEFAULT_SETTINGS } from '../../../../../shared/domain/settings';
import { accountsReport, DAY, GRANT, health, HOUR, NOW, ok, tracked } from '../../../../fixtures/validation/reports';

function given(left: number, warned: readonly ExpiryThresholdId[], leadTimes: ReadonlySet<ExpiryThresholdId>) {
  const expiresAt = NOW + left;
  const account = tracked('a1', health({ expiresAt }), { warned });
  const plan = planCheck(GRANT, [account], accountsReport([[account, ok(expiresAt)]]), { now: NOW, latencyMs: 0, leadTimes }, []);
  return plan.events.flatMap((e) => (e.kind === 'expiry_warning' ? [e.threshold] : []));
}

describe('planCheck: lead times from Settings', () => {
  it.each([
    // Only the 1-hour warning: nothing at 6 days or 20 hours, the warning at 30 minutes.
    [6 * DAY, [], ['1h'], []],
    [20 * HOUR, [], ['1h'], []],
    [30 * 60_000, [], ['1h'], ['1h']],
    // The 1-day warning off: crossing 1 day after the 7-day one says nothing more.
    [20 * HOUR, ['7d'], ['7d', '1h'], []],
    // Asleep through both: the most urgent warning still on is given, once.
    [20 * HOUR, [], ['7d', '1h'], ['7d']],
    // All off: no warning at all.
    [30 * 60_000, [], [], []],
  ] as const)('access ending in %d ms, warned %j, lead times %j → %j', (left, warned, leadTimes, expected) => {
    expect(given(left, warned, new Set(leadTimes))).toEqual(expected);
  });

  it('reads the lead times switched on in the settings', () => {
    expect([...enabledLeadTimes(DEFAULT_SETTINGS)]).toEqual(['7d', '1d', '1h']);
    const someOff = { ...DEFAULT_SETTINGS, notifications: { ...DEFAULT_SETTINGS.notifications, leadTimes: { '7d': false, '1d': true, '1h': false } } };
    expect([...enabledLeadTimes(someOff)]).toEqual(['1d']);
  });
});
