/** Starts the whole headless app: the core on a data folder, the router, and the HTTP + WebSocket server. */
import type { AppCore, TetherCoreOptions } from '../core/app/tether-core';
import { createHandlers } from '../core/ipc/handlers';
import { createRouter } from '../core/ipc/router';
import { createLogger } from '../core/logging/create-logger';
import { startServeServer, type RunningServer } from './serve-server';
import { openAppCore, type OpenedAppCore } from '../app/open-app-core';
import type { Writable } from 'node:stream';
import type { HistoryExportRequest } from '../../shared/domain/history-overview';
import { exportFileName, runHistoryExport } from '../core/history/export/history-export';
import { ServeSignInAgent } from './serve-sign-in';
import { startNotificationFeed } from '../core/notify/notification-feed';

export interface TetherServeOptions extends Omit<TetherCoreOptions, 'dataDir'> {
  readonly dataDir: string;
  /** The built renderer (out/renderer). */
  readonly staticDir: string;
  readonly port?: number;
  /** Start scheduled checks (default true). */
  readonly background?: boolean;
}

export interface RunningTetherServe {
  readonly core: AppCore;
  readonly server: RunningServer;
  /** How this server shows sign-ins (attached to the core), and its /oauth/callback route. */
  readonly signInAgent: ServeSignInAgent;
  /** Stops the server, then closes the database. */
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** The built renderer (out/renderer). */
  readonly staticDir: string;
  readonly port?: number;
  /** Start scheduled checks (default true). */
  readonly background?: boolean;
}

/** What `tether serve` runs; tests start it the same way. */
export async function startTetherServe(options: TetherServeOptions): Promise<RunningTetherServe> {
  const { staticDir, port, background, ...coreOptions } = options;
  // Demo mode: the built-in simulator plays the networks, in a separate data folder.
  const opened = await openAppCore({ ...coreOptions, demo: coreOptions.demo ?? false, owner: 'tether serve' });
  return serveAppCore(opened, { staticDir, ...(port !== undefined ? { port } : {}), ...(background !== undefined ? { background } : {}) });
}

/** Serves an opened core over HTTP + WebSocket; stopping closes both. */
export async function serveAppCore(opened: OpenedAppCore, options: ServeOptions): Promise<RunningTetherServe> {
  const log = createLogger('serve');
  const { core, close: closeCore } = opened;
  try {
    const router = createRouter(createHandlers(core), core.events, log.child('ipc'));
    const exportHistory = { run: (req: HistoryExportRequest, out: Writable) => runHistoryExport(core.history, req, out), fileName: exportFileName };
    let origin = '';
    const agent = new ServeSignInAgent(() => origin);
    const server = await startServeServer({
      router,
      staticDir: options.staticDir,
      log,
      port: options.port ?? 0,
      exportHistory,
      signInCallback: (url) => agent.receive(url),
    });
    origin = `http://127.0.0.1:${server.port}`;
    core.signIn.attachAgent(agent);
    // Demo mode: register this server's callback in the simulated apps, as a user registers it in their own.
    core.demo?.allowRedirectUri(agent.redirectUri());
    // The browser tabs get the notifications the desktop would show, to present as Web Notifications.
    const stopFeed = startNotificationFeed(core.notifications, core.events);
    if (options.background ?? true) void core.startBackgroundWork();
    return {
      core,
      server,
      signInAgent: agent,
      stop: async () => {
        stopFeed();
        await server.close();
        await closeCore();
      },
    };
  } catch (error) {
    await closeCore();
    throw error;
  }
}
