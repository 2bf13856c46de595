/**
 * The one way the desktop app and `tether serve` open the core: on the user's data folder against the real
 * networks, or, in demo mode, on its own folder against the built-in simulator. What comes back is services only.
 */
import { openTetherCore, type AppCore, type TetherCoreOptions } from '../core/app/tether-core';
import { openDemoCore } from './demo/open-demo-core';

export interface AppCoreOptions extends TetherCoreOptions {
  readonly demo: boolean;
}

export interface OpenedAppCore {
  readonly core: AppCore;
  /** Closes the core (and, in demo mode, the simulator). */
  close(): Promise<void>;
}

export async function openAppCore(options: AppCoreOptions): Promise<OpenedAppCore> {
  if (options.demo) {
    const demo = await openDemoCore(options.dataDir, options.settings ? { settings: options.settings } : {});
    return { core: demo.core, close: () => demo.close() };
  }
  const core = await openTetherCore(options);
  return {
    core,
    close: async () => core.close(),
  };
}
