/** Disconnect a login after a confirmation that names what goes; history stays. */
import { useState } from 'react';
import type { AccountView } from '../../../../shared/domain/account-view';
import { useAppStore } from '../../store/store-context';
import { ErrorLine } from '../../components/ErrorLine';
import { NETWORK_NAME } from './connect-phrases';
import { signInNetworkOf } from '../../../../shared/domain/sign-in-network';

export function DisconnectControl({ account }: { readonly account: AccountView }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const siblings = useAppStore((s) => s.accounts.filter((a) => a.grantId === account.grantId).length);
  const disconnect = useAppStore((s) => s.disconnect);
  const error = useAppStore((s) => (s.disconnectError?.grantId === account.grantId ? s.disconnectError.message : null));
  const name = NETWORK_NAME[signInNetworkOf(account.provider)];
  if (!confirming) {
    return (
      <button type="button" className="danger-quiet" onClick={() => setConfirming(true)}>
        Disconnect…
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label="Confirm disconnect">
      <p>
        Disconnect this {name} login? {siblings > 1 ? `All ${siblings} accounts under it go` : 'This account goes'} from Tether, Tether asks {name} to revoke
        its access, and its tokens are deleted from your keychain. Its history stays.
      </p>
      <button
        type="button"
        className="danger"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void disconnect(account.grantId).finally(() => setBusy(false));
        }}
      >
        {busy ? 'Disconnecting…' : 'Disconnect'}
      </button>
      <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
        Keep it
      </button>
      {error ? <ErrorLine what="disconnect" error={error} /> : null}
    </div>
  );
}
