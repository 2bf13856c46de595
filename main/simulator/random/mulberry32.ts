/**
 * A tiny seeded PRNG (mulberry32) and a string hash, so fault decisions are reproducible from a seed.
 * Not for secrets: tokens come from node:crypto (see token-format.ts).
 */

/** A function that returns the next number in [0, 1). */
export type Prng = () => number;

/** mulberry32: 32-bit state, good enough spread for test-fault dice. */
export function mulberry32(seed: number): Prng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string to 32 bits: derives independent PRNG streams from one seed. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
