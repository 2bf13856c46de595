/**
 * The dashboard's list of accounts, most urgent first, filtered and searched. A list of buttons with one tab stop:
 * arrow keys, Home and End move between rows, Enter opens the detail, and closing it brings focus back.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AccountView } from '../../../../shared/domain/account-view';
import type { AccountId } from '../../../../shared/domain/ids';
import { useAppStore } from '../../store/store-context';
import { selectIsFiltered, selectVisibleAccounts } from '../../store/slices/accounts.selectors';
import { AccountRow } from './AccountRow';
import { ListPlaceholder } from './ListPlaceholder';

const MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, last) => last,
};

/** The list, or what to show instead of it (loading, failure, no accounts, nothing matching). */
export function AccountsList() {
  const accounts = useAppStore(useShallow(selectVisibleAccounts));
  const total = useAppStore((s) => s.accounts.length);
  const load = useAppStore((s) => s.accountsLoad);
  const filtered = useAppStore(selectIsFiltered);
  const now = useAppStore((s) => s.now);
  const selectedId = useAppStore((s) => s.selectedAccountId);
  const openAccount = useAppStore((s) => s.openAccount);
  const rows = useRef(new Map<AccountId, HTMLButtonElement>());
  const [activeId, setActiveId] = useState<AccountId | null>(null);
  const previousSelected = useRef<AccountId | null>(null);

  // When the detail closes, focus goes back to the row it was opened from (unless the user already moved on).
  useEffect(() => {
    const closed = previousSelected.current;
    previousSelected.current = selectedId;
    if (closed === null || selectedId !== null) return;
    const active = document.activeElement;
    if (active === null || active === document.body) rows.current.get(closed)?.focus();
  }, [selectedId]);

  const open = useCallback((account: AccountView) => openAccount(account.id), [openAccount]);
  const focusRow = useCallback((account: AccountView) => setActiveId(account.id), []);
  const register = useCallback((id: AccountId, button: HTMLButtonElement | null) => {
    if (button) rows.current.set(id, button);
    else rows.current.delete(id);
  }, []);

  if (load !== 'ready' || accounts.length === 0) return <ListPlaceholder load={load} total={total} filtered={filtered} />;

  const tabStopId = accounts.some((a) => a.id === activeId) ? activeId : (accounts[0]?.id ?? null);

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
    const next = accounts[move(index, accounts.length - 1)];
    if (next) rows.current.get(next.id)?.focus();
  };

  return (
    <ul className="accounts" aria-label="Accounts" onKeyDown={onKeyDown}>
      {accounts.map((account) => (
        <li key={account.id} className="account">
          <AccountRow
            account={account}
            now={now}
            tabStop={account.id === tabStopId}
            selected={account.id === selectedId}
            onOpen={open}
            onFocus={focusRow}
            register={register}
          />
        </li>
      ))}
    </ul>
  );
}
