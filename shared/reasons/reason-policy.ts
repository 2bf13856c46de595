/**
 * What each reason means for the connection (design.md §4): whether it is permanent and whether one-click
 * reconnect alone fixes it. The classifier and the reason cards both read this table, so they can't disagree.
 */
import type { ReasonId } from '../domain/reason-ids';

/**
 * - `disconnect`: the connection is broken until someone acts.
 * - `warning`: the connection works, but something the user relies on doesn't (Creator accounts).
 * - `transient`: try again later; the account becomes `unverified`, never disconnected.
 * - `not_a_disconnect`: an error about content or a request, not about the connection.
 */
export type ReasonKind = 'disconnect' | 'warning' | 'transient' | 'not_a_disconnect';

/** One row of design.md §4. */
export interface ReasonPolicy {
  readonly kind: ReasonKind;
  /** True when the connection stays broken until someone acts. Only `disconnect` reasons are permanent. */
  readonly permanent: boolean;
  /** Whether one-click reconnect alone fixes it; null when there is nothing to reconnect. */
  readonly reconnectFixes: boolean | null;
}

const disconnect = (reconnectFixes: boolean): ReasonPolicy => ({ kind: 'disconnect', permanent: true, reconnectFixes });
const transient: ReasonPolicy = { kind: 'transient', permanent: false, reconnectFixes: null };

/** design.md §4, row by row. */
export const REASON_POLICY: Readonly<Record<ReasonId, ReasonPolicy>> = {
  password_changed: disconnect(true),
  access_revoked: disconnect(true),
  security_checkpoint: disconnect(false),
  token_expired: disconnect(true),
  unconfirmed_account: disconnect(false),
  insufficient_page_role: disconnect(false),
  // The Page was left unticked in the login dialog: logging in again and ticking it fixes it.
  page_not_selected: disconnect(true),
  // Gone from the person's Pages, and without debug_token Tether can't tell unticked from role lost:
  // the user must look first, so reconnect alone is not promised.
  page_not_listed: disconnect(false),
  // Reconnect fixes it when every permission is granted in the dialog.
  missing_permissions: disconnect(true),
  page_restricted: disconnect(false),
  two_factor_required: disconnect(false),
  // A warning: publishing works, Stories and product tags don't. Reconnecting changes nothing.
  instagram_creator_account: { kind: 'warning', permanent: false, reconnectFixes: false },
  instagram_personal_account: disconnect(false),
  // Relink the account to its Page first; a new login can't restore the link.
  instagram_unlinked: disconnect(false),
  account_locked: disconnect(false),
  account_suspended: disconnect(false),
  // The X developer app's settings are wrong (client type, keys): every account of it fails until they are fixed.
  app_misconfigured: disconnect(false),
  rate_limited: transient,
  transient_provider_error: transient,
  invalid_token_other: disconnect(true),
  not_a_disconnect: { kind: 'not_a_disconnect', permanent: false, reconnectFixes: null },
};

/** True for the reasons that disconnect an account. */
export function isDisconnectReason(reason: ReasonId): boolean {
  return REASON_POLICY[reason].kind === 'disconnect';
}
