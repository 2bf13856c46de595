/**
 * Something loaded on demand, usually a chunk of code the dashboard's first paint shouldn't pay for: the value
 * once loaded, or why it couldn't be, with a retry. (React.lazy would keep a failed load failed for good.)
 */
import { useCallback, useEffect, useState } from 'react';

export interface Lazy<T> {
  /** Null while loading, after a failure, or when not enabled. */
  readonly value: T | null;
  readonly error: string | null;
  retry(): void;
}

/** Loads with `load` (keep it the same function: a module-level one) once `enabled`. */
export function useLazy<T>(load: () => Promise<T>, enabled = true): Lazy<T> {
  const [value, setValue] = useState<{ readonly loaded: T } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    load().then(
      (loaded) => live && setValue({ loaded }),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [load, enabled, attempt]);
  const retry = useCallback(() => {
    setError(null);
    setAttempt((n) => n + 1);
  }, []);
  return { value: value?.loaded ?? null, error, retry };
}
