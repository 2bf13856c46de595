/** Moves the store's "now" on at a steady pace, so "checked 2 min ago" and countdowns stay true. Local only: no polling of main. */
import type { AppStore } from './store';

/** Starts ticking; returns the function that stops. */
export function startClockTicker(store: AppStore, everyMs = 30_000): () => void {
  const handle = setInterval(() => store.getState().tick(), everyMs);
  return () => clearInterval(handle);
}
