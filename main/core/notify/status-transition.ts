/**
 * What the notification policy is told: one account's status change after a check, and (optionally) an expiry
 * warning the validation engine decided was due. The core emits these; the policy turns them into notifications.
 */
import type { AccountStatus } from '../../../shared/domain/account-status';
import type { ExpiryThreshold } from '../../../shared/domain/history-event';
import type { AccountId, GrantId } from '../../../shared/domain/ids';
import type { ProviderId } from '../../../shared/domain/provider-id';
import type { ReasonId } from '../../../shared/domain/reason-id';

/** One account moved from one status to another (or kept its status with a new reason) in one check. */
export interface StatusTransition {
  readonly accountId: AccountId;
  readonly grantId: GrantId;
  /** The account's network (an Instagram account under a Facebook login says `instagram`). */
  readonly provider: ProviderId;
  /** The account's display name: the Page name, the Instagram username, the X name. */
  readonly accountName: string;
  readonly from: AccountStatus;
  readonly to: AccountStatus;
  /** The reason of the new status (null for a plain `connected`). */
  readonly reason: ReasonId | null;
  /** Epoch ms of the check that decided it. */
  readonly at: number;
  /**
   * The name of the person whose login this is ("Dana"), for grant-wide notifications ("Facebook login for
   * Dana: …"). Optional: without it the notification says "Facebook login: …".
   */
  readonly grantName?: string | null;
  /**
   * The client (brand) the account belongs to ("Harbor Coffee"), so the notification leads with it. Optional:
   * clients are assigned elsewhere; without one the notification leads with the account's name.
   */
  readonly clientName?: string | null;
}

/** An expiry warning the validation engine decided was due (7 days, 1 day or 1 hour before access ends). */
export interface ExpiryWarningSignal {
  readonly accountId: AccountId;
  readonly grantId: GrantId;
  readonly provider: ProviderId;
  readonly accountName: string;
  readonly grantName?: string | null;
  readonly clientName?: string | null;
  readonly threshold: ExpiryThreshold;
  /** Epoch ms when access ends. */
  readonly expiresAt: number;
  readonly at: number;
}
