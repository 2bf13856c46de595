import { describe, expect, it } from 'vitest';
import { hash32, mulberry32 } from '../../../../../main/simulator/random/mulberry32';

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 20 }, () => a());
    expect(Array.from({ length: 20 }, () => b())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c())).not.toEqual(seqA);
  });

  it('stays in [0, 1) and spreads evenly enough for fault dice', () => {
    const next = mulberry32(7);
    const values = Array.from({ length: 20_000 }, () => next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const below = values.filter((v) => v < 0.3).length / values.length;
    expect(below).toBeGreaterThan(0.28);
    expect(below).toBeLessThan(0.32);
  });
});

describe('hash32', () => {
  it('is FNV-1a', () => {
    expect(hash32('')).toBe(0x811c9dc5);
    expect(hash32('a')).toBe(0xe40c292c);
    expect(hash32('foobar')).toBe(0xbf9cf968);
  });
});
