/** Derived views of the accounts: the filtered, most-urgent-first list, the counts the header shows, the open account. */
import type { AccountView } from '../../../../shared/domain/account-view';
import { ATTENTION_ORDER, accountState, type Attention } from '../../../../shared/reasons/account-state';
import type { AppState } from '../store';
import type { AccountFilters } from './ui.slice';

/** Lower case, without accents, so "cafe" finds "Café". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matches(account: AccountView, attention: Attention, filters: AccountFilters): boolean {
  if (filters.network !== 'all' && account.provider !== filters.network) return false;
  if (filters.attention !== 'all' && attention !== filters.attention) return false;
  const query = foldForSearch(filters.query.trim());
  if (query === '') return true;
  return foldForSearch(account.name).includes(query) || (account.handle !== null && foldForSearch(account.handle).includes(query));
}

interface SortKey {
  readonly rank: number;
  /** Soonest expiry first among expiring accounts, longest failing first among unverifiable ones. */
  readonly when: number;
}

function sortKey(account: AccountView, attention: Attention, failingSince: number | null): SortKey {
  const when = attention === 'expiring' ? (account.expiresAt ?? Infinity) : attention === 'cannot_verify' ? (failingSince ?? Infinity) : 0;
  return { rank: ATTENTION_ORDER.indexOf(attention), when };
}

function compare(a: AccountView, ka: SortKey, b: AccountView, kb: SortKey): number {
  if (ka.rank !== kb.rank) return ka.rank - kb.rank;
  if (ka.when !== kb.when) return ka.when < kb.when ? -1 : 1;
  return a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/** The accounts the filters let through, most urgent first. The items are main's own objects (stable for useShallow). */
export function selectVisibleAccounts(state: AppState): AccountView[] {
  const keyed: Array<{ account: AccountView; key: SortKey }> = [];
  for (const account of state.accounts) {
    const { attention, failingSince } = accountState(account, state.now);
    if (matches(account, attention, state.filters)) keyed.push({ account, key: sortKey(account, attention, failingSince) });
  }
  return keyed.sort((a, b) => compare(a.account, a.key, b.account, b.key)).map((k) => k.account);
}

/** How many accounts are at each attention level (unfiltered). */
export function selectAttentionCounts(state: AppState): Record<Attention, number> {
  const counts: Record<Attention, number> = { needs_you: 0, cannot_verify: 0, expiring: 0, limited: 0, ok: 0 };
  for (const account of state.accounts) counts[accountState(account, state.now).attention] += 1;
  return counts;
}

/** True when a filter or the search is narrowing the list. */
export function selectIsFiltered(state: AppState): boolean {
  const f = state.filters;
  return f.network !== 'all' || f.attention !== 'all' || f.query.trim() !== '';
}

/** The account whose detail panel is open, or null. */
export function selectSelectedAccount(state: AppState): AccountView | null {
  return state.accounts.find((a) => a.id === state.selectedAccountId) ?? null;
}
