/**
 * Checks one grant end to end: reads its tokens, refreshes them first where due (one refresh per grant at a
 * time; the new pair is saved before it is used), validates through its provider, confirms an ambiguous
 * failure once before believing it, and folds the result into history and the accounts' statuses.
 */
import type { GrantId } from '../../../shared/domain/ids';
import type { HistoryEventInput } from '../../../shared/domain/history-event';
import type { AccountsRepository, TrackedAccount } from '../accounts/accounts.repository';
import type { Clock } from '../kernel/clock';
import type { Logger } from '../logging/create-logger';
import type { Classification } from '../reasons/classification';
import { isSecretStoreError } from '../secrets/secret-store';
import type { TokenSet } from '../secrets/token-set.codec';
import { fieldClassification } from '../providers/field-classification';
import type { GrantInput, RefreshOutcome, SocialProvider, ValidateContext, ValidationReport } from '../providers/provider';
import type { GrantNetwork, ProviderRegistry } from '../providers/registry';
import type { CheckRecorder, RecordedCheck } from './check-recorder';
import type { CheckTrigger, GrantRunResult } from './scheduler';
import { SingleFlight } from './single-flight';
import { accessTokenExpired, explainedByRefreshTrouble, refreshTroubleVerdict } from './refresh-trouble';
import { holdRefreshLease } from './refresh-lease';
import type { RefreshLock } from './refresh-lock';
import type { TokenVault } from '../secrets/token-vault';

export interface GrantCheckerDeps {
  readonly clock: Clock;
  readonly repo: AccountsRepository;
  readonly recorder: CheckRecorder;
  readonly vault: TokenVault;
  providers(): ProviderRegistry;
  /** Where token refreshes are recorded. */
  readonly history: { recordMany(events: readonly HistoryEventInput[]): unknown };
  /** Called after every check with what it recorded, so the UI and notifications hear of changes at once. */
  onChecked(grantId: GrantId, recorded: RecordedCheck): void;
  /**
   * Called when a check was deferred (the network app is out of credits, over a cap or out of daily reads): nothing
   * was recorded, but a token refresh may have proven the accounts alive.
   */
  onDeferred?(grantId: GrantId): void;
  /** Serialises refreshes across processes sharing the data folder; default: this process only. */
  readonly refreshLock?: RefreshLock;
  /** Called when the keychain can't be read (locked, unavailable): no status changes, a notice instead. */
  onSecretsUnavailable(reason: string): void;
  readonly log: Logger;
}

/** What a check learned beyond its report: whether a token refresh worked (free proof the login is alive). */
interface CheckTrace {
  refreshed: boolean;
}

/** A check the network app's credits, cap or daily reads put off: it says nothing about the grant or its accounts. */
function deferredReport(until: number, cause: NonNullable<ValidationReport['deferred']>['cause']): ValidationReport {
  return {
    grant: { kind: 'ok' },
    accounts: new Map(),
    expiries: { access: null, refresh: null, dataAccess: null },
    permissions: null,
    requests: 0,
    deferred: { until, cause },
  };
}

function failedReport(classification: Classification): ValidationReport {
  return {
    grant: { kind: 'problem', classification },
    accounts: new Map(),
    expiries: { access: null, refresh: null, dataAccess: null },
    permissions: null,
    requests: 0,
  };
}

export class GrantChecker {
  private readonly refreshes = new SingleFlight<GrantId, RefreshOutcome>();
  private requests = 0;

  constructor(private readonly deps: GrantCheckerDeps) {}

  /** HTTP requests sent by all checks so far (validation and refresh). */
  get requestCount(): number {
    return this.requests;
  }

  /**
   * Checks a grant and records everything. Never throws for network or store trouble. A deferred check records
   * nothing but the proof a refresh gave, and says when to come back.
   */
  async check(grantId: GrantId, trigger: CheckTrigger = 'interval'): Promise<GrantRunResult> {
    const { repo, clock } = this.deps;
    const grant = repo.grant(grantId);
    if (!grant) return { kind: 'ok' };
    const provider = this.deps.providers()[grant.provider as GrantNetwork] as SocialProvider | undefined;
    if (!provider) return { kind: 'ok' };
    const accounts = repo.accountsOfGrant(grantId);
    let tokens: TokenSet | null;
    let pageTokens: Map<string, string>;
    let unreadable: string | null = null;
    try {
      tokens = await this.deps.vault.read(grantId);
      pageTokens = await this.deps.vault.pageTokens(
        grantId,
        accounts.filter((a) => a.provider === 'facebook').map((a) => a.networkAccountId),
      );
    } catch (error) {
      if (!isSecretStoreError(error)) throw error;
      // Saved but unreadable (sealed under a lost key, or damaged): as good as no saved login until a reconnect
      // saves a new one. A locked or missing keychain is different: nothing is known, so try again later.
      if (error.kind !== 'unreadable') {
        this.deps.onSecretsUnavailable(error.message);
        return { kind: 'transient', retryAfterMs: null };
      }
      tokens = null;
      pageTokens = new Map();
      unreadable = error.message;
    }
    const started = clock.now();
    const trace: CheckTrace = { refreshed: false };
    const context: ValidateContext = { manual: trigger === 'manual' };
    const report = tokens
      ? await this.validateConfirmed(grantId, provider, tokens, pageTokens, accounts, context, trace)
      : failedReport(fieldClassification('invalid_token_other', unreadable ?? 'Tether has no saved login for this connection'));
    const now = clock.now();
    if (report.deferred) {
      if (trace.refreshed) repo.markGrantProvenAlive(grantId, now);
      this.deps.onDeferred?.(grantId);
      return { kind: 'deferred', at: report.deferred.until };
    }
    const recorded = this.deps.recorder.record(grantId, report, { now, latencyMs: Math.max(0, now - started) });
    this.deps.onChecked(grantId, recorded);
    if (recorded.outcome === 'transient') return { kind: 'transient', retryAfterMs: recorded.retryAfterMs };
    return { kind: recorded.outcome };
  }

  /** Validates, refreshing first when due, and confirms an ambiguous failure with one refresh or re-check. */
  private async validateConfirmed(
    grantId: GrantId,
    provider: SocialProvider,
    initial: TokenSet,
    pageTokens: Map<string, string>,
    accounts: readonly TrackedAccount[],
    context: ValidateContext,
    trace: CheckTrace,
  ): Promise<ValidationReport> {
    let tokens = initial;
    let refreshTrouble: Classification | null = null;
    const renewed = (next: TokenSet): TokenSet => {
      trace.refreshed = true;
      return next;
    };
    if (provider.refresh && provider.needsRefresh?.(tokens, this.deps.clock.now())) {
      const refreshed = await this.refresh(grantId, provider, tokens);
      if (refreshed.kind === 'failed') {
        if (refreshed.deferred) return deferredReport(refreshed.deferred.until, refreshed.deferred.cause);
        if (refreshed.classification.permanent) return failedReport(refreshed.classification);
        // A transient refresh failure: an expired access token can only get a 401, which would read as a
        // disconnection; one still valid may work until it expires, so check with it.
        refreshTrouble = refreshed.classification;
        if (accessTokenExpired(tokens, this.deps.clock.now())) return failedReport(refreshTroubleVerdict(refreshTrouble, null));
      } else tokens = renewed(refreshed.tokens);
    }
    const input = (t: TokenSet): GrantInput => ({ id: grantId, tokens: t, pageTokens, accounts });
    const first = await provider.validate(input(tokens), context);
    this.requests += first.requests;
    if (first.grant.kind !== 'problem') return first;
    if (refreshTrouble && explainedByRefreshTrouble(first.grant.classification))
      return failedReport(refreshTroubleVerdict(refreshTrouble, first.grant.classification));
    if (!first.grant.classification.ambiguous) return first;
    // A generic "unauthorized" can be a token that just expired: one refresh, or one more look, before believing it.
    if (provider.refresh && tokens.refreshToken) {
      const refreshed = await this.refresh(grantId, provider, tokens);
      if (refreshed.kind === 'failed') {
        if (refreshed.deferred) return deferredReport(refreshed.deferred.until, refreshed.deferred.cause);
        // A confirmation that couldn't get through confirms nothing: transient, not the ambiguous 401.
        return failedReport(
          refreshed.classification.permanent ? refreshed.classification : refreshTroubleVerdict(refreshed.classification, first.grant.classification),
        );
      }
      tokens = renewed(refreshed.tokens);
    }
    const second = await provider.validate(input(tokens), context);
    this.requests += second.requests;
    return second;
  }

  /**
   * One refresh per grant at a time: in this process (the flight) and across processes sharing the data folder
   * (the lease). Inside both, the stored tokens are read again from the keychain: if another refresh, here or in
   * another process, already rotated them, its result is used and the spent refresh token is never sent again.
   */
  private refresh(grantId: GrantId, provider: SocialProvider, seen: TokenSet): Promise<RefreshOutcome> {
    return this.refreshes.run(grantId, () =>
      holdRefreshLease(this.deps.refreshLock, grantId, async () => {
        const current = (await this.deps.vault.readFresh(grantId)) ?? seen;
        if (current.refreshToken !== seen.refreshToken) return { kind: 'refreshed', tokens: current };
        const outcome = provider.refresh ? await provider.refresh(current) : { kind: 'failed' as const, classification: fieldClassification('token_expired') };
        this.requests += 1;
        if (outcome.kind === 'refreshed') {
          await this.deps.vault.saveRotated(grantId, outcome.tokens);
          this.deps.history.recordMany([{ kind: 'token_refreshed', at: this.deps.clock.now(), grantId, expiresAt: outcome.tokens.accessExpiresAt }]);
          this.deps.log.info('tokens refreshed', { grantId });
        }
        return outcome;
      }),
    );
  }
}
