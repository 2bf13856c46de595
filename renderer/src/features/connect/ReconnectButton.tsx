/** One-click reconnect of the login an account belongs to: every account of that login comes back at once. */
import type { AccountView } from '../../../../shared/domain/account-view';
import type { GrantId } from '../../../../shared/domain/ids';
import { signInNetworkOf } from '../../../../shared/domain/sign-in-network';
import { useAppStore } from '../../store/store-context';

interface ReconnectButtonProps {
  readonly account: AccountView;
  readonly grantId: GrantId;
  /** When permissions or Pages were left out: ask for them again (Facebook `auth_type=rerequest`). */
  readonly rerequest?: boolean;
}

export function ReconnectButton({ account, grantId, rerequest = false }: ReconnectButtonProps) {
  const start = useAppStore((s) => s.startSignIn);
  const busy = useAppStore((s) => s.signIn.phase !== 'idle');
  const network = signInNetworkOf(account.provider);
  return (
    <button
      type="button"
      className="primary"
      disabled={busy}
      onClick={() => void start({ network, grantId, ...(rerequest && network === 'facebook' ? { mode: 'rerequest' as const } : {}) })}
    >
      {rerequest && network === 'facebook' ? 'Reconnect and allow what’s missing' : 'Reconnect'}
    </button>
  );
}
