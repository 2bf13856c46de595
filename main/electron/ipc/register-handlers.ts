/** Serves the IPC contract over Electron IPC: every channel goes through the core router after a sender check. */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS } from '../../../shared/ipc/channels';
import { fail } from '../../../shared/ipc/result';
import type { Router } from '../../core/ipc/router';
import { isTrustedRendererUrl } from '../security/trusted-sender';

/** Registers one `ipcMain.handle` per contract channel. Returns a function that removes them. */
export function registerIpcHandlers(router: Router, devServerUrl: string | undefined): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, req: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedRendererUrl(frame.url, devServerUrl)) {
        return fail('forbidden', 'IPC from an untrusted frame was refused.');
      }
      return router.invoke(channel, req);
    });
  }
  return () => INVOKE_CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
}

/** Forwards every pushed event to the window, for as long as it is open. */
export function forwardEvents(router: Router, window: BrowserWindow): () => void {
  return router.subscribe((event, payload) => {
    if (!window.isDestroyed()) window.webContents.send(event, payload);
  });
}
