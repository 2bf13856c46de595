/**
 * What the desktop app says when another process holds its data folder: who holds it, in plain words, and
 * whether the user may take it over (never from a running Tether: two on one folder overwrite each other).
 */
import type { DataDirLockedError } from './data-dir-lock';

export interface LockedFolderPrompt {
  readonly message: string;
  readonly detail: string;
  /** True when the holder is not (or may not be) a Tether: the dialog then offers Take over beside Quit. */
  readonly canTakeOver: boolean;
}

/** The dialog's words for a refused lock. */
export function lockedFolderPrompt(error: DataDirLockedError): LockedFolderPrompt {
  const { holder, dataDir, verdict } = error;
  const who = `process ${holder.pid} (\`${holder.command}\`, started ${holder.startedAt})`;
  switch (verdict) {
    case 'tether':
      return {
        message: 'Tether is already running on this data folder',
        detail:
          `Another Tether, ${who}, is using ${dataDir}. Only one Tether at a time can use a data folder. ` +
          'Quit this one and use the Tether that is open, or stop the other one first (for `tether serve`, press Ctrl+C where it runs) and open Tether again.',
        canTakeOver: false,
      };
    case 'not_tether':
      return {
        message: 'The data folder is locked, but not by a Tether',
        detail:
          `The lock in ${dataDir} was left by ${who}. That process has ended (the computer restarted, or Tether stopped ` +
          `without unlocking), and its number now belongs to another program. Take over unlocks the folder and opens Tether.`,
        canTakeOver: true,
      };
    case 'unknown':
      return {
        message: 'The data folder may be in use by another Tether',
        detail:
          `The lock in ${dataDir} names ${who}, and a process with that number is running, but Tether can't tell whether it is ` +
          'still Tether. If no other Tether is open (in a window, the tray, or `tether serve`), Take over opens Tether here. Otherwise, Quit.',
        canTakeOver: true,
      };
  }
}
