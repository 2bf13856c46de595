/**
 * Derived views of the accounts: the filtered, most-urgent-first list, the counts the header shows, the open account.
 * Sorting 5,000 accounts happens once per change of the accounts or the clock; a keystroke in the search only
 * filters the sorted list, against names folded once per account object.
 */
import type { AccountView } from '../../../../shared/domain/account-view';
import { ATTENTION_ORDER, accountState, type Attention } from '../../../../shared/reasons/account-state';
import type { AppState } from '../store';
import type { AccountFilters } from './ui.slice';

/** Lower case, without accents, so "cafe" finds "Café". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const folded = new WeakMap<AccountView, string>();
/** Name and handle folded, once per account object (a changed account is a new object). */
function searchText(account: AccountView): string {
  let text = folded.get(account);
  if (text === undefined) {
    // \u0001 never appears in a query, so a match can't straddle name and handle.
    text = `${foldForSearch(account.name)}\u0001${account.handle === null ? '' : foldForSearch(account.handle)}`;
    folded.set(account, text);
  }
  return text;
}

/** An account with its attention at the time the list was sorted. */
export interface RankedAccount {
  readonly account: AccountView;
  readonly attention: Attention;
}

const collator = new Intl.Collator();

/** Remembers the last answer for the same inputs (compared by identity). */
function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A) => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((v, i) => Object.is(v, args[i]))) return last;
    last = fn(...args);
    lastArgs = args;
    return last;
  };
}

/** Every account, most urgent first: needs you, can't verify (longest first), expiring (soonest first), then by name. */
export const rankAccounts = memoLast((accounts: readonly AccountView[], now: number): RankedAccount[] => {
  const keyed = accounts.map((account) => {
    const { attention, failingSince } = accountState(account, now);
    const when = attention === 'expiring' ? (account.expiresAt ?? Infinity) : attention === 'cannot_verify' ? (failingSince ?? Infinity) : 0;
    return { account, attention, rank: ATTENTION_ORDER.indexOf(attention), when };
  });
  keyed.sort((a, b) => {
    if (a.rank !== b.rank) return a.rank - b.rank;
    if (a.when !== b.when) return a.when < b.when ? -1 : 1;
    return collator.compare(a.account.name, b.account.name) || collator.compare(a.account.id, b.account.id);
  });
  return keyed.map(({ account, attention }) => ({ account, attention }));
});

/** The ranked accounts the filters let through (same array for the same inputs). */
export const filterRanked = memoLast((ranked: readonly RankedAccount[], filters: AccountFilters): AccountView[] => {
  const query = foldForSearch(filters.query.trim());
  const out: AccountView[] = [];
  for (const { account, attention } of ranked) {
    if (filters.network !== 'all' && account.provider !== filters.network) continue;
    if (filters.attention !== 'all' && attention !== filters.attention) continue;
    if (query !== '' && !searchText(account).includes(query)) continue;
    out.push(account);
  }
  return out;
});

/** The accounts the filters let through, most urgent first. The same array while nothing it depends on changes. */
export function selectVisibleAccounts(state: AppState): AccountView[] {
  return filterRanked(rankAccounts(state.accounts, state.now), state.filters);
}

const countAttention = memoLast((ranked: readonly RankedAccount[]): Record<Attention, number> => {
  const counts: Record<Attention, number> = { needs_you: 0, cannot_verify: 0, expiring: 0, limited: 0, ok: 0 };
  for (const { attention } of ranked) counts[attention] += 1;
  return counts;
});

/** How many accounts are at each attention level (unfiltered). */
export function selectAttentionCounts(state: AppState): Record<Attention, number> {
  return countAttention(rankAccounts(state.accounts, state.now));
}

/** True when a filter or the search is narrowing the list. */
export function selectIsFiltered(state: AppState): boolean {
  const f = state.filters;
  return f.network !== 'all' || f.attention !== 'all' || f.query.trim() !== '';
}

/** The account whose detail panel is open, or null. */
export function selectSelectedAccount(state: AppState): AccountView | null {
  return state.selectedAccountId === null ? null : (state.accountsById[state.selectedAccountId] ?? null);
}
