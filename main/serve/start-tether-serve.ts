/** Starts the whole headless app: the core on a data folder, the router, and the HTTP + WebSocket server. */
import { openTetherCore, type TetherCore, type TetherCoreOptions } from '../core/app/tether-core';
import { createHandlers } from '../core/ipc/handlers';
import { createRouter } from '../core/ipc/router';
import { createLogger } from '../core/logging/create-logger';
import { startServeServer, type RunningServer } from './serve-server';
import { openDemoCore } from '../simulator/demo/open-demo-core';
import { acquireDataDirLock, releaseAndThrow } from '../core/instance/data-dir-lock';

export interface TetherServeOptions extends Omit<TetherCoreOptions, 'dataDir'> {
  readonly dataDir: string;
  /** The built renderer (out/renderer). */
  readonly staticDir: string;
  readonly port?: number;
  /** Start scheduled checks (default true). */
  readonly background?: boolean;
}

export interface RunningTetherServe {
  readonly core: TetherCore;
  readonly server: RunningServer;
  /** Stops the server, then closes the database. */
  stop(): Promise<void>;
}

/** What `tether serve` runs; tests start it the same way. */
export async function startTetherServe(options: TetherServeOptions): Promise<RunningTetherServe> {
  const log = createLogger('serve');
  const { staticDir, port, background = true, ...coreOptions } = options;
  // One process per data folder, or settings changes get lost (demo mode locks its own folder in openDemoCore).
  const lock = coreOptions.demo ? null : acquireDataDirLock(coreOptions.dataDir, 'tether serve');
  // Demo mode: the built-in simulator plays the networks, in a separate data folder.
  const demo = coreOptions.demo ? await openDemoCore(coreOptions.dataDir) : null;
  const core = demo ? demo.core : await openTetherCore(coreOptions).catch((error: unknown) => releaseAndThrow(lock, error));
  const closeCore = async (): Promise<void> => {
    if (demo) await demo.close();
    else core.close();
    lock?.release();
  };
  try {
    const router = createRouter(createHandlers(core), core.events, log.child('ipc'));
    const server = await startServeServer({ router, staticDir, log, port: port ?? 0 });
    if (background) void core.startBackgroundWork();
    return {
      core,
      server,
      stop: async () => {
        await server.close();
        await closeCore();
      },
    };
  } catch (error) {
    await closeCore();
    throw error;
  }
}
