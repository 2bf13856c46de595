/**
 * One account in the dashboard list: network, name, handle, through whom it is connected, status in words, what is
 * wrong, the expiry countdown and when it was checked. It renders again only when its own account object or one of
 * its strings changes: a clock tick that leaves "checked 3 min ago" as it was does nothing.
 */
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AccountView } from '../../../../shared/domain/account-view';
import { PROVIDER_NAMES } from '../../../../shared/domain/providers';
import { StatusBadge } from '../../components/StatusBadge';
import { useAppStore } from '../../store/store-context';
import { selectIsChecking } from '../../store/slices/validation.selectors';
import { rowModel } from './row-model';

interface AccountRowProps {
  readonly account: AccountView;
  /** Whether this row is the one Tab lands on (roving focus). */
  readonly tabStop: boolean;
  readonly selected: boolean;
  onOpen(account: AccountView): void;
  onFocus(account: AccountView): void;
  /** Tells the list where this row's button is, so arrow keys can move focus to it. */
  register(id: AccountView['id'], button: HTMLButtonElement | null): void;
}

/** A button that opens the account's detail; arrow keys are handled by the list. */
export const AccountRow = memo(function AccountRow({ account, tabStop, selected, onOpen, onFocus, register }: AccountRowProps) {
  const checking = useAppStore((s) => selectIsChecking(s, account));
  const model = useAppStore(useShallow((s) => rowModel(account, s.now)));
  return (
    <button
      ref={(button) => register(account.id, button)}
      type="button"
      className={`account-row attention-${model.attention}${selected ? ' is-selected' : ''}`}
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
        <span className="row-via"> · via {account.connectedBy}</span>
      </span>
      <span className="row-status">
        <StatusBadge status={model.badge} />
        {model.trouble ? <span className="row-trouble"> · {model.trouble}</span> : null}
      </span>
      {model.summary ? <span className="row-summary">{model.summary}</span> : null}
      <span className="row-checked">
        {/* A pause for screen readers between the summary and the time; the layout already separates them. */}
        <span className="visually-hidden">, </span>
        {checking ? 'checking now…' : model.checked}
      </span>
      {model.expiry ? <span className="row-expiry">{model.expiry}</span> : null}
    </button>
  );
});
