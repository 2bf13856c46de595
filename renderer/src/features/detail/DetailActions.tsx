/** The detail panel's buttons: "Check now" for this account, and Reconnect when reconnecting alone fixes the problem. */
import { useId } from 'react';
import type { AccountView } from '../../../../shared/domain/account-view';
import { useAppStore } from '../../store/store-context';
import { selectIsChecking } from '../../store/slices/validation.selectors';
import { ErrorLine } from '../../components/ErrorLine';

interface DetailActionsProps {
  readonly account: AccountView;
  /** Whether one-click reconnect alone fixes the account's main card. */
  readonly reconnectFixes: boolean;
}

/**
 * One-click reconnect (OAuth) is not built yet, so its button is shown where it would fix things, disabled,
 * with the reason in words: nothing pretends to work.
 */
export function DetailActions({ account, reconnectFixes }: DetailActionsProps) {
  const checking = useAppStore((s) => selectIsChecking(s, account));
  const error = useAppStore((s) => (s.checkError?.scope === account.id ? s.checkError.message : null));
  const checkAccount = useAppStore((s) => s.checkAccount);
  const whyId = useId();

  return (
    <div className="detail-actions">
      <button type="button" onClick={() => void checkAccount(account.id)} disabled={checking} aria-busy={checking}>
        {checking ? 'Checking…' : 'Check now'}
      </button>
      {reconnectFixes ? (
        <span className="reconnect" title="Coming soon">
          <button type="button" className="primary" disabled aria-describedby={whyId}>
            Reconnect
          </button>
          <span id={whyId} className="hint" role="tooltip">
            Coming soon
          </span>
        </span>
      ) : null}
      {error ? <ErrorLine what="check" error={error} /> : null}
    </div>
  );
}
