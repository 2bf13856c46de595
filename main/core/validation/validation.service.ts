/**
 * The validation engine as the rest of the app sees it: providers, the grant checker and the scheduler wired
 * together, "check now" for an account, a grant or everything, and progress and transitions announced.
 */
import type { AccountId, GrantId } from '../../../shared/domain/ids';
import type { HistoryEventInput } from '../../../shared/domain/history-event';
import type { AccountHealthRepository } from '../accounts/account-health.repository';
import type { CoreEventBus } from '../kernel/core-events';
import type { Clock } from '../kernel/clock';
import type { Logger } from '../logging/create-logger';
import type { ProviderRegistry } from '../providers/registry';
import { GrantChecker, type GrantCheckerDeps } from './grant-checker';
import { RateLimitGovernor } from '../providers/rate-limit-governor';
import { ValidationScheduler } from './scheduler';
import type { Timers } from '../kernel/timers';
import type { TokenVault } from '../secrets/token-vault';

export interface ValidationServiceDeps {
  readonly clock: Clock;
  readonly repo: AccountHealthRepository;
  readonly offers?: GrantCheckerDeps['offers'];
  readonly vault: TokenVault;
  readonly history: GrantCheckerDeps['history'];
  readonly events: CoreEventBus;
  readonly log: Logger;
  /** Built once the governor exists, so providers and scheduler share one view of the limits. */
  createProviders(governor: RateLimitGovernor): ProviderRegistry;
  intervalMs(): number;
  onChecked(grantId: GrantId, events: readonly HistoryEventInput[]): void;
  onSecretsUnavailable(reason: string): void;
  readonly timers?: Timers;
  readonly random?: () => number;
}

export class ValidationService {
  readonly governor = new RateLimitGovernor();
  readonly checker: GrantChecker;
  readonly scheduler: ValidationScheduler;
  readonly providers: ProviderRegistry;
  private started = false;

  constructor(private readonly deps: ValidationServiceDeps) {
    const providers = deps.createProviders(this.governor);
    this.providers = providers;
    this.checker = new GrantChecker({ ...deps, providers: () => providers });
    this.scheduler = new ValidationScheduler({
      clock: deps.clock,
      governor: this.governor,
      listGrants: () => deps.repo.grantsForScheduling(),
      runGrant: (grant) => this.checker.check(grant.id),
      intervalMs: deps.intervalMs,
      onProgress: (progress) => deps.events.emit('validation:progressed', progress),
      ...(deps.timers ? { timers: deps.timers } : {}),
      ...(deps.random ? { random: deps.random } : {}),
    });
  }

  /** Checks everything now and keeps checking on schedule. */
  start(): Promise<void> {
    this.started = true;
    return this.scheduler.start();
  }

  /** Stops scheduling (checks under way finish). */
  stop(): void {
    if (this.started) this.scheduler.stop();
    this.started = false;
  }

  /** "Check now" for one account (its whole grant), one grant, or all. Resolves to the number of grants checked. */
  checkNow(scope: { accountId?: AccountId; grantId?: GrantId } = {}): Promise<number> {
    if (scope.accountId) {
      const grantId = this.deps.repo.grantOfAccount(scope.accountId);
      return grantId ? this.scheduler.checkNow([grantId]) : Promise.resolve(0);
    }
    return this.scheduler.checkNow(scope.grantId ? [scope.grantId] : undefined);
  }

  /** The computer woke or the network came back. */
  signal(trigger: 'wake' | 'online'): Promise<number> {
    return this.scheduler.signal(trigger);
  }
}
