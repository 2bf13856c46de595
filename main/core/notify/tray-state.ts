/**
 * What the tray icon says about all accounts at a glance: all good, something expiring, or something that needs
 * the user, with a count and a tooltip. Accounts whose checks are failing count as what they last were.
 */
import { needsUser, type AccountStatus } from '../../../shared/domain/account-status';
import type { AccountView } from '../../../shared/domain/account-view';

export type TrayLevel = 'ok' | 'expiring' | 'needs_you';

export interface TrayState {
  readonly level: TrayLevel;
  /** How many accounts are at that level (0 when all is good). */
  readonly count: number;
  readonly tooltip: string;
}

const accounts = (n: number): string => `${n} account${n === 1 ? '' : 's'}`;

function allGood(n: number): string {
  if (n === 0) return 'no accounts yet';
  return n === 1 ? 'your account is connected' : `all ${n} accounts connected`;
}

/** The status an account counts as: the last conclusive one while checks fail or run. */
function effectiveStatus(a: AccountView): AccountStatus {
  return (a.status === 'unverified' || a.status === 'checking') && a.lastKnownStatus !== null ? a.lastKnownStatus : a.status;
}

/** The tray's level, count and tooltip for the current accounts. */
export function trayState(list: readonly AccountView[]): TrayState {
  const needing = list.filter((a) => needsUser(effectiveStatus(a))).length;
  const expiring = list.filter((a) => effectiveStatus(a) === 'expiring').length;
  const unverified = list.filter((a) => a.status === 'unverified').length;

  const parts: string[] = [];
  if (needing > 0) parts.push(`${accounts(needing)} need${needing === 1 ? 's' : ''} you`);
  if (expiring > 0) parts.push(`${accounts(expiring)} expiring soon`);
  if (unverified > 0) parts.push(`${unverified} can't be checked right now`);
  if (parts.length === 0) parts.push(allGood(list.length));
  const tooltip = `Tether: ${parts.join(', ')}`;

  if (needing > 0) return { level: 'needs_you', count: needing, tooltip };
  if (expiring > 0) return { level: 'expiring', count: expiring, tooltip };
  return { level: 'ok', count: 0, tooltip };
}
