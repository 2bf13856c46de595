/**
 * Demo mode: Tether against the built-in simulator, in its own data folder, with the demo world's network apps
 * and every demo login already connected, as if the user had just signed in to each. Demo data never mixes with
 * real data: its folder is separate and wiped at each start, and its tokens are held in memory only.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { acquireDataDirLock, LOCK_FILE, releaseAndThrow, type LockHolder } from '../../core/instance/data-dir-lock';
import { openTetherCore, type TetherCore, type TetherCoreOptions } from '../../core/app/tether-core';
import { demoDataDir } from '../../core/paths/data-dir';
import { endpointsAt } from '../../core/providers/network-endpoints';
import { FACEBOOK_LOGIN_SCOPES } from '../../core/providers/facebook/facebook-scopes';
import { X_SCOPES } from '../../core/providers/twitter/x-scopes';
import { MemorySecretStore } from '../../core/secrets/memory-secret-store';
import type { TokenSet } from '../../core/secrets/token-set.codec';
import { startSimulator, type RunningSimulator } from '../../simulator/start-simulator';
import { simulatorDemoControl } from './simulator-demo-control';

export interface DemoCore {
  readonly core: TetherCore;
  readonly simulator: RunningSimulator;
  /** Closes the core, then the simulator. */
  close(): Promise<void>;
}

/** The TokenSet a network's token answer amounts to (demo logins, and tests that connect minted tokens). */
export function tokenSet(accessToken: string, refreshToken: string | null, expiresInS: number, scopes: readonly string[], now: number): TokenSet {
  return {
    v: 1,
    accessToken,
    refreshToken,
    accessExpiresAt: now + expiresInS * 1000,
    refreshExpiresAt: null,
    dataAccessExpiresAt: null,
    scopes: [...scopes],
    obtainedAt: now,
  };
}

/** Connects every demo login, as the sign-in windows would after the user approved. */
async function connectDemoLogins(core: TetherCore, sim: RunningSimulator): Promise<void> {
  const now = sim.control.now();
  for (const user of sim.world.facebookUsers) {
    if (user.checkpointed || !user.confirmed) continue; // the dialog refuses them, so they can't have connected
    const minted = sim.control.mintFacebookUserToken(user.id, { scopes: FACEBOOK_LOGIN_SCOPES });
    await core.connections.connect('facebook', tokenSet(minted.accessToken, null, minted.expiresIn, FACEBOOK_LOGIN_SCOPES, now));
  }
  for (const x of sim.world.xUsers) {
    const minted = sim.control.mintXTokens(x.id, { scopes: X_SCOPES });
    await core.connections.connect('twitter', tokenSet(minted.accessToken, minted.refreshToken, minted.expiresIn, X_SCOPES, now));
  }
}

/** Empties the demo folder, all but the lock this process now holds on it. */
function wipeDemoFolder(dataDir: string): void {
  for (const name of readdirSync(dataDir)) if (name !== LOCK_FILE) rmSync(join(dataDir, name), { recursive: true, force: true });
}

/**
 * The network apps a demo user has set up: the world's Meta app, with its first Login for Business configuration
 * when the app has that product (as today's Business apps do), and its X app.
 */
export function demoNetworkApps(simulator: RunningSimulator): { metaAppId: string; metaConfigId: string | null; xClientId: string } {
  const { meta, x } = simulator.world;
  const config = meta.loginProduct === 'login_for_business' ? (meta.loginForBusinessConfigs[0]?.id ?? null) : null;
  return { metaAppId: meta.appId, metaConfigId: config, xClientId: x.clientId };
}

/**
 * Starts the simulator and a demo core on `<base>-demo`. Refuses (DataDirLockedError) while another process runs
 * a demo on the same folder: wiping it would delete that demo's database under it.
 */
export async function openDemoCore(
  baseDataDir: string,
  extra: Pick<TetherCoreOptions, 'settings'> = {},
  command = 'Tether in demo mode',
  takeOver?: LockHolder,
): Promise<DemoCore> {
  const dataDir = demoDataDir(baseDataDir);
  const lock = acquireDataDirLock(dataDir, command, takeOver ? { takeOver } : {});
  let simulator: RunningSimulator;
  try {
    wipeDemoFolder(dataDir);
    simulator = await startSimulator();
  } catch (error) {
    releaseAndThrow(lock, error);
  }
  try {
    const store = new MemorySecretStore();
    await store.set({ kind: 'app_secret', app: 'meta' }, simulator.world.meta.appSecret);
    const core = await openTetherCore({
      ...extra,
      dataDir,
      demo: true,
      demoControl: simulatorDemoControl(simulator),
      secrets: { store, health: await store.health() },
      endpoints: endpointsAt(simulator.url),
      clock: { now: () => simulator.control.now() },
    });
    const apps = core.settings.update({ networkApps: demoNetworkApps(simulator) });
    if (!apps.ok) throw new Error(`The demo world's network apps are not valid settings: ${JSON.stringify(apps.error)}`);
    await connectDemoLogins(core, simulator);
    return {
      core,
      simulator,
      close: async () => {
        core.close();
        await simulator.close();
        lock.release();
      },
    };
  } catch (error) {
    await simulator.close();
    releaseAndThrow(lock, error);
  }
}
