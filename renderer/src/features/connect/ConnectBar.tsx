/** Adding connections: one button per network, the Network apps they need, and what the last disconnect did. */
import { useEffect } from 'react';
import { useAppStore } from '../../store/store-context';

export function ConnectBar() {
  const start = useAppStore((s) => s.startSignIn);
  const setupLoaded = useAppStore((s) => s.signInSetup !== null);
  const loadSetup = useAppStore((s) => s.loadSignInSetup);
  // Which networks this window can sign in to (under `tether serve` Facebook can't): known before the first click.
  useEffect(() => {
    if (!setupLoaded) void loadSetup();
  }, [setupLoaded, loadSetup]);
  const busy = useAppStore((s) => s.signIn.phase !== 'idle');
  const openApps = useAppStore((s) => s.openNetworkApps);
  const note = useAppStore((s) => s.disconnectNote);
  const dismiss = useAppStore((s) => s.dismissDisconnectNote);
  return (
    <>
      <nav className="connect-bar" aria-label="Add connections">
        <button type="button" onClick={() => void start({ network: 'facebook' })} disabled={busy}>
          Connect Facebook &amp; Instagram
        </button>
        <button type="button" onClick={() => void start({ network: 'twitter' })} disabled={busy}>
          Connect X
        </button>
        <button type="button" onClick={openApps}>
          Network apps
        </button>
      </nav>
      {note ? (
        <p className="disconnect-note" role="status">
          {note}{' '}
          <button type="button" onClick={dismiss}>
            OK
          </button>
        </p>
      ) : null}
    </>
  );
}
