/**
 * Close to tray: with the setting on, closing the window hides it and Tether keeps checking from the tray. A real
 * quit (the tray's Quit, Cmd+Q, the OS logging out) goes through `before-quit`, which lets the window close.
 * Also brings a hidden window back (tray, notification click, dock, a second launch).
 */
import { app, type BrowserWindow, type Event } from 'electron';

export interface CloseToTrayOptions {
  /** The setting, read at each close. */
  closeToTray(): boolean;
}

export interface CloseToTrayControl {
  /** True once a real quit has begun. */
  isQuitting(): boolean;
  /** Stops intercepting closes (the window closes normally again). */
  dispose(): void;
}

/** Makes closing `window` hide it while the setting is on and the app is not quitting. */
export function installCloseToTray(window: BrowserWindow, options: CloseToTrayOptions): CloseToTrayControl {
  let quitting = false;
  const onBeforeQuit = (): void => {
    quitting = true;
  };
  const onClose = (event: Event): void => {
    if (quitting || !options.closeToTray()) return;
    event.preventDefault();
    window.hide();
  };
  app.on('before-quit', onBeforeQuit);
  window.on('close', onClose);
  return {
    isQuitting: () => quitting,
    dispose: () => {
      app.removeListener('before-quit', onBeforeQuit);
      window.removeListener('close', onClose);
    },
  };
}

/** Shows, restores and focuses a window that may be hidden in the tray or minimised. False if it is gone. */
export function revealWindow(window: BrowserWindow | undefined): boolean {
  if (!window || window.isDestroyed()) return false;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
  return true;
}
