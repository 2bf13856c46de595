/**
 * The validation engine as the rest of the app sees it: providers, the grant checker and the scheduler wired
 * together, "check now" for an account, a grant or everything, and progress and transitions announced.
 */
import type { AccountId, GrantId } from '../../../shared/domain/ids';
import type { AccountsRepository } from '../accounts/accounts.repository';
import type { CoreEventBus } from '../kernel/core-events';
import type { Clock } from '../kernel/clock';
import type { Logger } from '../logging/create-logger';
import type { ProviderRegistry } from '../providers/registry';
import { GrantChecker } from './grant-checker';
import type { RefreshLock } from './refresh-lock';
import { CheckRecorder, type CheckHistory, type RecordedCheck } from './check-recorder';
import { RateLimitGovernor } from '../providers/rate-limit-governor';
import type { XQuota } from '../providers/twitter/x-quota';
import { ValidationScheduler } from './scheduler';
import type { Timers } from '../kernel/timers';
import type { TokenVault } from '../secrets/token-vault';
import { coalesceProgress } from './progress-coalescer';
import type { ExpiryThresholdId } from '../accounts/expiry-warnings';

const PROGRESS_EVERY_MS = 250;

export interface ValidationServiceDeps {
  readonly clock: Clock;
  readonly repo: AccountsRepository;
  readonly vault: TokenVault;
  readonly history: CheckHistory;
  readonly events: CoreEventBus;
  readonly log: Logger;
  /** X's planner (plan, budget, daily caps, credits); default: one in memory with the default plan. */
  readonly xQuota?: XQuota;
  /** Built once the governor exists, so providers and scheduler share one view of the limits. */
  createProviders(governor: RateLimitGovernor): ProviderRegistry;
  intervalMs(): number;
  /** The expiry warnings the user wants (Settings → Notifications); all of them when absent. */
  leadTimes?(): ReadonlySet<ExpiryThresholdId>;
  onChecked(grantId: GrantId, recorded: RecordedCheck): void;
  /** A grant's accounts changed outside a recorded check (a deferred check's proof of life, its next check time). */
  onAccountsChanged?(grantId: GrantId): void;
  onSecretsUnavailable(reason: string): void;
  readonly refreshLock?: RefreshLock;
  readonly timers?: Timers;
  readonly random?: () => number;
}

export class ValidationService {
  readonly governor: RateLimitGovernor;
  readonly checker: GrantChecker;
  readonly scheduler: ValidationScheduler;
  readonly providers: ProviderRegistry;
  private started = false;

  constructor(private readonly deps: ValidationServiceDeps) {
    this.governor = new RateLimitGovernor(deps.xQuota ? { x: deps.xQuota } : {});
    const providers = deps.createProviders(this.governor);
    this.providers = providers;
    this.checker = new GrantChecker({
      ...deps,
      recorder: new CheckRecorder(deps.repo, deps.history, deps.leadTimes),
      providers: () => providers,
      onDeferred: (grantId) => deps.onAccountsChanged?.(grantId),
    });
    this.scheduler = new ValidationScheduler({
      clock: deps.clock,
      governor: this.governor,
      listGrants: () => deps.repo.grantsForScheduling(),
      runGrant: (grant, trigger) => this.checker.check(grant.id, trigger),
      onScheduled: (grantId, at) => {
        deps.repo.setNextCheckAt(grantId, at);
        deps.onAccountsChanged?.(grantId);
      },
      intervalMs: deps.intervalMs,
      onProgress: coalesceProgress((progress) => deps.events.emit('validation:progressed', progress), PROGRESS_EVERY_MS, deps.timers),
      ...(deps.timers ? { timers: deps.timers } : {}),
      ...(deps.random ? { random: deps.random } : {}),
    });
  }

  /** Checks everything now and keeps checking on schedule. */
  async start(): Promise<void> {
    this.started = true;
    await this.warm();
    return this.scheduler.start();
  }

  /** Stops scheduling (checks under way finish). */
  stop(): void {
    if (this.started) this.scheduler.stop();
    this.started = false;
  }

  /** "Check now" for one account (its whole grant), one grant, or all. Resolves to the number of grants checked. */
  async checkNow(scope: { accountId?: AccountId; grantId?: GrantId } = {}): Promise<number> {
    if (scope.accountId) {
      const grantId = this.deps.repo.grantOfAccount(scope.accountId);
      return grantId ? this.scheduler.checkNow([grantId]) : 0;
    }
    if (scope.grantId) return this.scheduler.checkNow([scope.grantId]);
    await this.warm();
    return this.scheduler.checkNow();
  }

  /** The computer woke or the network came back. */
  async signal(trigger: 'wake' | 'online'): Promise<number> {
    await this.warm();
    return this.scheduler.signal(trigger);
  }

  /**
   * Before a sweep of everything: one bulk read of the keychain fills the token cache (a read per item costs a
   * keychain search each, which grows with the number of items). When it fails, each check reads its own tokens
   * and reports the keychain's trouble as before.
   */
  private async warm(): Promise<void> {
    try {
      await this.deps.vault.warm();
    } catch (error) {
      this.deps.log.warn('could not read the keychain in bulk; reading item by item', { message: error instanceof Error ? error.message : String(error) });
    }
  }
}
