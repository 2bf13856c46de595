/**
 * Demo mode for dashboard tests: the REAL demo core (the simulator on loopback with the demo world, every demo
 * login connected, tokens in memory) behind the real router, used by the renderer through an in-process API.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../../main/core/ipc/handlers';
import { createRouter, type Router } from '../../../main/core/ipc/router';
import { createLogger } from '../../../main/core/logging/create-logger';
import { openDemoCore, type DemoCore } from '../../../main/app/demo/open-demo-core';
import type { TetherApi } from '../../../shared/ipc/channels';
import { inProcessApi } from '../../fixtures/in-process-api';

export interface DemoKit {
  readonly demo: DemoCore;
  readonly router: Router;
  readonly api: TetherApi;
  close(): Promise<void>;
}

/** Starts the demo core on `<temp>/data-demo` (openDemoCore adds the suffix and wipes it). */
export async function openDemoKit(): Promise<DemoKit> {
  const root = mkdtempSync(join(tmpdir(), 'tether-demo-ui-'));
  const demo = await openDemoCore(join(root, 'data'));
  const router = createRouter(createHandlers(demo.core), demo.core.events, createLogger('test'));
  return {
    demo,
    router,
    api: inProcessApi(router),
    async close() {
      await demo.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
