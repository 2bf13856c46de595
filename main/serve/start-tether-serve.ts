/** Starts the whole headless app: the core on a data folder, the router, and the HTTP + WebSocket server. */
import { openTetherCore, type TetherCore } from '../core/app/tether-core';
import { createHandlers } from '../core/ipc/handlers';
import { createRouter } from '../core/ipc/router';
import { createLogger } from '../core/logging/create-logger';
import { startServeServer, type RunningServer } from './serve-server';

export interface TetherServeOptions {
  readonly dataDir: string;
  /** The built renderer (out/renderer). */
  readonly staticDir: string;
  readonly port?: number;
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
  const core = openTetherCore({ dataDir: options.dataDir });
  try {
    const router = createRouter(createHandlers(core), core.events, log.child('ipc'));
    const server = await startServeServer({ router, staticDir: options.staticDir, log, port: options.port ?? 0 });
    return {
      core,
      server,
      stop: async () => {
        await server.close();
        core.close();
      },
    };
  } catch (error) {
    core.close();
    throw error;
  }
}
