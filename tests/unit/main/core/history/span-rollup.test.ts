import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { totalSpan, type CheckSample, type SpanInput } from '../../../../../main/core/history/uptime/span-rollup';

const MIN = 60_000;
const ok = (at: number, latencyMs = 100): CheckSample => ({ at, outcome: 'ok', latencyMs });

const base: SpanInput = { start: 0, end: 24 * 60 * MIN, horizonMs: 60 * MIN, previousCheckAt: null, checks: [], upAtStart: true, changes: [] };

describe('totalSpan', () => {
  it('counts each check as observing until the next one, at most the horizon, clipped at the span end', () => {
    const checks = [ok(0), ok(30 * MIN), ok(23 * 60 * MIN + 30 * MIN)];
    const t = totalSpan({ ...base, checks });
    // 0→30 min, 30→90 min (horizon), 23:30→24:00 (span end)
    expect(t.observedMs).toBe(30 * MIN + 60 * MIN + 30 * MIN);
    expect(t.upMs).toBe(t.observedMs);
    expect([t.checksOk, t.checksTransient, t.checksPermanent, t.latencySumMs, t.latencyMaxMs]).toEqual([3, 0, 0, 300, 100]);
  });

  it('lets the last check before the span cover its beginning, within the horizon', () => {
    expect(totalSpan({ ...base, previousCheckAt: -20 * MIN, checks: [ok(10 * MIN)] }).observedMs).toBe(10 * MIN + 60 * MIN);
    expect(totalSpan({ ...base, previousCheckAt: -20 * MIN, checks: [ok(50 * MIN)] }).observedMs).toBe(40 * MIN + 60 * MIN);
    expect(totalSpan({ ...base, previousCheckAt: -90 * MIN, checks: [] }).observedMs).toBe(0);
  });

  it('counts up time only while the effective status is up, and only where observed', () => {
    const checks = Array.from({ length: 48 }, (_, i) => ok(i * 30 * MIN));
    const t = totalSpan({
      ...base,
      checks,
      changes: [
        { at: 10 * 60 * MIN, up: false },
        { at: 12 * 60 * MIN + 15 * MIN, up: true },
        // a repeated "up" changes nothing
        { at: 13 * 60 * MIN, up: true },
      ],
    });
    expect(t.observedMs).toBe(24 * 60 * MIN);
    expect(t.upMs).toBe(24 * 60 * MIN - (2 * 60 + 15) * MIN);
  });

  it('starts down when the account was down at the span start', () => {
    const t = totalSpan({ ...base, checks: [ok(0), ok(30 * MIN)], upAtStart: false, changes: [{ at: 45 * MIN, up: true }] });
    expect(t.observedMs).toBe(90 * MIN);
    expect(t.upMs).toBe(45 * MIN);
  });

  it('keeps its invariants for any checks and changes: 0 <= up <= observed <= span, counts add up', () => {
    const span = 24 * 60 * MIN;
    const arb = fc.record({
      checkTimes: fc.uniqueArray(fc.integer({ min: 0, max: span - 1 }), { maxLength: 80 }),
      changeTimes: fc.array(fc.record({ at: fc.integer({ min: 0, max: span - 1 }), up: fc.boolean() }), { maxLength: 20 }),
      outcomes: fc.array(fc.constantFrom('ok', 'transient', 'permanent' as const), { minLength: 80, maxLength: 80 }),
      horizon: fc.integer({ min: 1, max: 6 * 60 * MIN }),
      previous: fc.option(fc.integer({ min: -span, max: -1 }), { nil: null }),
      upAtStart: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ checkTimes, changeTimes, outcomes, horizon, previous, upAtStart }) => {
        const checks = [...checkTimes].sort((a, b) => a - b).map((at, i) => ({ at, outcome: outcomes[i] ?? 'ok', latencyMs: at % 997 }));
        const changes = [...changeTimes].sort((a, b) => a.at - b.at);
        const t = totalSpan({ start: 0, end: span, horizonMs: horizon, previousCheckAt: previous, checks, upAtStart, changes });
        expect(t.upMs).toBeGreaterThanOrEqual(0);
        expect(t.upMs).toBeLessThanOrEqual(t.observedMs);
        expect(t.observedMs).toBeLessThanOrEqual(span);
        expect(t.observedMs).toBeLessThanOrEqual((checks.length + (previous === null ? 0 : 1)) * horizon);
        expect(t.checksOk + t.checksTransient + t.checksPermanent).toBe(checks.length);
        if (changes.length === 0 && upAtStart) expect(t.upMs).toBe(t.observedMs);
        if (changes.length === 0 && !upAtStart) expect(t.upMs).toBe(0);
      }),
    );
  });

  it('splits the same history into days that add up to the whole (no double counting at midnight)', () => {
    const day = 24 * 60 * MIN;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 2 * day - 1 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.record({ at: fc.integer({ min: 0, max: 2 * day - 1 }), up: fc.boolean() }), { maxLength: 10 }),
        (times, rawChanges) => {
          const checks = [...times].sort((a, b) => a - b).map((at) => ok(at));
          const changes = [...rawChanges].sort((a, b) => a.at - b.at);
          const horizon = 60 * MIN;
          const whole = totalSpan({ start: 0, end: 2 * day, horizonMs: horizon, previousCheckAt: null, checks, upAtStart: true, changes });
          const first = checks.filter((c) => c.at < day);
          const firstChanges = changes.filter((c) => c.at < day);
          const d1 = totalSpan({ start: 0, end: day, horizonMs: horizon, previousCheckAt: null, checks: first, upAtStart: true, changes: firstChanges });
          const d2 = totalSpan({
            start: day,
            end: 2 * day,
            horizonMs: horizon,
            previousCheckAt: first.at(-1)?.at ?? null,
            checks: checks.filter((c) => c.at >= day),
            upAtStart: firstChanges.at(-1)?.up ?? true,
            changes: changes.filter((c) => c.at >= day),
          });
          expect(d1.observedMs + d2.observedMs).toBe(whole.observedMs);
          expect(d1.upMs + d2.upMs).toBe(whole.upMs);
        },
      ),
    );
  });
});
