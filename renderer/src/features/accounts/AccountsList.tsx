/** The dashboard's list of accounts with their status. */
import { useShallow } from 'zustand/react/shallow';
import { PROVIDER_NAMES } from '../../../../shared/domain/provider-id';
import { useAppStore } from '../../store/store-context';
import { selectSortedAccounts } from '../../store/slices/accounts.selectors';
import { StatusBadge } from '../../components/StatusBadge';

export function AccountsList() {
  const accounts = useAppStore(useShallow(selectSortedAccounts));
  const load = useAppStore((s) => s.accountsLoad);
  const error = useAppStore((s) => s.accountsError);
  const retry = useAppStore((s) => s.loadAccounts);

  if (load === 'loading' || load === 'idle') return <p role="status">Loading your accounts…</p>;
  if (load === 'error') {
    return (
      <div role="alert" className="error">
        <p>Couldn't load your accounts: {error}</p>
        <button type="button" onClick={() => void retry()}>
          Try again
        </button>
      </div>
    );
  }
  if (accounts.length === 0) {
    return <p className="empty">No accounts yet. Connect Facebook, Instagram or X to start keeping an eye on them.</p>;
  }
  return (
    <ul className="accounts" aria-label="Accounts">
      {accounts.map((account) => (
        <li key={account.id} className="account" data-account-id={account.id}>
          <span className="account-network">{PROVIDER_NAMES[account.provider]}</span>
          <span className="account-name">{account.name}</span>
          {account.handle ? <span className="account-handle">{account.handle}</span> : null}
          <StatusBadge status={account.status} />
        </li>
      ))}
    </ul>
  );
}
