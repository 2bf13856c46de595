import { describe, expect, it } from 'vitest';
import { BadDateError, parseDateInput } from '../../../../../main/core/history/date-input';

describe('parseDateInput', () => {
  it('reads a bare day as a UTC day: its start, or (as an end) the start of the next day', () => {
    expect(parseDateInput('2026-03-31', 'start')).toBe(Date.UTC(2026, 2, 31));
    expect(parseDateInput('2026-03-31', 'end')).toBe(Date.UTC(2026, 3, 1));
    expect(parseDateInput('2024-02-29', 'start')).toBe(Date.UTC(2024, 1, 29));
  });

  it('reads ISO times with a zone exactly', () => {
    expect(parseDateInput('2026-11-28T08:30:00Z', 'start')).toBe(Date.UTC(2026, 10, 28, 8, 30));
    expect(parseDateInput('2026-11-28T08:30Z', 'end')).toBe(Date.UTC(2026, 10, 28, 8, 30));
    expect(parseDateInput('2026-11-28T10:30:00.250+02:00', 'start')).toBe(Date.UTC(2026, 10, 28, 8, 30, 0, 250));
  });

  it('refuses anything else, including days that do not exist and times without a zone', () => {
    for (const bad of [
      '',
      'yesterday',
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '2026-1-5',
      '28/11/2026',
      '2026-11-28T08:30:00',
      '2026-11-28T24:00Z',
      '2026-11-28T08:61Z',
      '2026-11-28T08:30+25:00',
      '1969-12-31T23:59Z',
      '2026-11-28 08:30Z',
    ]) {
      expect(() => parseDateInput(bad, 'start'), bad).toThrow(BadDateError);
    }
    expect(() => parseDateInput('2026-02-30', 'start')).toThrow(/"2026-02-30" is not a date: use YYYY-MM-DD/);
  });
});
