/** What the user is looking at: the open account, the list's filters and search, and the time shown in phrases. */
import type { StateCreator } from 'zustand';
import type { AccountId } from '../../../../shared/domain/ids';
import type { ProviderId } from '../../../../shared/domain/providers';
import type { Attention } from '../../../../shared/reasons/account-state';
import type { AppState, RendererClock } from '../store';

export type NetworkFilter = ProviderId | 'all';
export type AttentionFilter = Attention | 'all';

export interface AccountFilters {
  readonly network: NetworkFilter;
  readonly attention: AttentionFilter;
  /** Matched against name and handle, ignoring case and accents. */
  readonly query: string;
}

/** The list one row per account, or grouped under the login (person) that connects them. */
export type ListView = 'accounts' | 'logins';
/** The screens of the window. */
export type Screen = 'dashboard' | 'history' | 'settings';

export const NO_FILTERS: AccountFilters = { network: 'all', attention: 'all', query: '' };

export interface UiSlice {
  /** The time "2 min ago" and "expires in 6 days" are computed from; moved on by tick(). */
  now: number;
  /** The account whose detail panel is open. */
  selectedAccountId: AccountId | null;
  filters: AccountFilters;
  listView: ListView;
  screen: Screen;
  /** Reads the clock again, so relative times stay true. */
  tick(): void;
  openAccount(id: AccountId): void;
  closeAccount(): void;
  setNetworkFilter(network: NetworkFilter): void;
  setAttentionFilter(attention: AttentionFilter): void;
  setQuery(query: string): void;
  clearFilters(): void;
  setListView(view: ListView): void;
  setScreen(screen: Screen): void;
}

/** Creates the UI slice. */
export function createUiSlice(deps: { readonly clock: RendererClock }): StateCreator<AppState, [], [], UiSlice> {
  return (set) => ({
    now: deps.clock.now(),
    selectedAccountId: null,
    filters: NO_FILTERS,
    listView: 'accounts',
    screen: 'dashboard',
    tick: () => set({ now: deps.clock.now() }),
    openAccount: (id) => set({ selectedAccountId: id }),
    closeAccount: () => set({ selectedAccountId: null }),
    setNetworkFilter: (network) => set((s) => ({ filters: { ...s.filters, network } })),
    setAttentionFilter: (attention) => set((s) => ({ filters: { ...s.filters, attention } })),
    setQuery: (query) => set((s) => ({ filters: { ...s.filters, query } })),
    clearFilters: () => set({ filters: NO_FILTERS }),
    setListView: (listView) => set({ listView }),
    setScreen: (screen) => set({ screen }),
  });
}
