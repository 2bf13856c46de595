/** Calls `fn` at once, then at most once per `everyMs` while calls keep coming; `flush` runs a pending call now. */

export interface Throttled {
  (): void;
  /** Runs now if a call is pending, and resets the window. */
  flush(): void;
}

export function throttle(fn: () => void, everyMs: number): Throttled {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  const run = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    pending = false;
    last = Date.now();
    fn();
  };
  const throttled = (() => {
    const wait = last + everyMs - Date.now();
    if (wait <= 0) return run();
    pending = true;
    if (!timer) {
      timer = setTimeout(run, wait);
      timer.unref?.();
    }
  }) as Throttled;
  throttled.flush = () => {
    if (pending) run();
  };
  return throttled;
}
