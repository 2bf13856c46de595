/** `--data-dir` and `--demo`, shared by every command that opens Tether's data. */
import { resolve } from 'node:path';
import { defaultDataDir, demoDataDir } from '../core/paths/data-dir';
import { UsageError } from './cli-command';

export const DATA_DIR_HELP = '  --data-dir DIR   where Tether keeps its history and settings (default: the OS app-data folder, or $TETHER_DATA_DIR)';

/**
 * The data directory a command should use. Demo data always lives apart from real data. An empty value is
 * refused rather than read as "the default": it is usually an unset variable (`--data-dir "$DIR"`), and quietly
 * using the real folder then is how a script ends up writing where it never meant to.
 */
export function resolveDataDir(option: string | undefined, env: NodeJS.ProcessEnv, demo = false): string {
  if (option !== undefined && option.trim() === '') throw new UsageError('--data-dir is empty; give the folder Tether should use');
  const fromEnv = env.TETHER_DATA_DIR;
  if (option === undefined && fromEnv !== undefined && fromEnv.trim() === '') {
    throw new UsageError('TETHER_DATA_DIR is set but empty; unset it to use the default folder, or give a folder');
  }
  const base = option !== undefined ? resolve(option) : fromEnv !== undefined ? resolve(fromEnv) : defaultDataDir();
  return demo ? demoDataDir(base) : base;
}
