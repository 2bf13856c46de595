/**
 * Applies one validation report to the accounts of a grant: the status machine per account, a `check` event
 * for each, a `status_changed` event for each change, expiry warnings when due, and the grant's permission drift.
 * Everything for one grant is written in one transaction.
 */
import type { HistoryEventInput } from '../../../shared/domain/history-event';
import type { ProblemDetails } from '../../../shared/domain/account-view';
import type { GrantId } from '../../../shared/domain/ids';
import type { AccountHealthRepository, TrackedAccount } from '../accounts/account-health.repository';
import { nextHealth, type AccountVerdict } from '../accounts/status-machine';
import type { Classification } from '../reasons/classification';
import type { ValidationReport } from '../providers/provider';
import { dueExpiryWarning, type ExpiryThresholdId } from '../accounts/expiry-warnings';

export interface AppliedCheck {
  /** Accounts whose status or reason changed. */
  readonly changed: number;
  /** The verdict that decides the scheduler's next step. */
  readonly outcome: 'ok' | 'permanent' | 'transient';
  readonly retryAfterMs: number | null;
  readonly events: HistoryEventInput[];
}

function problemDetails(c: Classification): ProblemDetails {
  const { code, subcode, traceId, message } = c.provider;
  return { code, subcode, traceId, detail: message };
}

function verdictFor(report: ValidationReport, account: TrackedAccount): AccountVerdict {
  if (report.grant.kind === 'problem') return { kind: 'problem', classification: report.grant.classification };
  return (
    report.accounts.get(account.networkAccountId) ?? {
      kind: 'problem',
      classification: { reason: 'transient_provider_error', permanent: false, reconnectFixes: null, retryAfterMs: null, provider: { code: null, subcode: null, type: 'missing', message: 'The check did not cover this account', traceId: null } },
    }
  );
}

function checkOutcome(verdict: AccountVerdict): 'ok' | 'transient' | 'permanent' {
  if (verdict.kind === 'ok') return 'ok';
  return verdict.classification.permanent ? 'permanent' : 'transient';
}

/** Folds a report into the grant's accounts; returns the events it wrote. */
export function applyReport(
  repo: AccountHealthRepository,
  recordMany: (events: readonly HistoryEventInput[]) => unknown,
  transaction: <T>(work: () => T) => T,
  grantId: GrantId,
  accounts: readonly TrackedAccount[],
  report: ValidationReport,
  timing: { now: number; latencyMs: number },
  previousMissingScopes: readonly string[],
): AppliedCheck {
  const { now, latencyMs } = timing;
  const events: HistoryEventInput[] = [];
  let changed = 0;
  let permanent = 0;
  let transient = 0;
  let retryAfterMs: number | null = null;
  const saves: Array<() => void> = [];

  for (const account of accounts) {
    const verdict = verdictFor(report, account);
    const outcome = checkOutcome(verdict);
    if (outcome === 'permanent') permanent += 1;
    if (outcome === 'transient') {
      transient += 1;
      if (verdict.kind === 'problem' && verdict.classification.retryAfterMs !== null) {
        retryAfterMs = Math.max(retryAfterMs ?? 0, verdict.classification.retryAfterMs);
      }
    }
    const transition = nextHealth(account.health, verdict, now);
    const next = transition.next;
    events.push({ kind: 'check', at: now, accountId: account.id, outcome, latencyMs, reason: verdict.kind === 'problem' ? verdict.classification.reason : (verdict.warning ?? null) });
    if (transition.changed) changed += 1;
    if (next.status !== account.health.status) {
      const details = verdict.kind === 'problem' ? verdict.classification.provider : null;
      events.push({
        kind: 'status_changed',
        at: now,
        accountId: account.id,
        from: account.health.status,
        to: next.status,
        reason: next.reason,
        providerCode: details?.code ?? null,
        providerSubcode: details?.subcode ?? null,
        message: details?.message ?? null,
        traceId: details?.traceId ?? null,
      });
    }
    // A new expiry resets which warnings were given.
    const warned = new Set<ExpiryThresholdId>(next.expiresAt === account.health.expiresAt ? account.warned : []);
    const due = next.status === 'connected' || next.status === 'expiring' ? dueExpiryWarning(next.expiresAt, now, warned) : null;
    if (due && next.expiresAt !== null) {
      warned.add(due);
      events.push({ kind: 'expiry_warning', at: now, grantId, accountId: account.id, threshold: due, expiresAt: next.expiresAt });
    }
    const problem = verdict.kind === 'problem' ? problemDetails(verdict.classification) : null;
    // Keep the problem that explains a known disconnection while checks fail for transient reasons.
    const keepProblem = verdict.kind === 'problem' && !verdict.classification.permanent && !transition.changed;
    saves.push(() => (keepProblem ? repo.saveHealth(account.id, next, null, warned, now, true) : repo.saveHealth(account.id, next, problem, warned, now)));
  }

  const missing = report.permissions?.missing ?? null;
  if (missing && report.grant.kind === 'ok' && JSON.stringify([...missing].sort()) !== JSON.stringify([...previousMissingScopes].sort())) {
    events.push({ kind: 'permission_drift', at: now, grantId, missingScopes: [...missing], declinedScopes: [...(report.permissions?.declined ?? [])] });
  }

  transaction(() => {
    for (const save of saves) save();
    if (missing && report.grant.kind === 'ok') repo.saveMissingScopes(grantId, missing);
    recordMany(events);
  });
  const outcome = permanent > 0 && transient === 0 ? 'permanent' : transient > 0 && permanent === 0 && accounts.length > 0 ? 'transient' : 'ok';
  return { changed, outcome, retryAfterMs, events };
}
