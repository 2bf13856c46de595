/**
 * Folds one batch into the policy's memory: each transition resets what it makes stale, tracks failing checks,
 * drops held news it contradicts and may add a candidate; expiry warnings and the "can't verify" escalation add
 * theirs. Dedupe lives here: the same account, kind and reason are told once per window unless it recovered.
 */
import { needsUser, type AccountStatus } from '../../../shared/domain/account-status';
import type { NotificationKind, Settings } from '../../../shared/domain/settings';
import { type Candidate, sentKey, sentKeyKind } from './candidate';
import type { NotifyState, UnverifiedEntry } from './notify-state';
import type { ExpiryWarningSignal, StatusTransition } from './status-transition';

export interface FoldContext {
  readonly now: number;
  readonly kinds: Settings['notifications']['kinds'];
  /** The expiry warnings the user wants: entering the expiring window is the 7-day one. */
  readonly leadTimes: Settings['notifications']['leadTimes'];
  readonly dedupeWindowMs: number;
  readonly cannotVerifyAfterMs: number;
}

/** A working copy of the state for one call (the given state is never changed); `state()` returns the new one. */
export class CandidateFold {
  private readonly sent: Record<string, Record<string, number>>;
  private readonly unverified: Record<string, UnverifiedEntry>;
  /** Pending candidates by account (each account's list is tiny: at most one per kind). */
  private readonly pending = new Map<string, Candidate[]>();

  constructor(
    state: NotifyState,
    private readonly ctx: FoldContext,
  ) {
    this.sent = {};
    // Forget what was told longer ago than the window: it may be told again.
    for (const [account, keys] of Object.entries(state.sent)) {
      const fresh = Object.entries(keys).filter(([, at]) => ctx.now - at < ctx.dedupeWindowMs);
      if (fresh.length > 0) this.sent[account] = Object.fromEntries(fresh);
    }
    this.unverified = { ...state.unverified };
    for (const c of state.held) this.pending.set(c.accountId, [...(this.pending.get(c.accountId) ?? []), c]);
  }

  /** Applies one status change. */
  transition(t: StatusTransition): void {
    if (t.to === 'checking' || t.from === 'checking') return; // a UI state, never news
    // Checks failing for a while, then passing with the same status as before: a blip, no news.
    const blipEnded = t.from === 'unverified' && this.unverified[t.accountId]?.before === t.to;
    this.resetSent(t);
    this.trackUnverified(t);
    const droppedDisconnection = this.dropContradicted(t);
    const candidate = blipEnded ? null : candidateFor(t, droppedDisconnection, this.ctx.leadTimes['7d']);
    if (candidate) this.offer(candidate);
  }

  /** Adds an expiry warning; it replaces a vaguer "expiring" candidate of the same account. */
  expiryWarning(w: ExpiryWarningSignal): void {
    const candidate: Candidate = {
      kind: 'expiring',
      threshold: w.threshold,
      expiresAt: w.expiresAt,
      accountId: w.accountId,
      grantId: w.grantId,
      provider: w.provider,
      accountName: w.accountName,
      grantName: w.grantName ?? null,
      clientName: w.clientName ?? null,
      at: w.at,
    };
    const mine = this.pending.get(w.accountId) ?? [];
    const vaguer = mine.find((c) => c.kind === 'expiring' && c.expiresAt === null && sentKey(c) === sentKey(candidate));
    if (vaguer) {
      // The same news with its date: enrich it in place, whatever the dedupe says.
      this.pending.set(
        w.accountId,
        mine.map((c) => (c === vaguer ? candidate : c)),
      );
      return;
    }
    this.offer(candidate);
  }

  /** Escalates accounts failing checks for longer than the threshold, once per stretch of failures. */
  escalate(): void {
    for (const [accountId, entry] of Object.entries(this.unverified)) {
      if (entry.escalated || this.ctx.now - entry.since < this.ctx.cannotVerifyAfterMs) continue;
      this.unverified[accountId] = { ...entry, escalated: true };
      this.offer({
        kind: 'cannot_verify',
        since: entry.since,
        accountId: accountId as Candidate['accountId'],
        grantId: entry.grantId,
        provider: entry.provider,
        accountName: entry.accountName,
        grantName: entry.grantName,
        clientName: entry.clientName ?? null,
        at: this.ctx.now,
      });
    }
  }

  /** The candidates of this batch and any held before it, of the kinds switched on now. */
  candidates(): readonly Candidate[] {
    return [...this.pending.values()].flat().filter((c) => this.ctx.kinds[c.kind]);
  }

  /** The new state, holding `held`. */
  state(held: readonly Candidate[]): NotifyState {
    return { sent: this.sent, unverified: this.unverified, held };
  }

  /** Keeps a candidate unless its kind is off or it was told within the window; one per account and kind. */
  private offer(candidate: Candidate): void {
    if (!this.ctx.kinds[candidate.kind]) return;
    const key = sentKey(candidate);
    const told = this.sent[candidate.accountId]?.[key];
    if (told !== undefined && this.ctx.now - told < this.ctx.dedupeWindowMs) return;
    const others = (this.pending.get(candidate.accountId) ?? []).filter((c) => c.kind !== candidate.kind);
    this.pending.set(candidate.accountId, [...others, candidate]);
    this.sent[candidate.accountId] = { ...this.sent[candidate.accountId], [key]: this.ctx.now };
  }

  /** A recovery makes old disconnection news tellable again; a new disconnection does the same for "reconnected". */
  private resetSent(t: StatusTransition): void {
    const stale = STALE_AFTER[t.to];
    const keys = this.sent[t.accountId];
    if (!keys || stale.length === 0) return;
    const kept = Object.entries(keys).filter(([key]) => !stale.includes(sentKeyKind(key) as NotificationKind));
    if (kept.length > 0) this.sent[t.accountId] = Object.fromEntries(kept);
    else delete this.sent[t.accountId];
  }

  private trackUnverified(t: StatusTransition): void {
    if (t.to !== 'unverified') {
      delete this.unverified[t.accountId];
      return;
    }
    if (this.unverified[t.accountId]) return;
    this.unverified[t.accountId] = {
      since: t.at,
      grantId: t.grantId,
      provider: t.provider,
      accountName: t.accountName,
      grantName: t.grantName ?? null,
      clientName: t.clientName ?? null,
      before: t.from,
      escalated: false,
    };
  }

  /** Drops pending news about this account that its new status contradicts; says whether a disconnection went. */
  private dropContradicted(t: StatusTransition): boolean {
    const mine = this.pending.get(t.accountId);
    if (!mine) return false;
    const kept = mine.filter((c) => stillTrue(c.kind, t.to));
    this.pending.set(t.accountId, kept);
    return mine.some((c) => c.kind === 'disconnection' && !kept.includes(c));
  }
}

/** Which earlier news each new status makes stale (tellable again at once). */
const STALE_AFTER: Record<AccountStatus, readonly NotificationKind[]> = {
  connected: ['disconnection', 'cannot_verify', 'expiring'],
  expiring: ['disconnection', 'cannot_verify'],
  needs_reconnect: ['reconnected', 'cannot_verify'],
  needs_action: ['reconnected', 'cannot_verify'],
  unverified: [],
  checking: [],
};

const healthy = (s: AccountStatus): boolean => s === 'connected' || s === 'expiring';

/** Whether news of `kind` is still true once the account is in `status`. */
function stillTrue(kind: NotificationKind, status: AccountStatus): boolean {
  switch (kind) {
    case 'disconnection':
      return needsUser(status);
    case 'expiring':
      return status === 'expiring';
    case 'cannot_verify':
      return status === 'unverified';
    case 'reconnected':
      return healthy(status);
  }
}

/** The news a transition carries, if any. Transient blips (into `unverified`) carry none. */
function candidateFor(t: StatusTransition, droppedDisconnection: boolean, sevenDayWarning: boolean): Candidate | null {
  const base = {
    accountId: t.accountId,
    grantId: t.grantId,
    provider: t.provider,
    accountName: t.accountName,
    grantName: t.grantName ?? null,
    clientName: t.clientName ?? null,
    at: t.at,
  };
  if (needsUser(t.to)) return { ...base, kind: 'disconnection', reason: t.reason };
  if (healthy(t.to) && needsUser(t.from)) {
    // Disconnected and back within one batch (or one night of quiet hours): nothing was told, nothing to tell.
    return droppedDisconnection ? null : { ...base, kind: 'reconnected' };
  }
  // Entering the expiring window is the 7-day mark (EXPIRING_WINDOW_MS), the same news as the 7-day warning.
  if (t.to === 'expiring' && t.from !== 'expiring' && sevenDayWarning) return { ...base, kind: 'expiring', threshold: '7d', expiresAt: null };
  return null;
}
