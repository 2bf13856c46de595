// Quiet hours as wall-clock windows in the user's local time, crossing midnight or not, at fixed UTC offsets.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixedOffsetLocalMinutes, inQuietHours, parseTimeOfDay, quietHoursEndAt, systemLocalMinutes } from '../../../../../main/core/notify/quiet-hours';
import { MIN, UTC, utc } from './notify-fixtures';

const nights = { enabled: true, start: '22:00', end: '07:00' };
const lunch = { enabled: true, start: '13:00', end: '14:00' };

describe('local time', () => {
  it('parses HH:MM', () => {
    expect(parseTimeOfDay('00:00')).toBe(0);
    expect(parseTimeOfDay('07:30')).toBe(450);
    expect(parseTimeOfDay('23:59')).toBe(1439);
  });

  it('shifts by a fixed offset, east and west, wrapping around midnight', () => {
    expect(fixedOffsetLocalMinutes(0)(utc(12, 30))).toBe(750);
    expect(fixedOffsetLocalMinutes(120)(utc(23, 0))).toBe(60);
    expect(fixedOffsetLocalMinutes(-300)(utc(2, 0))).toBe(21 * 60);
    expect(fixedOffsetLocalMinutes(330)(utc(0, 0))).toBe(330);
  });

  it("reads this computer's clock for the system time zone", () => {
    const now = utc(15, 45);
    const d = new Date(now);
    expect(systemLocalMinutes(now)).toBe(d.getHours() * 60 + d.getMinutes());
  });
});

describe('a window that crosses midnight (22:00–07:00)', () => {
  it.each([
    [21, 59, false],
    [22, 0, true],
    [23, 30, true],
    [24, 0, true],
    [24 + 6, 59, true],
    [24 + 7, 0, false],
    [12, 0, false],
  ])('at %i:%i UTC is quiet: %s', (h, m, quiet) => {
    expect(inQuietHours(nights, utc(h, m), UTC)).toBe(quiet);
  });

  it('ends at 07:00 local, from any time inside it', () => {
    expect(quietHoursEndAt(nights, utc(22, 0), UTC)).toBe(utc(24 + 7));
    expect(quietHoursEndAt(nights, utc(24 + 3, 15), UTC)).toBe(utc(24 + 7));
    expect(quietHoursEndAt(nights, utc(12), UTC)).toBeNull();
  });
});

describe('a window within one day (13:00–14:00)', () => {
  it('is quiet only between its ends', () => {
    expect(inQuietHours(lunch, utc(12, 59), UTC)).toBe(false);
    expect(inQuietHours(lunch, utc(13, 0), UTC)).toBe(true);
    expect(inQuietHours(lunch, utc(13, 59), UTC)).toBe(true);
    expect(inQuietHours(lunch, utc(14, 0), UTC)).toBe(false);
    expect(quietHoursEndAt(lunch, utc(13, 20), UTC)).toBe(utc(14));
  });
});

describe('the user’s own time zone', () => {
  it('holds 22:00–07:00 local for someone at UTC+2 and at UTC−5', () => {
    const berlin = fixedOffsetLocalMinutes(120);
    expect(inQuietHours(nights, utc(19, 59), berlin)).toBe(false);
    expect(inQuietHours(nights, utc(20, 0), berlin)).toBe(true);
    expect(quietHoursEndAt(nights, utc(20, 0), berlin)).toBe(utc(24 + 5));
    const newYork = fixedOffsetLocalMinutes(-300);
    expect(inQuietHours(nights, utc(24 + 2, 59), newYork)).toBe(false);
    expect(inQuietHours(nights, utc(24 + 3, 0), newYork)).toBe(true);
    expect(quietHoursEndAt(nights, utc(24 + 3, 0), newYork)).toBe(utc(24 + 12));
  });
});

describe('switched off or empty', () => {
  it('is never quiet when disabled, or when start equals end', () => {
    expect(inQuietHours({ ...nights, enabled: false }, utc(23), UTC)).toBe(false);
    expect(inQuietHours({ enabled: true, start: '09:00', end: '09:00' }, utc(9), UTC)).toBe(false);
  });
});

it('ends in the future, within a day, at the first minute outside the window (any window, offset and time)', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 1439 }),
      fc.integer({ min: 0, max: 1439 }),
      fc.integer({ min: -720, max: 840 }),
      fc.integer({ min: 0, max: 3 * 1440 - 1 }),
      (start, end, offset, minute) => {
        const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        const quiet = { enabled: true, start: hhmm(start), end: hhmm(end) };
        const local = fixedOffsetLocalMinutes(offset);
        const now = utc(0) + minute * MIN;
        const endAt = quietHoursEndAt(quiet, now, local);
        if (!inQuietHours(quiet, now, local)) {
          expect(endAt).toBeNull();
          return;
        }
        expect(endAt).not.toBeNull();
        expect(endAt! - now).toBeGreaterThan(0);
        expect(endAt! - now).toBeLessThanOrEqual(1440 * MIN);
        expect(inQuietHours(quiet, endAt!, local)).toBe(false);
        expect(inQuietHours(quiet, endAt! - MIN, local)).toBe(true);
      },
    ),
  );
});
