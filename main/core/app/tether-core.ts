/**
 * The composition root of the core: the history database, settings, secrets, providers, the validation engine
 * and the app status, wired together. Knows nothing of Electron; the Electron layer passes its own stores in.
 */
import type { Database } from 'better-sqlite3';
import { openHistoryDatabase, openReadConnection } from '../history/database';
import { HistoryService, observationHorizonMs } from '../history/history.service';
import { AccountsRepository } from '../accounts/accounts.repository';
import { AccountsService } from '../accounts/accounts.service';
import { openSettingsStore } from '../settings/open-settings-store';
import type { SettingsStore } from '../settings/settings-store';
import type { SecretStore, SecretStoreHealth } from '../secrets/secret-store';
import { createProviderRegistry } from '../providers/registry';
import { REAL_ENDPOINTS, type NetworkEndpoints } from '../providers/network-endpoints';
import type { FetchFn } from '../providers/http/provider-http';
import { TokenVault } from '../secrets/token-vault';
import { ValidationService } from '../validation/validation.service';
import type { Timers } from '../kernel/timers';
import { createLogger } from '../logging/create-logger';
import { CoreEventBus } from '../kernel/core-events';
import { systemClock, type Clock } from '../kernel/clock';
import { AppStatusService } from './app-status.service';
import type { DemoControl } from './demo-control';
import { ConnectionService } from '../connections/connection.service';
import { Notifications } from '../notify/notifications';
import { AppSecrets } from '../secrets/app-secrets';
import type { MovedAside } from '../history/corrupt-file';
import { openKeychainSecrets, openSealedSecrets } from './open-secrets';
import type { SealedSecretStore } from '../secrets/sealed-secret-store';
import { SqliteRefreshLock } from '../validation/refresh-lock';
import { XQuota } from '../providers/twitter/x-quota';
import { SqliteXLedger } from '../providers/twitter/x-ledger.sqlite';
import { SignInService } from '../oauth/sign-in.service';
import { NetworkAppsService } from '../oauth/network-apps.service';
import { disconnectGrant } from '../connections/disconnect';
import { checkMetaApp } from '../providers/facebook/facebook-sign-in';
import type { GrantId } from '../../../shared/domain/ids';
import type { DisconnectResult } from '../../../shared/domain/sign-in';
import { enabledLeadTimes } from '../accounts/expiry-warnings';
import { TeamAlertsService } from '../alerts/team-alerts.service';
import type { LocalMinutes } from '../notify/quiet-hours';

export interface SecretsChoice {
  readonly store: SecretStore;
  readonly health: SecretStoreHealth;
}

export interface TetherCoreOptions {
  readonly dataDir: string;
  readonly clock?: Clock;
  /**
   * The keychain that holds the data key, and its health; default: the OS keychain. A function gets the open
   * database, for stores that keep ciphertext in it (Electron safeStorage). Tokens are sealed in the database.
   */
  readonly secrets?: SecretsChoice | ((db: Database) => Promise<SecretsChoice>);
  /** Default: settings.json in the data folder, through conf. */
  readonly settings?: SettingsStore;
  readonly fetch?: FetchFn;
  /** Default: the real networks. Demo mode and tests point them at the simulator. */
  readonly endpoints?: NetworkEndpoints;
  readonly demo?: boolean;
  /** Demo mode's simulator controls (only with `demo`). */
  readonly demoControl?: DemoControl;
  /** How long one request to a network may take (default 20 s). */
  readonly providerTimeoutMs?: number;
  readonly timers?: Timers;
  readonly random?: () => number;
  /** How long a sign-in may take before it ends as `timeout` (default 5 minutes). */
  readonly signInTimeoutMs?: number;
  /** The local time of day, for quiet hours (default: the system's); tests fix it. */
  readonly localMinutes?: LocalMinutes;
}

/** What the transports and the CLI get: services, never the raw database or the secret store. */
export interface AppCore {
  readonly dataDir: string;
  /** Where the networks are (the real ones, or the simulator's origin in demo mode and tests). */
  readonly endpoints: NetworkEndpoints;
  readonly clock: Clock;
  readonly events: CoreEventBus;
  readonly accounts: AccountsService;
  readonly history: HistoryService;
  readonly settings: SettingsStore;
  readonly appSecrets: AppSecrets;
  readonly validation: ValidationService;
  readonly status: AppStatusService;
  readonly connections: ConnectionService;
  /** Signing in to networks (connect, reconnect); the transport attaches how sign-in pages are shown. */
  readonly signIn: SignInService;
  /** Settings → Network apps: the user's own apps, checked before they are kept. */
  readonly networkApps: NetworkAppsService;
  /** Revokes a login at its network, deletes its secrets and removes its accounts; its history stays. */
  disconnect(grantId: GrantId): Promise<DisconnectResult>;
  /** Status changes and expiry warnings, for whoever presents notifications. */
  readonly notifications: Pick<Notifications, 'start'>;
  /** Alerts to a team channel (Settings → Team alerts); they run with the background work. */
  readonly alerts: Pick<TeamAlertsService, 'status' | 'saveWebhook' | 'removeWebhook' | 'sendTest'>;
  /** The simulator's controls in demo mode; null otherwise. */
  readonly demo: DemoControl | null;
  /** Starts scheduled checks and daily retention (the desktop app and `tether serve`; not the one-shot CLI). */
  startBackgroundWork(): Promise<void>;
  close(): void;
}

/** The core with its parts, for the composition and for tests that look inside. */
export interface TetherCore extends AppCore {
  readonly db: Database;
  readonly repo: AccountsRepository;
  /** Every token and app secret, sealed in the database under the keychain's data key. */
  readonly secrets: SealedSecretStore;
  /** The keychain itself: the data key (and, until moved, keychain-era items). */
  readonly keychain: SecretStore;
  readonly vault: TokenVault;
  readonly alerts: TeamAlertsService;
  /** Where the damaged database was moved at opening, if it was. */
  readonly databaseRecovered: MovedAside | null;
}

const DAY_MS = 24 * 3_600_000;
const ANNOUNCE_EVERY_MS = 250;

/** Opens the core on a data directory. */
export async function openTetherCore(options: TetherCoreOptions): Promise<TetherCore> {
  const { dataDir, clock = systemClock, demo = false } = options;
  const log = createLogger('core');
  const { db, recovered } = openHistoryDatabase({ dataDir, log: log.child('db'), now: () => clock.now() });
  try {
    const settings = options.settings ?? openSettingsStore({ dataDir, now: () => clock.now(), log: log.child('settings') });
    const keychain =
      typeof options.secrets === 'function' ? await options.secrets(db) : (options.secrets ?? (await openKeychainSecrets({ demo, log: log.child('secrets') })));
    const repo = new AccountsRepository(db);
    const secrets = await openSealedSecrets({ db, keychain, isKnownGrant: (grantId) => repo.grant(grantId) !== null, log: log.child('secrets') });
    const events = new CoreEventBus();
    // Checks mark their grant; the feed sends one delta of changed fields per batch, and the rest the moment a
    // sweep finishes (before "check now" answers).
    events.on('validation:progressed', (progress) => {
      if (progress.finished) accounts.flush();
    });
    const history = new HistoryService(db, {
      clock,
      retentionDays: () => settings.get().retention.rawCheckDays,
      // Read at start: a changed interval applies to uptime from the next launch.
      horizonMs: observationHorizonMs(settings.get().checkIntervalMinutes),
      // Exports iterate rows for seconds: a read-only connection of their own keeps checks writing meanwhile.
      openExportConnection: () => openReadConnection(dataDir),
    });
    const accounts = new AccountsService(repo, events, clock, { everyMs: ANNOUNCE_EVERY_MS });
    const vault = new TokenVault(secrets.store);
    const appSecrets = new AppSecrets(secrets.store, vault);
    const notifications = new Notifications({
      clock,
      settings,
      events,
      accounts: () => accounts.list(),
      log: log.child('notify'),
      ...(options.timers ? { timers: options.timers } : {}),
      ...(options.localMinutes ? { localMinutes: options.localMinutes } : {}),
    });
    const alerts = new TeamAlertsService({
      db,
      secrets: secrets.store,
      clock,
      events,
      settings: () => settings.get(),
      log: log.child('alerts'),
      onGaveUp: () => void status.announce(),
      ...(options.timers ? { timers: options.timers } : {}),
      ...(options.random ? { random: options.random } : {}),
      ...(options.localMinutes ? { localMinutes: options.localMinutes } : {}),
    });
    // X's plan, budget, daily caps and credits, learned from X and from Settings; its ledger is shared through the database.
    const xQuota = new XQuota({
      clock,
      ledger: new SqliteXLedger(db),
      settings: () => {
        const current = settings.get();
        return { ...current.xChecks, checkIntervalMinutes: current.checkIntervalMinutes };
      },
      accounts: () => repo.xUserIds(),
    });
    const status = new AppStatusService({
      demo,
      settings,
      secrets: secrets.store,
      events,
      databaseRecovered: recovered,
      initialSecretsHealth: secrets.health,
      xChecks: { status: () => xQuota.status(clock.now()), onChange: (listener) => xQuota.onChange(listener) },
      sealedElsewhere: () => secrets.store.sealedElsewhere(),
      moreNotices: () => alerts.notices(),
    });
    const validation = new ValidationService({
      clock,
      repo,
      vault,
      history: history.writer,
      events,
      log: log.child('validation'),
      createProviders: (governor) =>
        createProviderRegistry({
          fetch: options.fetch ?? ((input, init) => fetch(input, init)),
          clock,
          governor,
          endpoints: options.endpoints ?? REAL_ENDPOINTS,
          ...(options.providerTimeoutMs ? { timeoutMs: options.providerTimeoutMs } : {}),
          apps: {
            get metaAppId() {
              return settings.get().networkApps.metaAppId;
            },
            get metaConfigId() {
              return settings.get().networkApps.metaConfigId;
            },
            get xClientId() {
              return settings.get().networkApps.xClientId;
            },
            metaAppSecret: () => appSecrets.metaAppSecret(),
          },
        }),
      intervalMs: () => settings.get().checkIntervalMinutes * 60_000,
      xQuota,
      leadTimes: () => enabledLeadTimes(settings.get()),
      onChecked: (grantId, recorded) => {
        accounts.checked(grantId);
        notifications.push(recorded.signals);
      },
      onAccountsChanged: (grantId) => accounts.checked(grantId),
      onSecretsUnavailable: () => void secrets.store.health().then((h) => status.setSecretsHealth(h)),
      // The app, `tether serve` and a cron `tether check` may share this folder: one refresh per grant among them.
      refreshLock: new SqliteRefreshLock(db),
      ...(options.timers ? { timers: options.timers } : {}),
      ...(options.random ? { random: options.random } : {}),
    });
    const connections = new ConnectionService({
      clock,
      providers: validation.providers,
      vault,
      accounts,
      repo,
      recordMany: (e) => history.recordMany(e),
      checkGrant: (grantId) => validation.checkNow({ grantId }),
    });
    const signIn = new SignInService({
      providers: validation.providers,
      connections,
      repo,
      log: log.child('sign-in'),
      ...(options.signInTimeoutMs ? { timeoutMs: options.signInTimeoutMs } : {}),
    });
    const fetchFn: FetchFn = options.fetch ?? ((input, init) => fetch(input, init));
    const endpoints = options.endpoints ?? REAL_ENDPOINTS;
    const networkApps = new NetworkAppsService({
      settings,
      appSecrets,
      providers: validation.providers,
      signIn,
      checkMetaApp: (appId, secret) => checkMetaApp({ fetch: fetchFn, endpoints }, appId, secret),
    });
    let retentionTimer: ReturnType<typeof setInterval> | undefined;
    return {
      dataDir,
      endpoints,
      clock,
      db,
      events,
      accounts,
      repo,
      history,
      settings,
      appSecrets,
      notifications,
      alerts,
      databaseRecovered: recovered,
      secrets: secrets.store,
      keychain: keychain.store,
      vault,
      validation,
      status,
      connections,
      signIn,
      networkApps,
      disconnect: (grantId) =>
        disconnectGrant(
          { clock, providers: validation.providers, vault, secrets: secrets.store, accounts, repo, recordMany: (e) => history.recordMany(e) },
          grantId,
        ),
      demo: options.demoControl ?? null,
      async startBackgroundWork() {
        history.runRetention();
        retentionTimer = setInterval(() => history.runRetention(), DAY_MS);
        retentionTimer.unref();
        // Team alerts take the same notifications as the desktop, and send what the last run left waiting.
        alerts.start(notifications);
        await validation.start();
      },
      close() {
        alerts.stop();
        signIn.close();
        if (retentionTimer) clearInterval(retentionTimer);
        validation.stop();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
