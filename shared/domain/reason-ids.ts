/**
 * The fixed vocabulary of reasons a connection stops working (design.md §4), as plain values. No zod here: the
 * renderer imports this, and the schema (reason-id.ts) would pull the validator into the window's startup.
 */

export const REASON_IDS = [
  'password_changed',
  'access_revoked',
  'security_checkpoint',
  'token_expired',
  'unconfirmed_account',
  'insufficient_page_role',
  'page_not_selected',
  'page_not_listed',
  'missing_permissions',
  'page_restricted',
  'two_factor_required',
  'instagram_creator_account',
  'instagram_personal_account',
  'instagram_unlinked',
  'account_locked',
  'account_suspended',
  'app_misconfigured',
  'rate_limited',
  'transient_provider_error',
  'invalid_token_other',
  'not_a_disconnect',
] as const;
export type ReasonId = (typeof REASON_IDS)[number];
