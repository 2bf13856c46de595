/** Runs at most one task per key at a time; callers that arrive while it runs share its result. */

export class SingleFlight<K, V> {
  private readonly inFlight = new Map<K, Promise<V>>();

  /** Runs `task` for `key`, or joins the run already under way. */
  run(key: K, task: () => Promise<V>): Promise<V> {
    const running = this.inFlight.get(key);
    if (running) return running;
    const started = task().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }

  /** True while a task for `key` runs. */
  isRunning(key: K): boolean {
    return this.inFlight.has(key);
  }
}
