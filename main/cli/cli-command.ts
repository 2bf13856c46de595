/** The shape of one `tether` sub-command, and the streams it talks through (injected, so tests capture them). */

export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly stdin: NodeJS.ReadableStream;
  readonly env: NodeJS.ProcessEnv;
  /** Resolves when the user asks a long-running command to stop (Ctrl+C, SIGTERM). */
  readonly stopSignal: Promise<void>;
}

export interface CliCommand {
  readonly name: string;
  /** One line for `tether --help`. */
  readonly summary: string;
  /** The full usage text for `tether <name> --help`. */
  readonly usage: string;
  /** Runs the command; resolves to the process exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** Thrown for bad arguments: the CLI prints the message on one line and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
