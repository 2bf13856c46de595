/**
 * The dashboard's list of accounts, most urgent first, filtered and searched, virtualized: only the rows in view
 * (plus a few) are in the page, whatever the number of accounts. A list of buttons with one tab stop: arrow keys,
 * Home and End move between rows (scrolling a row into the page first when it isn't rendered), Enter opens the
 * detail, and closing it brings focus back.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { AccountView } from '../../../../shared/domain/account-view';
import type { AccountId } from '../../../../shared/domain/ids';
import { useAppStore } from '../../store/store-context';
import { filterRanked, rankAccounts, selectIsFiltered } from '../../store/slices/accounts.selectors';
import { groupByLogin } from '../../store/slices/logins.selectors';
import { AccountRow } from './AccountRow';
import { ListPlaceholder } from './ListPlaceholder';
import { LoginHeader } from './LoginHeader';
import { flatEntries, groupedEntries, type ListEntry } from './list-entries';
import { measureWithFallback, observeRectWithFallback } from './virtual-rect';

const MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowUp: (i) => Math.max(i - 1, 0),
  PageDown: (i, last) => Math.min(i + 10, last),
  PageUp: (i) => Math.max(i - 10, 0),
  Home: () => 0,
  End: (_i, last) => last,
};

/** A row's height before it is measured (one line of status plus a summary). */
const ESTIMATED_ROW_PX = 66;
const ESTIMATED_HEADER_PX = 58;

/** The list, or what to show instead of it (loading, failure, no accounts, nothing matching). */
export function AccountsList() {
  // Typing in the search paints the field first; the list follows in the next render, so keys never wait on it.
  const filters = useDeferredValue(useAppStore((s) => s.filters));
  const ranked = useAppStore((s) => rankAccounts(s.accounts, s.now));
  const accounts = filterRanked(ranked, filters);
  const total = useAppStore((s) => s.accounts.length);
  const load = useAppStore((s) => s.accountsLoad);
  const filtered = useAppStore(selectIsFiltered);
  const grouped = useAppStore((s) => s.listView === 'logins');
  if (load !== 'ready' || accounts.length === 0) return <ListPlaceholder load={load} total={total} filtered={filtered} />;
  return grouped ? <GroupedList accounts={accounts} /> : <VirtualList entries={flatEntries(accounts)} accounts={accounts} />;
}

function GroupedList({ accounts }: { readonly accounts: readonly AccountView[] }) {
  const now = useAppStore((s) => s.now);
  const groups = groupByLogin(accounts, now);
  const entries = groupedEntries(groups);
  // Arrow keys go from account to account in the order they are shown, across logins.
  const ordered = useMemo(() => entries.flatMap((e) => (e.kind === 'account' ? [e.account] : [])), [entries]);
  return <VirtualList entries={entries} accounts={ordered} />;
}

interface VirtualListProps {
  readonly entries: readonly ListEntry[];
  /** The accounts in the order the keyboard moves through them. */
  readonly accounts: readonly AccountView[];
}

function VirtualList({ entries, accounts }: VirtualListProps) {
  const selectedId = useAppStore((s) => s.selectedAccountId);
  const openAccount = useAppStore((s) => s.openAccount);
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useRef(new Map<AccountId, HTMLButtonElement>());
  const pendingFocus = useRef<AccountId | null>(null);
  const [activeId, setActiveId] = useState<AccountId | null>(null);
  const previousSelected = useRef<AccountId | null>(null);

  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (entries[index]?.kind === 'login' ? ESTIMATED_HEADER_PX : ESTIMATED_ROW_PX),
    overscan: 8,
    getItemKey: (index) => entries[index]?.key ?? index,
    observeElementRect: observeRectWithFallback,
    measureElement: measureWithFallback(ESTIMATED_ROW_PX),
  });

  // When the detail closes, focus goes back to the row it was opened from (unless the user already moved on).
  useEffect(() => {
    const closed = previousSelected.current;
    previousSelected.current = selectedId;
    if (closed === null || selectedId !== null) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    const row = rows.current.get(closed);
    if (row) row.focus();
    else {
      pendingFocus.current = closed;
      const index = entries.findIndex((e) => e.key === closed);
      if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
    }
  }, [selectedId, entries, virtualizer]);

  const open = useCallback((account: AccountView) => openAccount(account.id), [openAccount]);
  const focusRow = useCallback((account: AccountView) => setActiveId(account.id), []);
  const register = useCallback((id: AccountId, button: HTMLButtonElement | null) => {
    if (!button) {
      if (rows.current.get(id)?.isConnected === false) rows.current.delete(id);
      return;
    }
    rows.current.set(id, button);
    // A row scrolled into the page for the keyboard takes the focus as soon as it exists.
    if (pendingFocus.current === id) {
      pendingFocus.current = null;
      button.focus();
    }
  }, []);

  const items = virtualizer.getVirtualItems();
  const renderedIds = items.flatMap((item) => {
    const entry = entries[item.index];
    return entry?.kind === 'account' ? [entry.account.id] : [];
  });
  // The tab stop is the last focused row; if it is gone or scrolled out of the page, the first row in view.
  const tabStopId = activeId !== null && renderedIds.includes(activeId) ? activeId : (renderedIds[0] ?? null);

  const focusIndex = (index: number): void => {
    const next = accounts[index];
    if (!next) return;
    const row = rows.current.get(next.id);
    if (row?.isConnected) return row.focus();
    pendingFocus.current = next.id;
    const at = entries.findIndex((e) => e.key === next.id);
    if (at >= 0) virtualizer.scrollToIndex(at, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>('[data-account-id]')?.dataset.accountId;
    const index = accounts.findIndex((a) => a.id === id);
    const current = accounts[index];
    if (!current) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      openAccount(current.id);
      return;
    }
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    focusIndex(move(index, accounts.length - 1));
  };

  return (
    <div ref={scroller} className="accounts-scroll">
      <ul className="accounts" aria-label="Accounts" onKeyDown={onKeyDown} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const entry = entries[item.index];
          if (!entry) return null;
          const place = {
            ref: virtualizer.measureElement,
            'data-index': item.index,
            'aria-setsize': entries.length,
            'aria-posinset': item.index + 1,
            style: { transform: `translateY(${item.start}px)` },
          };
          if (entry.kind === 'login') {
            return (
              <li key={entry.key} className="account login" {...place}>
                <LoginHeader group={entry.group} />
              </li>
            );
          }
          const { account } = entry;
          return (
            <li key={entry.key} className="account" {...place}>
              <AccountRow
                account={account}
                tabStop={account.id === tabStopId}
                selected={account.id === selectedId}
                onOpen={open}
                onFocus={focusRow}
                register={register}
              />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
