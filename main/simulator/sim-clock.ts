/** The simulator's own clock: real time plus an offset that tests and the demo move forward ("time travel"). */
import type { Clock } from '../core/kernel/clock';

/** A clock that can jump ahead. Token expiries, auth-code lifetimes and rate windows all read it. */
export interface SimClock extends Clock {
  /** Moves simulated time forward by `ms` (never backwards) and returns the new time. */
  advance(ms: number): number;
  /** How far simulated time is ahead of real time. */
  offsetMs(): number;
  /** Back to real time. */
  reset(): void;
}

/** Creates a clock that starts at real time. `base` is injectable so unit tests can pin "real" time. */
export function createSimClock(base: Clock = { now: () => Date.now() }): SimClock {
  let offset = 0;
  return {
    now: () => base.now() + offset,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advanceMs must be a positive number of milliseconds, not ${ms}`);
      offset += ms;
      return base.now() + offset;
    },
    offsetMs: () => offset,
    reset() {
      offset = 0;
    },
  };
}
