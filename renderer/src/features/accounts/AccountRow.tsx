/** One account in the dashboard list: network, name, handle, status in words, what is wrong, and when it was checked. */
import { memo } from 'react';
import type { AccountView } from '../../../../shared/domain/account-view';
import { PROVIDER_NAMES } from '../../../../shared/domain/provider-id';
import { accountState } from '../../../../shared/reasons/account-state';
import { StatusBadge } from '../../components/StatusBadge';
import { useAppStore } from '../../store/store-context';
import { selectIsChecking } from '../../store/slices/validation.selectors';
import { accountPhrases } from './account-phrases';

interface AccountRowProps {
  readonly account: AccountView;
  readonly now: number;
  /** Whether this row is the one Tab lands on (roving focus). */
  readonly tabStop: boolean;
  readonly selected: boolean;
  onOpen(account: AccountView): void;
  onFocus(account: AccountView): void;
  /** Tells the list where this row's button is, so arrow keys can move focus to it. */
  register(id: AccountView['id'], button: HTMLButtonElement | null): void;
}

/** Main sends fresh objects on every push: compare what they say, so only rows that changed render again. */
function sameAccount(a: AccountView, b: AccountView): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as Array<keyof AccountView>;
  return keys.every((key) => (key === 'problem' ? JSON.stringify(a.problem) === JSON.stringify(b.problem) : Object.is(a[key], b[key])));
}

function sameProps(prev: AccountRowProps, next: AccountRowProps): boolean {
  return (
    sameAccount(prev.account, next.account) &&
    prev.now === next.now &&
    prev.tabStop === next.tabStop &&
    prev.selected === next.selected &&
    prev.onOpen === next.onOpen &&
    prev.onFocus === next.onFocus &&
    prev.register === next.register
  );
}

/** A button that opens the account's detail; arrow keys are handled by the list. */
export const AccountRow = memo(function AccountRow({ account, now, tabStop, selected, onOpen, onFocus, register }: AccountRowProps) {
  const checking = useAppStore((s) => selectIsChecking(s, account));
  const state = accountState(account, now);
  const phrases = accountPhrases(account, state, now);
  return (
    <button
      ref={(button) => register(account.id, button)}
      type="button"
      className={`account-row attention-${state.attention}${selected ? ' is-selected' : ''}`}
      data-account-id={account.id}
      tabIndex={tabStop ? 0 : -1}
      aria-haspopup="dialog"
      aria-expanded={selected}
      aria-controls={selected ? 'account-detail' : undefined}
      onClick={() => onOpen(account)}
      onFocus={() => onFocus(account)}
    >
      <span className={`row-network network-${account.provider}`}>{PROVIDER_NAMES[account.provider]}</span>
      <span className="row-identity">
        <span className="row-name">{account.name}</span>
        {account.handle ? <span className="row-handle"> {account.handle}</span> : null}
      </span>
      <span className="row-status">
        <StatusBadge status={state.badge} />
        {phrases.trouble ? <span className="row-trouble"> · {phrases.trouble}</span> : null}
      </span>
      {phrases.summary ? <span className="row-summary">{phrases.summary}</span> : null}
      <span className="row-checked">
        {/* A pause for screen readers between the summary and the time; the layout already separates them. */}
        <span className="visually-hidden">, </span>
        {checking ? 'checking now…' : phrases.checked}
      </span>
    </button>
  );
}, sameProps);
