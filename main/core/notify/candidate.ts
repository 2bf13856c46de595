/**
 * A candidate notification about one account, before grouping: what the policy keeps while it decides, and what
 * it holds through quiet hours. Plain JSON, so the policy state can be saved as it is.
 */
import type { ExpiryThreshold } from '../../../shared/domain/history-event';
import type { AccountId, GrantId } from '../../../shared/domain/ids';
import type { ProviderId } from '../../../shared/domain/provider-id';
import type { ReasonId } from '../../../shared/domain/reason-id';

interface CandidateBase {
  readonly accountId: AccountId;
  readonly grantId: GrantId;
  readonly provider: ProviderId;
  readonly accountName: string;
  readonly grantName: string | null;
  /** The client (brand) the account belongs to, when the agency has assigned one: "Harbor Coffee". */
  readonly clientName?: string | null;
  readonly at: number;
}

export type Candidate = CandidateBase &
  (
    | { readonly kind: 'disconnection'; readonly reason: ReasonId | null }
    | { readonly kind: 'expiring'; readonly threshold: ExpiryThreshold; readonly expiresAt: number | null }
    | { readonly kind: 'cannot_verify'; readonly since: number }
    | { readonly kind: 'reconnected' }
  );

/** What makes two candidates "the same news" besides the account: the reason, or the expiry threshold. */
export function candidateDetail(c: Candidate): string {
  switch (c.kind) {
    case 'disconnection':
      return c.reason ?? 'unknown';
    case 'expiring':
      return c.threshold;
    case 'cannot_verify':
    case 'reconnected':
      return '';
  }
}

/** The dedupe key within one account: the kind and the reason (or threshold), e.g. `disconnection:password_changed`. */
export function sentKey(c: Candidate): string {
  return `${c.kind}:${candidateDetail(c)}`;
}

/** The kind a dedupe key was made for. */
export function sentKeyKind(key: string): string {
  return key.slice(0, key.indexOf(':'));
}
