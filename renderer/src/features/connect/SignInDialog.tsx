/** The sign-in dialog: waiting for the network's page, then the picker, the wrong-account choice or the result. */
import { useAppStore } from '../../store/store-context';
import { AccountPicker } from './AccountPicker';
import { IdentityMismatch } from './IdentityMismatch';
import { Modal } from './Modal';
import { SignInResult } from './SignInResult';
import { NETWORK_NAME } from './connect-phrases';
import { ErrorLine } from '../../components/ErrorLine';

export function SignInDialog() {
  const view = useAppStore((s) => s.signIn);
  const start = useAppStore((s) => s.startSignIn);
  const cancel = useAppStore((s) => s.cancelSignIn);
  const close = useAppStore((s) => s.closeSignIn);
  const choose = useAppStore((s) => s.chooseAccounts);
  const addInstead = useAppStore((s) => s.addLoginInstead);
  const openApps = useAppStore((s) => s.openNetworkApps);
  if (view.phase === 'idle') return null;
  const name = NETWORK_NAME[view.request.network];
  const reconnect = view.request.grantId !== undefined;
  const title = `${reconnect ? 'Reconnect' : 'Connect'} ${view.request.network === 'facebook' ? 'Facebook and Instagram' : 'X'}`;
  const onCancel = () => void cancel();

  if (view.phase === 'waiting' || view.phase === 'saving') {
    return (
      <Modal id="sign-in" title={title} onEscape={onCancel}>
        <p role="status" aria-live="polite">
          {view.phase === 'saving'
            ? 'Saving…'
            : view.inTab
              ? `Finish signing in to ${name} in the tab that opened. This window waits for it.`
              : view.request.network === 'facebook'
                ? 'Finish signing in to Facebook in the window that opened.'
                : 'Finish signing in to X in your browser, then come back here.'}
        </p>
        <div className="modal-actions">
          <button type="button" onClick={onCancel} disabled={view.phase === 'saving'}>
            Cancel
          </button>
        </div>
      </Modal>
    );
  }
  if (view.phase === 'error') {
    return (
      <Modal id="sign-in" title={title} onEscape={close}>
        <ErrorLine what="sign in" error={view.message} onRetry={() => void start(view.request)} />
        <div className="modal-actions">
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
      </Modal>
    );
  }
  const { outcome, request } = view;
  switch (outcome.kind) {
    case 'pick':
      return (
        <Modal id="sign-in" title="Choose what to add" onEscape={onCancel}>
          <AccountPicker
            candidates={outcome.candidates}
            signedInAs={outcome.signedInAs}
            busy={false}
            onChoose={(keys) => void choose(keys)}
            onCancel={onCancel}
          />
        </Modal>
      );
    case 'wrong_account':
      return (
        <Modal id="sign-in" title="That's a different account" onEscape={onCancel}>
          <IdentityMismatch
            outcome={outcome}
            onRetry={() => void start({ network: request.network, ...(request.grantId ? { grantId: request.grantId } : {}) })}
            onAddInstead={() => void addInstead()}
            onCancel={onCancel}
          />
        </Modal>
      );
    case 'connected':
    case 'failed':
      return (
        <Modal
          id="sign-in"
          title={outcome.kind === 'connected' ? (outcome.reconnected ? 'Reconnected' : 'Connected') : `Couldn't ${reconnect ? 'reconnect' : 'connect'}`}
          onEscape={close}
        >
          <SignInResult
            outcome={outcome}
            request={request}
            onAgain={(r) => void start(r)}
            onClose={close}
            onOpenNetworkApps={() => {
              close();
              openApps();
            }}
          />
        </Modal>
      );
  }
}
