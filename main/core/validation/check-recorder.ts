/**
 * Writes a grant's whole check (its accounts' health, the history events, the grant's expiries and scopes) in one
 * transaction, and says what changed. The accounts are read inside that transaction, so the status machine always
 * starts from what is stored, even when another process checked the same grant a moment ago.
 */
import type { HistoryEventInput } from '../../../shared/domain/history-event';
import type { GrantId } from '../../../shared/domain/ids';
import type { AccountsRepository } from '../accounts/accounts.repository';
import { checkSignals, type CheckSignals } from '../notify/check-signals';
import type { ValidationReport } from '../providers/provider';
import { planCheck, type CheckOutcome, type CheckTiming } from './check-plan';
import type { ExpiryThresholdId } from '../accounts/expiry-warnings';

/** The part of the history writer a check needs. */
export interface CheckHistory {
  recordMany(events: readonly HistoryEventInput[]): unknown;
  transaction<T>(work: () => T): T;
}

export interface RecordedCheck {
  readonly outcome: CheckOutcome;
  readonly retryAfterMs: number | null;
  readonly events: readonly HistoryEventInput[];
  /** Status changes and expiry warnings, named for notifications. */
  readonly signals: CheckSignals;
}

const asEpoch = (v: number | 'never' | null): number | null => (typeof v === 'number' ? v : null);

export class CheckRecorder {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly history: CheckHistory,
    /** The expiry warnings the user wants, read at each check; all of them when absent. */
    private readonly leadTimes?: () => ReadonlySet<ExpiryThresholdId>,
  ) {}

  /** Records one check of a grant; all of it or, if anything throws, none of it. */
  record(grantId: GrantId, report: ValidationReport, timing: CheckTiming): RecordedCheck {
    const { accounts, history } = this;
    return history.transaction(() => {
      const grant = accounts.grant(grantId);
      const tracked = accounts.accountsOfGrant(grantId);
      const plan = planCheck(grantId, tracked, report, this.leadTimes ? { ...timing, leadTimes: this.leadTimes() } : timing, accounts.missingScopes(grantId));
      for (const save of plan.saves) accounts.saveHealth(save.account.id, save.health, save.problem, save.warned, timing.now, save.keepProblem);
      accounts.markProvenAlive(
        plan.saves.filter((save) => save.provenAlive).map((save) => save.account.id),
        timing.now,
      );
      if (plan.missingScopes) accounts.saveMissingScopes(grantId, plan.missingScopes);
      if (report.grant.kind === 'ok') {
        const { access, refresh, dataAccess } = report.expiries;
        accounts.touchGrant(grantId, timing.now, { access: asEpoch(access), refresh: asEpoch(refresh), dataAccess }, report.permissions?.granted ?? null);
        // What the check found beyond the tracked accounts: new Pages to offer, and a login expired while its Pages work.
        accounts.saveGrantOffers(grantId, report.newAccounts ?? null, report.grant.expired ? timing.now : null);
      }
      history.recordMany(plan.events);
      return { outcome: plan.outcome, retryAfterMs: plan.retryAfterMs, events: plan.events, signals: checkSignals(plan.events, tracked, grant?.name ?? null) };
    });
  }
}
