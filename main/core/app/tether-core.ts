/**
 * The composition root of the core: the history database, settings, secrets, providers, the validation engine
 * and the app status, wired together. Knows nothing of Electron; the Electron layer passes its own stores in.
 */
import type { Database } from 'better-sqlite3';
import { openHistoryDatabase, openReadConnection } from '../history/database';
import { HistoryService } from '../history/history.service';
import { AccountsRepository } from '../accounts/accounts.repository';
import { AccountsService } from '../accounts/accounts.service';
import { AccountHealthRepository } from '../accounts/account-health.repository';
import { GrantOffersRepository } from '../accounts/grant-offers.repository';
import { openConfSettingsStore } from '../settings/conf-settings-store';
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
import { TypedEmitter } from '../kernel/typed-emitter';
import { checkSignals, type CheckSignals } from '../notify/check-signals';
import { throttle } from '../kernel/throttle';
import { openKeychainSecrets } from './open-secrets';

export interface SecretsChoice {
  readonly store: SecretStore;
  readonly health: SecretStoreHealth;
}

export interface TetherCoreOptions {
  readonly dataDir: string;
  readonly clock?: Clock;
  /**
   * The secret store and its health; default: the OS keychain. A function gets the open database, for stores
   * that keep ciphertext in it (Electron safeStorage).
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
}

/** Everything the transports and the CLI need from the core. */
export interface TetherCore {
  readonly dataDir: string;
  readonly clock: Clock;
  readonly db: Database;
  readonly events: CoreEventBus;
  readonly accounts: AccountsService;
  readonly health: AccountHealthRepository;
  /** Per login: Pages it newly lists, and whether it expired while its Pages still work. */
  readonly grants: GrantOffersRepository;
  readonly history: HistoryService;
  readonly settings: SettingsStore;
  readonly secrets: SecretStore;
  readonly vault: TokenVault;
  readonly validation: ValidationService;
  readonly status: AppStatusService;
  readonly connections: ConnectionService;
  /** The simulator's controls in demo mode; null otherwise. */
  readonly demo: DemoControl | null;
  /** Status changes and expiry warnings of each check, for notifications. */
  onChecked(listener: (signals: CheckSignals) => void): () => void;
  /** Starts scheduled checks and daily retention (the desktop app and `tether serve`; not the one-shot CLI). */
  startBackgroundWork(): Promise<void>;
  close(): void;
}

const DAY_MS = 24 * 3_600_000;
const ANNOUNCE_EVERY_MS = 500;

/** Opens the core on a data directory. */
export async function openTetherCore(options: TetherCoreOptions): Promise<TetherCore> {
  const { dataDir, clock = systemClock, demo = false } = options;
  const log = createLogger('core');
  const { db, recovered } = openHistoryDatabase({ dataDir, log: log.child('db'), now: () => clock.now() });
  try {
    const settings = options.settings ?? openConfSettingsStore({ dataDir, now: () => clock.now(), log: log.child('settings') });
    const secrets =
      typeof options.secrets === 'function' ? await options.secrets(db) : (options.secrets ?? (await openKeychainSecrets({ demo, log: log.child('secrets') })));
    const events = new CoreEventBus();
    const checked = new TypedEmitter<{ checked: CheckSignals }>();
    // A sweep of 200 logins would push the whole list 200 times: push at most every 500 ms while it runs,
    // and once more the moment it finishes (before "check now" answers).
    const announceChecked = throttle(() => accounts.announce(), ANNOUNCE_EVERY_MS);
    events.on('validation:progressed', (progress) => {
      if (progress.finished) announceChecked.flush();
    });
    const history = new HistoryService(db, {
      clock,
      retentionDays: () => settings.get().retention.rawCheckDays,
      // A check counts as observation until the next one, up to twice the interval (read at start).
      horizonMs: 2 * settings.get().checkIntervalMinutes * 60_000,
      // Exports iterate rows for seconds: a read-only connection of their own keeps checks writing meanwhile.
      openExportConnection: () => openReadConnection(dataDir),
    });
    const accounts = new AccountsService(new AccountsRepository(db), events, clock);
    const health = new AccountHealthRepository(db);
    const grants = new GrantOffersRepository(db);
    const vault = new TokenVault(secrets.store);
    const status = new AppStatusService({ demo, settings, secrets: secrets.store, events, databaseRecovered: recovered, initialSecretsHealth: secrets.health });
    const validation = new ValidationService({
      clock,
      repo: health,
      offers: grants,
      vault,
      history: { recordMany: (e) => history.recordMany(e), transaction: (work) => history.writer.transaction(work) },
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
            get xClientId() {
              return settings.get().networkApps.xClientId;
            },
            metaAppSecret: () => secrets.store.get({ kind: 'app_secret', app: 'meta' }).catch(() => null),
          },
        }),
      intervalMs: () => settings.get().checkIntervalMinutes * 60_000,
      onChecked: (grantId, recorded) => {
        announceChecked();
        const signals = checkSignals(health, grantId, recorded);
        if (signals.transitions.length > 0 || signals.warnings.length > 0) checked.emit('checked', signals);
      },
      onSecretsUnavailable: () => void secrets.store.health().then((h) => status.setSecretsHealth(h)),
      ...(options.timers ? { timers: options.timers } : {}),
      ...(options.random ? { random: options.random } : {}),
    });
    const connections = new ConnectionService({
      clock,
      providers: validation.providers,
      vault,
      accounts,
      health,
      recordMany: (e) => history.recordMany(e),
      checkGrant: (grantId) => validation.checkNow({ grantId }),
    });
    let retentionTimer: ReturnType<typeof setInterval> | undefined;
    return {
      dataDir,
      clock,
      db,
      events,
      accounts,
      health,
      grants,
      history,
      settings,
      secrets: secrets.store,
      vault,
      validation,
      status,
      connections,
      demo: options.demoControl ?? null,
      onChecked: (listener) => checked.on('checked', listener),
      async startBackgroundWork() {
        history.runRetention();
        retentionTimer = setInterval(() => history.runRetention(), DAY_MS);
        retentionTimer.unref();
        await validation.start();
      },
      close() {
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
