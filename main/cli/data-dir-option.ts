/** `--data-dir` and `--demo`, shared by every command that opens Tether's data. */
import { resolve } from 'node:path';
import { defaultDataDir, demoDataDir } from '../core/paths/data-dir';

export const DATA_DIR_HELP =
  '  --data-dir DIR   where Tether keeps its history and settings (default: the OS app-data folder, or $TETHER_DATA_DIR)';

/** The data directory a command should use. Demo data always lives apart from real data. */
export function resolveDataDir(option: string | undefined, env: NodeJS.ProcessEnv, demo = false): string {
  const base = option ? resolve(option) : env.TETHER_DATA_DIR ? resolve(env.TETHER_DATA_DIR) : defaultDataDir();
  return demo ? demoDataDir(base) : base;
}
