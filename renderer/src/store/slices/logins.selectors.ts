/**
 * The accounts grouped by the login that connects them: the person, their network, and the Pages and accounts
 * their login covers. A login whose accounts need a reconnect is one reconnect away from fixing all of them.
 */
import type { AccountView } from '../../../../shared/domain/account-view';
import type { GrantId } from '../../../../shared/domain/ids';
import { loginNetwork, type ProviderId } from '../../../../shared/domain/providers';
import { ATTENTION_ORDER, accountState, type Attention } from '../../../../shared/reasons/account-state';
import type { AppState } from '../store';
import { selectVisibleAccounts } from './accounts.selectors';

export interface LoginGroup {
  readonly grantId: GrantId;
  /** Whose login it is: "Priya Nair". */
  readonly person: string;
  readonly network: ProviderId;
  /** Its accounts the filters let through, most urgent first. */
  readonly accounts: readonly AccountView[];
  /** How many of them a reconnect of this login alone would fix. */
  readonly reconnectFixes: number;
  /** How many need the user to act on the network first. */
  readonly needAction: number;
  readonly worst: Attention;
}

const collator = new Intl.Collator();

function groupBy(accounts: readonly AccountView[], now: number): LoginGroup[] {
  const groups = new Map<GrantId, { first: AccountView; accounts: AccountView[]; worst: number; fixes: number; action: number }>();
  for (const account of accounts) {
    let group = groups.get(account.grantId);
    if (!group) {
      group = { first: account, accounts: [], worst: ATTENTION_ORDER.length, fixes: 0, action: 0 };
      groups.set(account.grantId, group);
    }
    group.accounts.push(account);
    group.worst = Math.min(group.worst, ATTENTION_ORDER.indexOf(accountState(account, now).attention));
    if (account.status === 'needs_reconnect') group.fixes += 1;
    if (account.status === 'needs_action') group.action += 1;
  }
  return [...groups.values()]
    .sort((a, b) => a.worst - b.worst || b.fixes - a.fixes || collator.compare(a.first.connectedBy, b.first.connectedBy))
    .map((g) => ({
      grantId: g.first.grantId,
      person: g.first.connectedBy,
      network: loginNetwork(g.first.provider),
      accounts: g.accounts,
      reconnectFixes: g.fixes,
      needAction: g.action,
      worst: ATTENTION_ORDER[g.worst] ?? 'ok',
    }));
}

let lastInput: { accounts: readonly AccountView[]; now: number } | null = null;
let lastGroups: LoginGroup[] = [];

/** Accounts grouped by login, the logins needing the user first (the same array for the same inputs). */
export function groupByLogin(accounts: readonly AccountView[], now: number): LoginGroup[] {
  if (lastInput?.accounts === accounts && lastInput.now === now) return lastGroups;
  lastGroups = groupBy(accounts, now);
  lastInput = { accounts, now };
  return lastGroups;
}

/** The visible accounts grouped by login. */
export function selectLoginGroups(state: AppState): LoginGroup[] {
  return groupByLogin(selectVisibleAccounts(state), state.now);
}
