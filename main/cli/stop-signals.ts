/**
 * Ctrl+C and SIGTERM for the `tether` command line. The first one asks the running command to stop: it stops its
 * checks or servers, closes the database and returns, and the process exits 130 (SIGINT) or 143 (SIGTERM), as
 * shells expect. A second signal, or a clean-up that takes longer than the grace period, exits at once.
 */

export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignalName = keyof typeof SIGNAL_EXIT_CODES;

/** The part of `process` this needs (a fake in unit tests). */
export interface SignalSource {
  on(event: StopSignalName, listener: () => void): unknown;
  off(event: StopSignalName, listener: () => void): unknown;
  exit(code: number): void;
}

export interface StopSignals {
  /** Resolves on the first SIGINT or SIGTERM. */
  readonly stopped: Promise<void>;
  /** 130 or 143 once a signal arrived, else null. */
  exitCode(): number | null;
  /** Stops listening. */
  dispose(): void;
}

/** Listens for SIGINT and SIGTERM on `source` (default: this process). */
export function listenForStop(source: SignalSource = process, graceMs = 5000): StopSignals {
  let code: number | null = null;
  let resolveStopped: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => {
    resolveStopped = resolve;
  });
  const handlers = (Object.keys(SIGNAL_EXIT_CODES) as StopSignalName[]).map((name) => {
    const handler = (): void => {
      if (code !== null) return source.exit(code); // a second signal: the user means it
      code = SIGNAL_EXIT_CODES[name];
      resolveStopped();
      const stuck = code;
      // A clean-up that hangs (a network call, a locked keychain) must not keep the user waiting.
      setTimeout(() => source.exit(stuck), graceMs).unref();
    };
    source.on(name, handler);
    return { name, handler };
  });
  return {
    stopped,
    exitCode: () => code,
    dispose: () => {
      for (const { name, handler } of handlers) source.off(name, handler);
    },
  };
}

/**
 * Waits for `work` unless `stop` comes first. Abandoned work may still fail later (its database closed under it):
 * that failure is expected and swallowed.
 */
export async function untilStopped<T>(work: Promise<T>, stop: Promise<void>): Promise<{ stopped: false; value: T } | { stopped: true }> {
  const stopFirst = stop.then(() => ({ stopped: true as const }));
  const result = await Promise.race([work.then((value) => ({ stopped: false as const, value })), stopFirst]);
  if (result.stopped) work.catch(() => undefined);
  return result;
}
