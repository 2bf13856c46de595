/**
 * Opening the data folder in the desktop app when another process may hold it: a dialog names the holder and
 * offers Quit, and Take over when the holder is not (or may not be) a Tether. Without it the app would show
 * nothing at all (no window, no dialog) and leave an unhandled rejection.
 */
import { dialog } from 'electron';
import { DataDirLockedError, type LockHolder } from '../../core/instance/data-dir-lock';
import { lockedFolderPrompt } from '../../core/instance/locked-folder-prompt';

/**
 * Runs `open`, asking the user whenever the folder is locked. Resolves to what `open` gave, or null when the
 * user chose Quit. Other failures reject as they are.
 */
export async function openAskingAboutTheLock<T>(open: (takeOver: LockHolder | undefined) => Promise<T>): Promise<T | null> {
  let takeOver: LockHolder | undefined;
  for (;;) {
    try {
      return await open(takeOver);
    } catch (error) {
      if (!(error instanceof DataDirLockedError)) throw error;
      const prompt = lockedFolderPrompt(error);
      const buttons = prompt.canTakeOver ? ['Take over', 'Quit'] : ['Quit'];
      const { response } = await dialog.showMessageBox({
        type: 'warning',
        title: 'Tether',
        message: prompt.message,
        detail: prompt.detail,
        buttons,
        defaultId: buttons.length - 1,
        cancelId: buttons.length - 1,
        noLink: true,
      });
      if (buttons[response] !== 'Take over') return null;
      // Only the lock the user was shown is taken over; one taken since is asked about again.
      takeOver = error.holder;
    }
  }
}

/** Says why the app can't start, in a dialog (there is no window to say it in), for the caller to quit after. */
export function showStartupFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Tether could not start', message.split('\n')[0] ?? message);
}
