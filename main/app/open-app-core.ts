/**
 * The one way the desktop app and `tether serve` open the core: on the user's data folder against the real
 * networks, or, in demo mode, on its own folder against the built-in simulator. What comes back is services only.
 */
import { openTetherCore, type AppCore, type TetherCoreOptions } from '../core/app/tether-core';
import { acquireDataDirLock, releaseAndThrow, type LockHolder } from '../core/instance/data-dir-lock';
import { openDemoCore } from './demo/open-demo-core';

export interface AppCoreOptions extends TetherCoreOptions {
  readonly demo: boolean;
  /** Who holds the data folder ("tether serve"), for the message a second instance shows. */
  readonly owner: string;
  /** The lock holder the user chose to take the folder from (the desktop app's dialog), if any. */
  readonly takeOverLock?: LockHolder;
}

export interface OpenedAppCore {
  readonly core: AppCore;
  /** Closes the core (and, in demo mode, the simulator). */
  close(): Promise<void>;
}

export async function openAppCore(options: AppCoreOptions): Promise<OpenedAppCore> {
  if (options.demo) {
    // Demo mode locks its own folder before wiping it.
    const demo = await openDemoCore(options.dataDir, options.settings ? { settings: options.settings } : {}, `${options.owner} --demo`, options.takeOverLock);
    return { core: demo.core, close: () => demo.close() };
  }
  // One process per data folder, or settings changes get lost.
  const lock = acquireDataDirLock(options.dataDir, options.owner, options.takeOverLock ? { takeOver: options.takeOverLock } : {});
  const core = await openTetherCore(options).catch((error: unknown) => releaseAndThrow(lock, error));
  return {
    core,
    close: async () => {
      core.close();
      lock.release();
    },
  };
}
