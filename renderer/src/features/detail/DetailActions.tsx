/**
 * The detail panel's buttons: Reconnect where reconnecting fixes the problem (asking again for what was left out),
 * "Check now" (or "I've done this, check again" where the user must act on the network first), and Disconnect.
 */
import type { AccountView } from '../../../../shared/domain/account-view';
import { useAppStore } from '../../store/store-context';
import { selectIsChecking } from '../../store/slices/validation.selectors';
import { ErrorLine } from '../../components/ErrorLine';
import { ReconnectButton } from '../connect/ReconnectButton';
import { DisconnectControl } from '../connect/DisconnectControl';

interface DetailActionsProps {
  readonly account: AccountView;
  /** Whether one-click reconnect alone fixes the account's main card. */
  readonly reconnectFixes: boolean;
}

export function DetailActions({ account, reconnectFixes }: DetailActionsProps) {
  const checking = useAppStore((s) => selectIsChecking(s, account));
  const error = useAppStore((s) => (s.checkError?.scope === account.id ? s.checkError.message : null));
  const checkAccount = useAppStore((s) => s.checkAccount);
  const mustActFirst = account.status === 'needs_action';

  return (
    <div className="detail-actions">
      {reconnectFixes ? <ReconnectButton account={account} grantId={account.grantId} rerequest={account.reason === 'missing_permissions'} /> : null}
      <button type="button" onClick={() => void checkAccount(account.id)} disabled={checking} aria-busy={checking}>
        {checking ? 'Checking…' : mustActFirst ? 'I’ve done this, check again' : 'Check now'}
      </button>
      <DisconnectControl account={account} />
      {error ? <ErrorLine what="check" error={error} /> : null}
    </div>
  );
}
