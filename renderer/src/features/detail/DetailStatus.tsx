/** The panel's lines under the account's name: network and handle, status in words, when it changed, last check, expiry. */
import type { AccountView } from '../../../../shared/domain/account-view';
import type { AccountState } from '../../../../shared/reasons/account-state';
import { formatAgo } from '../../../../shared/reasons/countdown';
import { StatusBadge } from '../../components/StatusBadge';
import { accountPhrases, expiryPhrase, networkAndHandle } from '../accounts/account-phrases';

interface DetailStatusProps {
  readonly account: AccountView;
  readonly state: AccountState;
  readonly now: number;
}

/** The status lines. */
export function DetailStatus({ account, state, now }: DetailStatusProps) {
  const phrases = accountPhrases(account, state, now);
  const expiry = state.attention === 'ok' || state.attention === 'limited' ? expiryPhrase(account, now) : null;
  return (
    <div className="detail-status">
      <p className="detail-network">{networkAndHandle(account)}</p>
      <p>
        <StatusBadge status={state.badge} />
        <span> · status changed {formatAgo(account.statusSince, now)}</span>
        <span> · {phrases.checked}</span>
        {phrases.trouble ? <span className="row-trouble"> · {phrases.trouble}</span> : null}
      </p>
      {expiry ? <p className="detail-expiry">{expiry}</p> : null}
    </div>
  );
}
