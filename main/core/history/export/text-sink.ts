/**
 * Writes text into a Writable with backpressure: when the stream's buffer is full, the next write waits for
 * 'drain'. A stream error (a closed pipe, a full disk) stops the export with that error instead of crashing.
 */
import type { Writable } from 'node:stream';

/** Thrown when the output closed before the export was written. */
export class OutputClosedError extends Error {
  constructor() {
    super('The output closed before the export finished.');
    this.name = 'OutputClosedError';
  }
}

/** A text writer over a Writable that respects its backpressure. Release it when done. */
export class TextSink {
  private failure: Error | null = null;
  private readonly onError = (error: Error): void => {
    this.failure = error;
  };

  constructor(private readonly out: Writable) {
    out.on('error', this.onError);
  }

  /** Writes `text`. Returns a promise only when the caller has to wait (the buffer is full). */
  write(text: string): Promise<void> | undefined {
    if (this.failure) throw this.failure;
    if (this.out.destroyed || this.out.writableEnded) throw new OutputClosedError();
    return this.out.write(text) ? undefined : this.drain();
  }

  /** Stops listening to the stream's errors. The stream itself is left open: the caller owns it. */
  release(): void {
    this.out.off('error', this.onError);
  }

  private drain(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const done = (error?: Error): void => {
        this.out.off('drain', onDrain);
        this.out.off('error', onFail);
        this.out.off('close', onClose);
        if (error) reject(error);
        else resolve();
      };
      const onDrain = (): void => done();
      const onFail = (error: Error): void => done(error);
      const onClose = (): void => done(this.failure ?? new OutputClosedError());
      this.out.on('drain', onDrain);
      this.out.on('error', onFail);
      this.out.on('close', onClose);
    });
  }
}
