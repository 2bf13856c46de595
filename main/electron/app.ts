/** The Electron composition root: one instance, the core on the user's data folder with Electron's stores, IPC, the window. */
import { app, type BrowserWindow } from 'electron';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { createHandlers } from '../core/ipc/handlers';
import { createRouter } from '../core/ipc/router';
import { createLogger } from '../core/logging/create-logger';
import { openAppCore, type OpenedAppCore } from '../app/open-app-core';
import { chooseSecretStore } from '../core/secrets/choose-secret-store';
import { KeytarSecretStore } from '../core/secrets/keytar-secret-store';
import { DEFAULT_SECRET_SERVICE } from '../core/secrets/secret-keys';
import { forwardEvents, registerIpcHandlers } from './ipc/register-handlers';
import { createMainWindow } from './windows/main-window';
import { SafeStorageSecretStore } from './secrets/safe-storage-secret-store';
import { electronStoreBackend } from './settings/electron-settings-store';
import { openSettingsStore } from '../core/settings/open-settings-store';
import { startDesktopServices, type DesktopServices } from './desktop-services';
import { revealWindow } from './windows/close-to-tray';
import { hardenApp } from './security/harden-app';
import { saveFileDialog } from './dialogs/save-file';
import { createDesktopSignInAgent } from './oauth/desktop-sign-in-agent';

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

/** Opens the core with Electron's settings store and the keychain, falling back to safeStorage when it can't load. */
function openDesktopCore(dataDir: string, demo: boolean): Promise<OpenedAppCore> {
  const log = createLogger('app');
  return openAppCore({
    dataDir,
    demo,
    owner: 'Tether',
    settings: openSettingsStore({ dataDir, log: log.child('settings'), backend: electronStoreBackend }),
    secrets: async (db) => {
      const keychain = new KeytarSecretStore({ service: DEFAULT_SECRET_SERVICE, log: log.child('keychain') });
      return chooseSecretStore({ store: keychain, health: await keychain.health() }, async () => {
        const fallback = new SafeStorageSecretStore({ db });
        return { store: fallback, health: await fallback.health() };
      });
    },
  });
}

/** Starts the desktop app. */
export function startDesktopApp(): void {
  const log = createLogger('app');
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const options = readLaunchOptions(process.argv.slice(1));
  const security = hardenApp();
  const devServerUrl = security.devServerUrl;
  let opened: OpenedAppCore | undefined;
  let window: BrowserWindow | undefined;

  let services: DesktopServices | undefined;

  // A second launch (or a click on the dock icon) brings the window back, even when it was hidden to the tray.
  app.on('second-instance', () => revealWindow(window));
  app.on('activate', () => revealWindow(window));

  void app.whenReady().then(async () => {
    security.onReady();
    const base = options.dataDir ?? app.getPath('userData');
    opened = await openDesktopCore(base, options.demo);
    const { core } = opened;
    const router = createRouter(createHandlers(core, { saveFile: saveFileDialog(() => window) }), core.events, log.child('ipc'));
    registerIpcHandlers(router, devServerUrl);
    window = createMainWindow(devServerUrl);
    core.signIn.attachAgent(
      createDesktopSignInAgent({ endpoints: core.endpoints, xCallbackPort: () => core.settings.get().networkApps.xCallbackPort, parent: () => window }),
    );
    forwardEvents(router, window);
    services = startDesktopServices(core, window, log);
    void core.startBackgroundWork();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    services?.stop();
    void opened?.close();
  });
}
