/**
 * Decides when each grant is checked: at start-up, on an interval with jitter, on wake and when the network comes
 * back, and on demand. Transient failures back off exponentially; rate limits stretch or pause a network; a plan's
 * daily cap spaces a network's checks (X); a deferred check comes back when its grant says; each network has a
 * concurrency cap; a grant is never checked twice at once.
 */
import type { ProviderId } from '../../../shared/domain/provider-id';
import type { GrantId } from '../../../shared/domain/ids';
import type { Clock } from '../kernel/clock';
import { globalTimers, type Timers } from '../kernel/timers';
import type { ScheduledGrant } from '../accounts/scheduled-grant';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import type { RateLimitGovernor } from '../providers/rate-limit-governor';
import { Semaphore } from './semaphore';
import { deferredDelay } from './deferred-check';
import { SingleFlight } from './single-flight';

export type GrantRunResult =
  | { readonly kind: 'ok' }
  | { readonly kind: 'permanent' }
  | { readonly kind: 'transient'; readonly retryAfterMs: number | null }
  /** Not checked now (the network app's credits, cap or daily reads): try again at `at`, epoch ms. */
  | { readonly kind: 'deferred'; readonly at: number };

export type CheckTrigger = 'startup' | 'interval' | 'wake' | 'online' | 'manual' | 'retry';

export interface SweepProgress {
  readonly trigger: CheckTrigger;
  readonly done: number;
  readonly total: number;
  readonly finished: boolean;
}

export interface SchedulerOptions {
  readonly clock: Clock;
  readonly governor: RateLimitGovernor;
  listGrants(): readonly ScheduledGrant[];
  runGrant(grant: ScheduledGrant, trigger: CheckTrigger): Promise<GrantRunResult>;
  /** The check interval from settings, read at each scheduling decision. */
  intervalMs(): number;
  /** ± fraction of the interval added at random, so grants don't all fire together. */
  readonly jitter?: number;
  readonly random?: () => number;
  readonly concurrency?: Partial<Record<ProviderId, number>>;
  readonly backoff?: BackoffPolicy;
  readonly timers?: Timers;
  onProgress?(progress: SweepProgress): void;
  /** Told each time a grant's next check is planned (epoch ms), so the dashboard can say when. */
  onScheduled?(grantId: GrantId, at: number): void;
}

const DEFAULT_CONCURRENCY: Record<ProviderId, number> = { facebook: 4, instagram: 4, twitter: 2 };

export class ValidationScheduler {
  private readonly timers: Timers;
  private readonly random: () => number;
  private readonly handles = new Map<GrantId, unknown>();
  private readonly dueAt = new Map<GrantId, number>();
  private readonly failures = new Map<GrantId, number>();
  private readonly flights = new SingleFlight<GrantId, GrantRunResult>();
  private readonly semaphores = new Map<ProviderId, Semaphore>();
  private running = false;
  private inFlight = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly options: SchedulerOptions) {
    this.timers = options.timers ?? globalTimers;
    this.random = options.random ?? Math.random;
  }

  /** Checks every grant now, then keeps each on its own timer. */
  start(): Promise<void> {
    this.running = true;
    return this.sweep('startup', this.options.listGrants()).then(() => undefined);
  }

  /** Cancels every timer; checks under way finish but schedule nothing. */
  stop(): void {
    this.running = false;
    for (const handle of this.handles.values()) this.timers.clearTimeout(handle);
    this.handles.clear();
    this.dueAt.clear();
  }

  /** The computer woke up or the network came back: check everything now. */
  signal(trigger: 'wake' | 'online'): Promise<number> {
    return this.sweep(trigger, this.options.listGrants());
  }

  /** "Check now" for every grant, or the given ones. Resolves to the number of grants checked. */
  checkNow(grantIds?: readonly GrantId[]): Promise<number> {
    const all = this.options.listGrants();
    const chosen = grantIds ? all.filter((g) => grantIds.includes(g.id)) : all;
    return this.sweep('manual', chosen);
  }

  /** Resolves once no check is under way (at once when none is). */
  whenIdle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** When a grant is next due (epoch ms), for the UI and tests. */
  nextRunAt(grantId: GrantId): number | undefined {
    return this.dueAt.get(grantId);
  }

  /** Runs a set of grants with per-network caps, reporting progress by account. */
  private async sweep(trigger: CheckTrigger, grants: readonly ScheduledGrant[]): Promise<number> {
    const total = grants.reduce((n, g) => n + g.accountCount, 0);
    let done = 0;
    this.options.onProgress?.({ trigger, done, total, finished: grants.length === 0 });
    await Promise.all(
      grants.map(async (grant) => {
        await this.runOne(grant, trigger);
        done += grant.accountCount;
        this.options.onProgress?.({ trigger, done, total, finished: done === total });
      }),
    );
    return grants.length;
  }

  private semaphore(network: ProviderId): Semaphore {
    let s = this.semaphores.get(network);
    if (!s) {
      s = new Semaphore(this.options.concurrency?.[network] ?? DEFAULT_CONCURRENCY[network]);
      this.semaphores.set(network, s);
    }
    return s;
  }

  /** Runs one grant (joining a run already under way), then schedules its next check. */
  private async runOne(grant: ScheduledGrant, trigger: CheckTrigger): Promise<void> {
    this.inFlight += 1;
    try {
      const result = await this.flights.run(grant.id, () =>
        this.semaphore(grant.network).use(async () => {
          try {
            return await this.options.runGrant(grant, trigger);
          } catch {
            // A bug or an unexpected failure is treated like a transient one: retried, never a disconnection.
            return { kind: 'transient', retryAfterMs: null } satisfies GrantRunResult;
          }
        }),
      );
      this.scheduleAfter(grant, result);
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  /** Picks the next time for a grant from its last result, the interval, jitter, backoff and rate limits. */
  private scheduleAfter(grant: ScheduledGrant, result: GrantRunResult): void {
    if (!this.running) return;
    const now = this.options.clock.now();
    const governor = this.options.governor;
    const usual = Math.max(this.options.intervalMs() * governor.intervalFactor(grant.network), governor.minIntervalMs(grant.network));
    let delay: number;
    if (result.kind === 'deferred') {
      // Nothing was learned about the grant: its run of failures, if any, neither grows nor ends. It keeps its
      // usual cadence (a due token refresh still proves it alive) and reads again once the pause is over.
      delay = deferredDelay(result.at, usual, now);
    } else if (result.kind === 'transient') {
      const failures = (this.failures.get(grant.id) ?? 0) + 1;
      this.failures.set(grant.id, failures);
      delay = Math.max(backoffDelay(failures, this.options.backoff ?? DEFAULT_BACKOFF, this.random), result.retryAfterMs ?? 0);
    } else {
      this.failures.delete(grant.id);
      const jitter = this.options.jitter ?? 0.1;
      delay = usual * (1 + jitter * (2 * this.random() - 1));
    }
    const at = Math.max(now + delay, governor.notBefore(grant.network, now));
    this.setTimer(grant, at, result.kind === 'transient' ? 'retry' : 'interval');
  }

  private setTimer(grant: ScheduledGrant, at: number, trigger: CheckTrigger): void {
    const previous = this.handles.get(grant.id);
    if (previous !== undefined) this.timers.clearTimeout(previous);
    this.dueAt.set(grant.id, at);
    this.options.onScheduled?.(grant.id, at);
    const handle = this.timers.setTimeout(
      () => {
        this.handles.delete(grant.id);
        const now = this.options.clock.now();
        const blocked = this.options.governor.notBefore(grant.network, now);
        if (blocked > now) return this.setTimer(grant, blocked, trigger);
        // The grant may have been removed or re-counted since it was scheduled.
        const current = this.options.listGrants().find((g) => g.id === grant.id);
        if (current) void this.sweep(trigger, [current]);
      },
      Math.max(0, at - this.options.clock.now()),
    );
    this.handles.set(grant.id, handle);
  }
}
