/**
 * Reads a file the user named, up to a size: `/dev/zero`, a FIFO or a huge file is refused once the cap is
 * passed instead of filling memory or reading forever. Errors say why in words, never with a raw errno dump.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** A file that could not be read, or was larger than allowed. The message is one line. */
export class CappedReadError extends Error {
  override readonly name = 'CappedReadError';

  constructor(
    readonly kind: 'too_large' | 'missing' | 'folder' | 'denied' | 'unreadable',
    message: string,
  ) {
    super(message);
  }
}

const REASONS: Readonly<Record<string, readonly [CappedReadError['kind'], string]>> = {
  ENOENT: ['missing', 'no such file'],
  EISDIR: ['folder', 'it is a folder'],
  EACCES: ['denied', 'permission denied'],
  EPERM: ['denied', 'permission denied'],
};

function why(error: unknown): CappedReadError {
  const code = (error as NodeJS.ErrnoException).code;
  const known = code === undefined ? undefined : REASONS[code];
  if (known) return new CappedReadError(known[0], known[1]);
  return new CappedReadError('unreadable', `it could not be read (${code ?? (error instanceof Error ? error.message : String(error))})`);
}

/** Describes a size in the largest whole unit: 5 MB, 20 MB, 512 kB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

/** The file's bytes, read in chunks; throws CappedReadError('too_large') as soon as more than `maxBytes` arrive. */
export function readFileCapped(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw why(error);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) throw new CappedReadError('too_large', `it is larger than ${formatBytes(maxBytes)}`);
      chunks.push(chunk.subarray(0, read));
    }
  } catch (error) {
    if (error instanceof CappedReadError) throw error;
    throw why(error);
  } finally {
    closeSync(fd);
  }
  return Buffer.concat(chunks, total);
}
