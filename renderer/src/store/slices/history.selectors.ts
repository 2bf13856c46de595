/** Derived views of the history slice: one account's state, and whether its panel shows anything yet. */
import type { AppState } from '../store';
import { EMPTY_HISTORY, type AccountHistoryState } from './history.slice';

/** One account's history state (the empty state before anything was asked). Stable object: safe to select. */
export function selectAccountHistory(state: AppState, accountId: string): AccountHistoryState {
  return state.history[accountId] ?? EMPTY_HISTORY;
}

/** True while nothing was ever shown: the first page is loading for the first time. */
export function selectHistoryFirstLoad(state: AppState, accountId: string): boolean {
  const h = selectAccountHistory(state, accountId);
  return h.summary === null && h.loading === 'first';
}
