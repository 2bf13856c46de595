/** The status of one account, as design.md §2 defines it. `checking` exists only in the UI. */
import { z } from 'zod';

export const ACCOUNT_STATUSES = ['connected', 'expiring', 'needs_reconnect', 'needs_action', 'unverified', 'checking'] as const;
export const AccountStatusSchema = z.enum(ACCOUNT_STATUSES);
export type AccountStatus = z.infer<typeof AccountStatusSchema>;

/** Statuses in which the user has to do something. */
export function needsUser(status: AccountStatus): boolean {
  return status === 'needs_reconnect' || status === 'needs_action';
}
