// Countdown phrases for expiring logins and for "can't verify since".
import { describe, expect, it } from 'vitest';
import {
  cannotVerifyHeadline,
  checkedAgo,
  expiringHeadline,
  formatAgo,
  formatDuration,
  formatDurationShort,
  formatExpiry,
} from '../../../../shared/reasons/countdown';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const now = Date.UTC(2026, 10, 28, 9, 0, 0);

describe('formatDuration', () => {
  it.each([
    [6 * DAY + 23 * HOUR, '6 days'],
    [7 * DAY, '7 days'],
    [2 * DAY, '2 days'],
    [47 * HOUR, '47 hours'],
    [HOUR, '1 hour'],
    [90 * MIN, '1 hour'],
    [59 * MIN + 59_000, '59 minutes'],
    [MIN, '1 minute'],
    [59_000, 'less than a minute'],
    [0, 'less than a minute'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('has a short form', () => {
    expect(formatDurationShort(3 * HOUR + 20 * MIN)).toBe('3 h');
    expect(formatDurationShort(45 * MIN)).toBe('45 min');
    expect(formatDurationShort(3 * DAY)).toBe('3 d');
    expect(formatDurationShort(10_000)).toBe('< 1 min');
  });
});

describe('expiry', () => {
  it('counts down, never overstating the time left', () => {
    expect(formatExpiry(now + 6 * DAY + 5 * HOUR, now)).toBe('expires in 6 days');
    expect(formatExpiry(now + 23 * HOUR + 59 * MIN, now)).toBe('expires in 23 hours');
    expect(formatExpiry(now + 30_000, now)).toBe('expires in less than a minute');
  });

  it('says when it already ran out', () => {
    expect(formatExpiry(now, now)).toBe('expired just now');
    expect(formatExpiry(now - 2 * HOUR - 5 * MIN, now)).toBe('expired 2 hours ago');
  });

  it('builds the card headlines', () => {
    expect(expiringHeadline('facebook', now + 6 * DAY + HOUR, now)).toBe('Facebook login expires in 6 days');
    expect(expiringHeadline('twitter', now + 90 * MIN, now)).toBe('X login expires in 1 hour');
    expect(cannotVerifyHeadline(now - 3 * HOUR - 10 * MIN, now)).toBe("Can't verify since 3 h");
    expect(cannotVerifyHeadline(now + MIN, now)).toBe("Can't verify since < 1 min");
  });
});

describe('time ago', () => {
  it('says how long ago, short, rounding down', () => {
    expect(formatAgo(now - 30_000, now)).toBe('just now');
    expect(formatAgo(now - 2 * MIN - 59_000, now)).toBe('2 min ago');
    expect(formatAgo(now - 3 * HOUR - 40 * MIN, now)).toBe('3 h ago');
    expect(formatAgo(now - 6 * DAY, now)).toBe('6 d ago');
  });

  it('never reads a clock skew as the future', () => {
    expect(formatAgo(now + 5 * MIN, now)).toBe('just now');
  });

  it('phrases the last check, and its absence', () => {
    expect(checkedAgo(now - 2 * MIN, now)).toBe('checked 2 min ago');
    expect(checkedAgo(null, now)).toBe('not checked yet');
  });
});
