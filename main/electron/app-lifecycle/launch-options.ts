/** The desktop app's own command-line flags (`--data-dir`, `--demo`), read apart from Chromium's. */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';

export interface LaunchOptions {
  readonly dataDir: string | undefined;
  readonly demo: boolean;
}

/** A flag the app can't start with; its message is one line, shown in a dialog. */
export class LaunchOptionError extends Error {
  override readonly name = 'LaunchOptionError';
}

/**
 * Reads Tether's own flags, ignoring Chromium's. An empty `--data-dir` is refused, as the CLI refuses it: it is
 * usually an unset variable, and resolving it would quietly use whatever folder the app was started in.
 */
export function readLaunchOptions(argv: readonly string[]): LaunchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: { 'data-dir': { type: 'string' }, demo: { type: 'boolean', default: false } },
    strict: false,
    allowPositionals: true,
  });
  const raw = values['data-dir'];
  if (raw === true) throw new LaunchOptionError('--data-dir needs a folder: give the folder Tether should use');
  if (typeof raw === 'string' && raw.trim() === '') throw new LaunchOptionError('--data-dir is empty; give the folder Tether should use');
  return { dataDir: typeof raw === 'string' ? resolve(raw) : undefined, demo: values.demo === true };
}
