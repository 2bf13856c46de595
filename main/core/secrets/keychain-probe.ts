/**
 * The keychain health probe: writes and removes one throw-away item, because writing is the one call every
 * keychain refuses when locked (reads just come back empty). Safe with other Tether processes probing at once:
 * each probe uses its own item, under a service of its own so listings of Tether's items never meet it, and a
 * "locked" answer is asked once more before it is believed.
 */
import { randomBytes } from 'node:crypto';

/** The service probe items live under, beside (never inside) Tether's own. */
export function probeServiceOf(service: string): string {
  return `${service} health probe`;
}

/** A probe item name no other probe, in this process or another, uses at the same time. */
export function probeAccount(): string {
  return `probe:${process.pid}:${randomBytes(6).toString('hex')}`;
}

/** How long to wait before asking again when the probe says "locked" (an unlock prompt may be closing). */
export const LOCKED_RECHECK_MS = 150;
