/**
 * The detail panel's history, per account: the events loaded so far (newest first), the uptime and reconnect
 * figures, the cursor of the next older page, and whether a load runs or failed. Main owns the truth.
 */
import type { StateCreator } from 'zustand';
import type { AccountHistory } from '../../../../shared/domain/account-history';
import type { HistoryEvent } from '../../../../shared/domain/history-event';
import type { AccountId } from '../../../../shared/domain/ids';
import type { TetherApi } from '../../../../shared/ipc/channels';
import type { AppState } from '../store';

/** Which load is running or failed: the newest page (first open or refresh), or the next older one. */
export type HistoryLoadKind = 'first' | 'older';

/** What the panel knows of one account's history. */
export interface AccountHistoryState {
  /** Every event loaded so far, newest first; empty until the first page arrives. */
  readonly events: readonly HistoryEvent[];
  /** Uptime and time to reconnect from the latest first page; null until it arrives. */
  readonly summary: Pick<AccountHistory, 'uptime' | 'reconnect'> | null;
  /** The cursor of the next older page; null once the oldest event is loaded. */
  readonly nextCursor: string | null;
  /** How many pages are shown (a refresh of the first page keeps the older ones). */
  readonly pages: number;
  readonly loading: HistoryLoadKind | null;
  readonly error: { readonly kind: HistoryLoadKind; readonly message: string } | null;
}

export interface HistorySlice {
  /** By account id; an account appears once its panel asked for its history. */
  history: Readonly<Record<string, AccountHistoryState>>;
  /** Loads (or refreshes, keeping what is shown until the answer arrives) the newest page. */
  loadHistory(accountId: AccountId): Promise<void>;
  /** Loads the next older page, if there is one and no load runs. */
  loadOlderHistory(accountId: AccountId): Promise<void>;
}

/** The state of an account nothing was loaded for yet. */
export const EMPTY_HISTORY: AccountHistoryState = { events: [], summary: null, nextCursor: null, pages: 0, loading: null, error: null };

/** True when `a` comes after `b` in the timeline (older): by time, then by insertion order. */
const isOlder = (a: HistoryEvent, b: HistoryEvent): boolean => a.at < b.at || (a.at === b.at && a.id < b.id);

/**
 * A fresh first page merged with what was shown: when older pages were loaded, the events older than the fresh
 * page's last one stay, and so does their cursor, so a refresh never takes pages away from under the reader
 * (unless the fresh page no longer reaches what was shown).
 */
export function mergeFirstPage(shown: AccountHistoryState, fresh: AccountHistory): Pick<AccountHistoryState, 'events' | 'nextCursor' | 'pages'> {
  const last = fresh.events[fresh.events.length - 1];
  if (shown.pages <= 1 || fresh.nextCursor === null || last === undefined) return { events: fresh.events, nextCursor: fresh.nextCursor, pages: 1 };
  // No overlap means more events arrived than a page holds: what was shown no longer joins up, so start over.
  const freshIds = new Set(fresh.events.map((e) => e.id));
  if (!shown.events.some((e) => freshIds.has(e.id))) return { events: fresh.events, nextCursor: fresh.nextCursor, pages: 1 };
  const kept = shown.events.filter((e) => isOlder(e, last));
  return { events: [...fresh.events, ...kept], nextCursor: shown.nextCursor, pages: shown.pages };
}

/** Creates the history slice; `pageSize` is how many events one page asks for. */
export function createHistorySlice(deps: { readonly api: TetherApi; readonly historyPageSize: number }): StateCreator<AppState, [], [], HistorySlice> {
  return (set, get) => {
    // The newest request per account: an answer to an older one is dropped, so a slow refresh can't undo a newer one.
    const latest = new Map<string, number>();
    let seq = 0;
    const entry = (id: string): AccountHistoryState => get().history[id] ?? EMPTY_HISTORY;
    const patch = (id: string, change: Partial<AccountHistoryState>) =>
      set((s) => ({ history: { ...s.history, [id]: { ...(s.history[id] ?? EMPTY_HISTORY), ...change } } }));

    const load = async (accountId: AccountId, kind: HistoryLoadKind, cursor: string | null): Promise<void> => {
      const ticket = ++seq;
      latest.set(accountId, ticket);
      patch(accountId, { loading: kind, error: null });
      const result = await deps.api.invoke('history:account', { accountId, cursor, limit: deps.historyPageSize });
      if (latest.get(accountId) !== ticket) return;
      if (!result.ok) {
        patch(accountId, { loading: null, error: { kind, message: result.error.message } });
        return;
      }
      const shown = entry(accountId);
      const summary = { uptime: result.value.uptime, reconnect: result.value.reconnect };
      if (kind === 'first') patch(accountId, { ...mergeFirstPage(shown, result.value), summary, loading: null });
      else patch(accountId, { events: [...shown.events, ...result.value.events], nextCursor: result.value.nextCursor, pages: shown.pages + 1, loading: null });
    };

    return {
      history: {},
      loadHistory: (accountId) => load(accountId, 'first', null),
      async loadOlderHistory(accountId) {
        const shown = entry(accountId);
        if (shown.loading !== null || shown.nextCursor === null) return;
        await load(accountId, 'older', shown.nextCursor);
      },
    };
  };
}
