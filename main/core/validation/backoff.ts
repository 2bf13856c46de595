/** Exponential backoff with a cap and full jitter, for grants whose checks keep failing for transient reasons. */

export interface BackoffPolicy {
  /** Delay after the first failure. */
  readonly baseMs: number;
  /** Never wait longer than this between attempts. */
  readonly capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 30_000, capMs: 30 * 60_000 };

/**
 * The delay before the next attempt after `failures` consecutive transient failures (1 = first failure).
 * `random` in [0, 1) picks a point in the upper half of the window, so retries spread out but never collapse to 0.
 */
export function backoffDelay(failures: number, policy: BackoffPolicy = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  if (failures <= 0) return 0;
  const exponent = Math.min(failures - 1, 30);
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
