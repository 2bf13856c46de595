/**
 * What one validation report means for a grant's accounts, decided without touching storage: each account's next
 * health (the status machine), a `check` event for each, a `status_changed` event for each change, expiry
 * warnings when due, and the grant's permission drift. The check recorder writes the plan.
 */
import type { HistoryEventInput } from '../../../shared/domain/history-event';
import type { ProblemDetails } from '../../../shared/domain/account-view';
import type { GrantId } from '../../../shared/domain/ids';
import type { TrackedAccount } from '../accounts/accounts.repository';
import { ALL_LEAD_TIMES, dueExpiryWarning, type ExpiryThresholdId } from '../accounts/expiry-warnings';
import { nextHealth, type AccountHealth, type AccountVerdict } from '../accounts/status-machine';
import type { Classification } from '../reasons/classification';
import type { ValidationReport } from '../providers/provider';
import { fieldClassification } from '../providers/field-classification';

export type CheckOutcome = 'ok' | 'permanent' | 'transient';

/** One account's new state, as it will be saved. */
export interface AccountSave {
  readonly account: TrackedAccount;
  readonly health: AccountHealth;
  /** The problem to store; ignored when `keepProblem`. */
  readonly problem: ProblemDetails | null;
  /** Leave the stored problem as it is: it explains a known disconnection while checks fail for transient reasons. */
  readonly keepProblem: boolean;
  readonly warned: ReadonlySet<ExpiryThresholdId>;
  /** The check showed this account's connection working. */
  readonly provenAlive: boolean;
}

export interface CheckPlan {
  readonly saves: readonly AccountSave[];
  readonly events: readonly HistoryEventInput[];
  /** The required scopes the grant lacks now, when the check could tell. */
  readonly missingScopes: readonly string[] | null;
  /** The verdict that decides the scheduler's next step. */
  readonly outcome: CheckOutcome;
  readonly retryAfterMs: number | null;
}

export interface CheckTiming {
  readonly now: number;
  readonly latencyMs: number;
  /** The expiry warnings the user wants (Settings → Notifications); all of them when absent. */
  readonly leadTimes?: ReadonlySet<ExpiryThresholdId>;
}

function problemDetails(c: Classification): ProblemDetails {
  const { code, subcode, traceId, message, signal } = c.provider;
  return { code, subcode, traceId, detail: message, ...(signal ? { signal } : {}) };
}

const NOT_COVERED = fieldClassification('transient_provider_error', 'The check did not cover this account');

function verdictFor(report: ValidationReport, account: TrackedAccount): AccountVerdict {
  if (report.grant.kind === 'problem') return { kind: 'problem', classification: report.grant.classification };
  return report.accounts.get(account.networkAccountId) ?? { kind: 'problem', classification: NOT_COVERED };
}

function outcomeOf(verdict: AccountVerdict): CheckOutcome {
  if (verdict.kind === 'ok') return 'ok';
  return verdict.classification.permanent ? 'permanent' : 'transient';
}

function sameScopes(a: readonly string[], b: readonly string[]): boolean {
  return JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
}

/** Plans one account's part of the check: its save and the events it adds. */
function planAccount(grantId: GrantId, account: TrackedAccount, verdict: AccountVerdict, timing: CheckTiming, events: HistoryEventInput[]): AccountSave {
  const { now, latencyMs } = timing;
  const transition = nextHealth(account.health, verdict, now);
  const next = transition.next;
  const problem = verdict.kind === 'problem' ? verdict.classification : null;
  events.push({
    kind: 'check',
    at: now,
    accountId: account.id,
    outcome: outcomeOf(verdict),
    latencyMs,
    reason: verdict.kind === 'problem' ? verdict.classification.reason : (verdict.warning ?? null),
  });
  if (next.status !== account.health.status) {
    events.push({
      kind: 'status_changed',
      at: now,
      accountId: account.id,
      from: account.health.status,
      to: next.status,
      reason: next.reason,
      providerCode: problem?.provider.code ?? null,
      providerSubcode: problem?.provider.subcode ?? null,
      message: problem?.provider.message ?? null,
      traceId: problem?.provider.traceId ?? null,
    });
  }
  // A new expiry resets which warnings were given.
  const warned = new Set<ExpiryThresholdId>(next.expiresAt === account.health.expiresAt ? account.warned : []);
  const due =
    next.status === 'connected' || next.status === 'expiring' ? dueExpiryWarning(next.expiresAt, now, warned, timing.leadTimes ?? ALL_LEAD_TIMES) : null;
  if (due && next.expiresAt !== null) {
    warned.add(due);
    events.push({ kind: 'expiry_warning', at: now, grantId, accountId: account.id, threshold: due, expiresAt: next.expiresAt });
  }
  const keepProblem = problem !== null && !problem.permanent && !transition.changed;
  return { account, health: next, problem: problem ? problemDetails(problem) : null, keepProblem, warned, provenAlive: verdict.kind === 'ok' };
}

/** Folds a report into the grant's accounts. */
export function planCheck(
  grantId: GrantId,
  accounts: readonly TrackedAccount[],
  report: ValidationReport,
  timing: CheckTiming,
  previousMissingScopes: readonly string[],
): CheckPlan {
  const events: HistoryEventInput[] = [];
  const saves: AccountSave[] = [];
  let permanent = 0;
  let transient = 0;
  let retryAfterMs: number | null = null;
  for (const account of accounts) {
    const verdict = verdictFor(report, account);
    const outcome = outcomeOf(verdict);
    if (outcome === 'permanent') permanent += 1;
    if (outcome === 'transient' && verdict.kind === 'problem') {
      transient += 1;
      const wait = verdict.classification.retryAfterMs;
      if (wait !== null) retryAfterMs = Math.max(retryAfterMs ?? 0, wait);
    }
    saves.push(planAccount(grantId, account, verdict, timing, events));
  }
  const missing = report.grant.kind === 'ok' ? (report.permissions?.missing ?? null) : null;
  if (missing && !sameScopes(missing, previousMissingScopes)) {
    events.push({ kind: 'permission_drift', at: timing.now, grantId, missingScopes: [...missing], declinedScopes: [...(report.permissions?.declined ?? [])] });
  }
  const outcome: CheckOutcome = permanent > 0 && transient === 0 ? 'permanent' : transient > 0 && permanent === 0 ? 'transient' : 'ok';
  return { saves, events, missingScopes: missing, outcome, retryAfterMs };
}
