/**
 * Starts the network simulator: a real node:http server on 127.0.0.1 speaking Graph, the Facebook login
 * dialog, X API v2 and X OAuth 2.0, with the /_sim control API. Tests run it in-process on port 0.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomInt } from 'node:crypto';
import { createLogger } from '../core/logging/create-logger';
import { createContext } from './simulator-context';
import { createSimulatorControl, type SimulatorControl } from './control/simulator-control';
import { createRequestHandler } from './http/request-router';
import { serveGuarded } from '../core/kernel/http/guarded-handlers';
import { CONTROL_PREFIX } from './control/control-api';
import { createControlKey } from './control/control-guard';
import { parseWorld } from './world/load-world';
import { demoWorld } from './world/demo-world';
import type { World, WorldInput } from './world/world.schema';

export interface SimulatorOptions {
  /** A world object (validated here) or an already validated one; default: the demo world. */
  readonly world?: World | WorldInput;
  /** Seeds the fault dice; default: a random seed (reported on the handle, so a run can be replayed). */
  readonly seed?: number;
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** The key the /_sim control API requires (default: a fresh random one per launch). */
  readonly controlKey?: string;
}

export interface RunningSimulator {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly port: number;
  readonly seed: number;
  /** The validated world it plays (it includes the app credentials Tether needs in demo mode). */
  readonly world: World;
  /** "/_sim" */
  readonly controlPrefix: string;
  /** The per-launch key /_sim requires, as `Authorization: Bearer KEY`. */
  readonly controlKey: string;
  readonly control: SimulatorControl;
  /** Stops listening and drops every connection, held ones included. */
  close(): Promise<void>;
}

/** Starts a simulator and resolves once it listens. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const world = options.world === undefined ? demoWorld() : parseWorld(options.world, 'object');
  const seed = options.seed ?? randomInt(1, 2 ** 31);
  const ctx = createContext(world, seed);
  const control = createSimulatorControl(ctx);
  const log = createLogger('simulator');
  const controlKey = options.controlKey ?? createControlKey();
  let port = 0;
  const access = { key: controlKey, port: () => port };
  const server = createServer();
  const handler = createRequestHandler(ctx, control, access, (error) => log.error('request failed', { error: String(error) }));
  serveGuarded(server, { request: handler }, (what, message) => log.error(what, { error: message }));
  // Longer than any client's idle keep-alive (undici's is 4 s), so the client always closes an idle connection first:
  // the server closing one just as a client reuses it resets that request (seen as ECONNRESET on a loaded machine).
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  ctx.origin = `http://127.0.0.1:${port}`;
  log.info(`network simulator on ${ctx.origin} (seed ${seed})`);
  return {
    url: ctx.origin,
    port,
    seed,
    world,
    controlPrefix: CONTROL_PREFIX,
    controlKey,
    control,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
