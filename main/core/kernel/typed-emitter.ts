/** A tiny typed event emitter: core services announce changes; transports forward them. */

export type Listener<T> = (payload: T) => void;

/** Emits payloads of declared types to subscribers. A throwing listener never stops the others. */
export class TypedEmitter<Events extends Record<string, unknown>> {
  private readonly listeners = new Map<keyof Events, Set<Listener<never>>>();

  /** Subscribes; returns the function that unsubscribes. */
  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener as Listener<never>);
    return () => set.delete(listener as Listener<never>);
  }

  /** Calls every listener of `event` with `payload`. Returns the errors listeners threw. */
  emit<K extends keyof Events>(event: K, payload: Events[K]): unknown[] {
    const errors: unknown[] = [];
    for (const listener of this.listeners.get(event) ?? []) {
      try {
        (listener as Listener<Events[K]>)(payload);
      } catch (error) {
        errors.push(error);
      }
    }
    return errors;
  }
}
