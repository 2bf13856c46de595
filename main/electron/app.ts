/** The Electron composition root: one instance, the core on the user's data folder, IPC, and the window. */
import { app, type BrowserWindow } from 'electron';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { openTetherCore, type TetherCore } from '../core/app/tether-core';
import { createHandlers } from '../core/ipc/handlers';
import { createRouter } from '../core/ipc/router';
import { createLogger } from '../core/logging/create-logger';
import { demoDataDir } from '../core/paths/data-dir';
import { forwardEvents, registerIpcHandlers } from './ipc/register-handlers';
import { createMainWindow } from './windows/main-window';

interface LaunchOptions {
  readonly dataDir: string | undefined;
  readonly demo: boolean;
}

/** Reads Tether's own flags from the command line, ignoring Chromium's. */
export function readLaunchOptions(argv: readonly string[]): LaunchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: { 'data-dir': { type: 'string' }, demo: { type: 'boolean', default: false } },
    strict: false,
    allowPositionals: true,
  });
  const dataDir = typeof values['data-dir'] === 'string' ? resolve(values['data-dir']) : undefined;
  return { dataDir, demo: values.demo === true };
}

/** Starts the desktop app. */
export function startDesktopApp(): void {
  const log = createLogger('app');
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const options = readLaunchOptions(process.argv.slice(1));
  const devServerUrl = process.env.ELECTRON_RENDERER_URL;
  let core: TetherCore | undefined;
  let window: BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (window && !window.isDestroyed()) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  void app.whenReady().then(() => {
    const base = options.dataDir ?? app.getPath('userData');
    core = openTetherCore({ dataDir: options.demo ? demoDataDir(base) : base });
    const router = createRouter(createHandlers(core), core.events, log.child('ipc'));
    registerIpcHandlers(router, devServerUrl);
    window = createMainWindow(devServerUrl);
    forwardEvents(router, window);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core?.close());
}
