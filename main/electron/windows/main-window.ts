/** The dashboard window, with Electron's secure defaults spelled out. */
import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import { isTrustedRendererUrl } from '../security/trusted-sender';

/** Opens an https link in the user's browser, and nothing else. */
function openExternalSafely(rawUrl: string): void {
  try {
    if (new URL(rawUrl).protocol === 'https:') void shell.openExternal(rawUrl);
  } catch {
    // not a URL: ignore
  }
}

/** Creates the main window and loads the renderer. */
export function createMainWindow(devServerUrl: string | undefined): BrowserWindow {
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
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!isTrustedRendererUrl(url, devServerUrl)) {
      event.preventDefault();
      openExternalSafely(url);
    }
  });
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(join(__dirname, '../renderer/index.html'));
  return window;
}
