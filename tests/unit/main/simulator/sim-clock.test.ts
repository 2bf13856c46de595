import { describe, expect, it } from 'vitest';
import { createSimClock } from '../../../../main/simulator/sim-clock';

describe('simulator clock', () => {
  it('runs at real time plus an offset that only moves forward, and resets', () => {
    let real = 1_000;
    const clock = createSimClock({ now: () => real });
    expect(clock.now()).toBe(1_000);
    expect(clock.advance(500)).toBe(1_500);
    real = 2_000;
    expect(clock.now()).toBe(2_500);
    expect(clock.offsetMs()).toBe(500);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError);
    clock.reset();
    expect(clock.now()).toBe(2_000);
  });
});
