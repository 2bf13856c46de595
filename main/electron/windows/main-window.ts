/** The dashboard window, with Electron's secure defaults spelled out. */
import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL } from '../security/app-origin';
import { guardNavigation } from '../security/navigation-guards';
import { isTrustedRendererUrl } from '../security/trusted-sender';

/** Creates the main window and loads the renderer from app://tether, or from the dev server in development. */
export function createMainWindow(devServerUrl: string | undefined): BrowserWindow {
  // webPreferences stay inline: electronegativity can't follow a variable and would report false findings.
  const window = new BrowserWindow({
    width: 1180,
    height: 780,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Tether',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click must not open a link in a new Electron window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  guardNavigation(window.webContents, (url) => isTrustedRendererUrl(url, devServerUrl));
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
  return window;
}
