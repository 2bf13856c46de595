/** The Electron composition root: one instance, the core on the user's data folder with Electron's stores, IPC, the window. */
import { app, type BrowserWindow } from 'electron';
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
import { LaunchOptionError, readLaunchOptions, type LaunchOptions } from './app-lifecycle/launch-options';
import { openAskingAboutTheLock, showStartupFailure } from './app-lifecycle/locked-folder-dialog';
import type { LockHolder } from '../core/instance/data-dir-lock';

/** Opens the core with Electron's settings store and the keychain, falling back to safeStorage when it can't load. */
function openDesktopCore(dataDir: string, demo: boolean, takeOverLock: LockHolder | undefined): Promise<OpenedAppCore> {
  const log = createLogger('app');
  return openAppCore({
    dataDir,
    demo,
    owner: 'Tether',
    ...(takeOverLock ? { takeOverLock } : {}),
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
  let options: LaunchOptions | LaunchOptionError;
  try {
    options = readLaunchOptions(process.argv.slice(1));
  } catch (error) {
    if (!(error instanceof LaunchOptionError)) throw error;
    options = error;
  }
  const security = hardenApp();
  const devServerUrl = security.devServerUrl;
  let opened: OpenedAppCore | undefined;
  let window: BrowserWindow | undefined;

  let services: DesktopServices | undefined;

  // A second launch (or a click on the dock icon) brings the window back, even when it was hidden to the tray.
  app.on('second-instance', () => revealWindow(window));
  app.on('activate', () => revealWindow(window));

  const start = async (): Promise<void> => {
    security.onReady();
    if (options instanceof LaunchOptionError) throw options;
    const { dataDir, demo } = options;
    const base = dataDir ?? app.getPath('userData');
    // Another process may hold the folder: the user is told who, and may quit or (for a non-Tether) take over.
    const openedNow = await openAskingAboutTheLock((takeOver) => openDesktopCore(base, demo, takeOver));
    if (!openedNow) {
      app.quit();
      return;
    }
    opened = openedNow;
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
  };
  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // No window exists yet to say it in: a dialog, then quit, never a silent unhandled rejection.
      log.error('could not start', { message: error instanceof Error ? error.message : String(error) });
      showStartupFailure(error);
      app.quit();
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    services?.stop();
    void opened?.close();
  });
}
