/**
 * The dashboard against a real core: SQLite and settings in a temp folder, the real router behind an in-process
 * API, a fixed clock shared by core and renderer, and helpers that put accounts in states through the real
 * repositories. The keychain is the core's own refusing store in a chosen state (no Secret Service here).
 */
import { act, cleanup, render } from '@testing-library/react';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTetherCore, type TetherCore } from '../../../main/core/app/tether-core';
import type { AccountHealth } from '../../../main/core/accounts/status-machine';
import { createHandlers } from '../../../main/core/ipc/handlers';
import { createRouter, type Router } from '../../../main/core/ipc/router';
import { createLogger } from '../../../main/core/logging/create-logger';
import type { SecretStoreHealth } from '../../../main/core/secrets/secret-store';
import { UnavailableSecretStore } from '../../../main/core/secrets/unavailable-secret-store';
import type { MemorySecretStore } from '../../../main/core/secrets/memory-secret-store';
import { App } from '../../../renderer/src/App';
import { connectStoreToMain } from '../../../renderer/src/store/bridge';
import { createAppStore, type AppStore, type RendererClock } from '../../../renderer/src/store/store';
import { StoreProvider } from '../../../renderer/src/store/store-context';
import type { SignInTab } from '../../../renderer/src/platform/sign-in-tab';
import type { ProblemDetails } from '../../../shared/domain/account-view';
import type { AccountId, GrantId } from '../../../shared/domain/ids';
import type { ProviderId } from '../../../shared/domain/provider-id';
import type { TetherApi } from '../../../shared/ipc/channels';
import { inProcessApi } from '../../fixtures/in-process-api';
import { afterEach, beforeEach } from 'vitest';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
/** The fixed "now" of every dashboard test. */
export const NOW = Date.UTC(2026, 10, 28, 9, 0, 0);

export interface UiKit {
  readonly dir: string;
  readonly core: TetherCore;
  readonly router: Router;
  readonly api: TetherApi;
  close(): void;
}

export interface UiKitOptions {
  readonly demo?: boolean;
  /** The keychain's state; default locked (this machine has no Secret Service for jsdom tests). */
  readonly keychain?: Exclude<SecretStoreHealth, { kind: 'ok' }>;
  /** A working keychain held in memory instead (it starts empty). */
  readonly memoryKeychain?: MemorySecretStore;
  /** Runs on the data folder before the core opens it (e.g. to plant a damaged file). */
  readonly prepare?: (dir: string) => void;
}

/** Opens a core with a fixed clock in a fresh temp folder. */
export async function openUiKit(options: UiKitOptions = {}): Promise<UiKit> {
  const dir = mkdtempSync(join(tmpdir(), 'tether-ui-'));
  options.prepare?.(dir);
  const keychain = options.keychain ?? { kind: 'locked' };
  const core = await openTetherCore({
    dataDir: dir,
    clock: { now: () => NOW },
    demo: options.demo ?? false,
    secrets: options.memoryKeychain
      ? { store: options.memoryKeychain, health: await options.memoryKeychain.health() }
      : { store: new UnavailableSecretStore(keychain), health: keychain },
  });
  const router = createRouter(createHandlers(core), core.events, createLogger('test'));
  return {
    dir,
    core,
    router,
    api: inProcessApi(router),
    close() {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Renders the dashboard on a store with the same fixed clock, and loads the accounts. The app status is loaded
 * only when asked: until then the dashboard treats setup as fine, which keeps banners out of unrelated tests.
 */
export async function mountDashboard(
  api: TetherApi,
  options: { withStatus?: boolean; clock?: RendererClock; openSignInTab?: () => SignInTab | null } = {},
): Promise<AppStore> {
  const store = createAppStore({ api, clock: options.clock ?? { now: () => NOW }, openSignInTab: options.openSignInTab ?? (() => null) });
  connectStoreToMain(api, store);
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  await act(() => store.getState().loadAccounts());
  if (options.withStatus) await act(() => store.getState().loadAppStatus());
  return store;
}

/** One account to seed: the grant gets the same network. */
export interface SeedAccount {
  readonly id: string;
  readonly grant: string;
  readonly provider: ProviderId;
  readonly name: string;
  readonly handle?: string | null;
}

/** Adds accounts through the real AccountsService, one grant per distinct grant id. */
export function seedAccounts(core: TetherCore, accounts: readonly SeedAccount[]): void {
  const grants = [...new Set(accounts.map((a) => a.grant))];
  for (const grant of grants) {
    const mine = accounts.filter((a) => a.grant === grant);
    const provider = mine[0]?.provider ?? 'facebook';
    // Instagram accounts come in through a Facebook login.
    const grantProvider = provider === 'instagram' ? 'facebook' : provider;
    core.accounts.addGrant(
      {
        id: grant as GrantId,
        provider: grantProvider,
        networkUserId: `u-${grant}`,
        name: `Owner of ${grant}`,
        scopes: [],
        accessExpiresAt: null,
        refreshExpiresAt: null,
        dataAccessExpiresAt: null,
      },
      mine.map((a, i) => ({
        id: a.id as AccountId,
        grantId: grant as GrantId,
        provider: a.provider,
        networkAccountId: `${a.id}-${i}`,
        name: a.name,
        handle: a.handle ?? null,
        expiresAt: null,
      })),
    );
  }
}

/** Puts one account in a state through the real health repository, as a check would, and pushes the list. */
export function setHealth(
  core: TetherCore,
  accountId: string,
  health: Partial<AccountHealth> & Pick<AccountHealth, 'status'>,
  options: { problem?: ProblemDetails | null; checkedAt?: number } = {},
): void {
  const known = health.status === 'unverified' ? 'connected' : health.status;
  const full: AccountHealth = {
    reason: null,
    statusSince: NOW - HOUR,
    lastKnownStatus: known,
    unverifiedSince: null,
    expiresAt: null,
    ...health,
  };
  act(() => {
    const checkedAt = options.checkedAt ?? NOW - 2 * MIN;
    core.repo.saveHealth(accountId as AccountId, full, options.problem ?? null, new Set(), checkedAt);
    // A check that finds the connection working proves it alive.
    if (health.status === 'connected' || health.status === 'expiring') core.repo.markProvenAlive([accountId as AccountId], checkedAt);
    core.accounts.announce();
  });
}

/** A small portfolio: two Facebook Pages and an Instagram account under one login, and two X accounts. */
export const PORTFOLIO: readonly SeedAccount[] = [
  { id: 'a-harbor', grant: 'g-fb', provider: 'facebook', name: 'Harbor Bakery' },
  { id: 'a-north', grant: 'g-fb', provider: 'facebook', name: 'Northside Cycles' },
  { id: 'a-ig', grant: 'g-fb', provider: 'instagram', name: 'harbor.bakes', handle: '@harbor.bakes' },
  { id: 'a-x-cafe', grant: 'g-x-1', provider: 'twitter', name: 'Café Lumière', handle: '@cafelumiere' },
  { id: 'a-x-studio', grant: 'g-x-2', provider: 'twitter', name: 'Lumen Studio', handle: '@lumenstudio' },
];

/** Gives each test of the file a fresh kit seeded with PORTFOLIO (handed to `use`), and cleans up after it. */
export function usePortfolioKit(use: (kit: UiKit) => void): void {
  let kit: UiKit | undefined;
  beforeEach(async () => {
    kit = await openUiKit();
    seedAccounts(kit.core, PORTFOLIO);
    use(kit);
  });
  afterEach(() => {
    cleanup();
    kit?.close();
  });
}
