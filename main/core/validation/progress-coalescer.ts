/**
 * Sweep progress, thinned out for the UI: the start and the end of a sweep go out at once, the reports in
 * between at most once per interval (the latest one), so 1,000 grants don't make 1,000 pushes.
 */
import type { ValidationProgress } from '../../../shared/domain/validation-progress';
import { globalTimers, type Timers } from '../kernel/timers';

/** Wraps `emit` so that intermediate reports of each sweep go out at most every `everyMs`. */
export function coalesceProgress(
  emit: (progress: ValidationProgress) => void,
  everyMs = 250,
  timers: Timers = globalTimers,
): (progress: ValidationProgress) => void {
  const pending = new Map<string, ValidationProgress>();
  const started = new Set<string>();
  let timer: unknown = null;
  const drain = (): void => {
    timer = null;
    const reports = [...pending.values()];
    pending.clear();
    reports.forEach(emit);
  };
  return (progress) => {
    const key = `${progress.trigger}:${progress.total}`;
    if (progress.finished || !started.has(key)) {
      pending.delete(key);
      if (progress.finished) started.delete(key);
      else started.add(key);
      emit(progress);
      return;
    }
    pending.set(key, progress);
    if (timer === null) {
      timer = timers.setTimeout(drain, everyMs);
      (timer as { unref?: () => void }).unref?.();
    }
  };
}
