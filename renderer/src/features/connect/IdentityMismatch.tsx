/** "You signed in as @other; this connection is @brand": nothing was overwritten; try again, or add the other login. */
import type { SignInOutcome } from '../../../../shared/domain/sign-in';
import { LOG_OUT_LINKS, NETWORK_NAME } from './connect-phrases';

type Mismatch = Extract<SignInOutcome, { kind: 'wrong_account' }>;

interface IdentityMismatchProps {
  readonly outcome: Mismatch;
  onRetry(): void;
  onAddInstead(): void;
  onCancel(): void;
}

/**
 * How to sign in as someone else. Tether never relies on `auth_type=reauthenticate` (Meta: apps "should not rely upon
 * re-authentication" to switch accounts): the desktop app's Facebook window starts with no session, and a browser
 * has to be logged out of the network first.
 */
function HowToSwitch({ outcome }: { readonly outcome: Mismatch }) {
  const name = NETWORK_NAME[outcome.network];
  if (outcome.freshLogin) {
    return (
      <p className="hint">
        Trying again opens a new sign-in window that isn’t signed in to {name}, so {name} asks who you are: sign in as {outcome.expected}.
      </p>
    );
  }
  const logOut = LOG_OUT_LINKS[outcome.network];
  return (
    <p className="hint">
      This browser is still signed in to {name} as {outcome.signedInAs}, and {name} signs in the same person again. First log out of {name} in this browser:{' '}
      <a href={logOut.url} target="_blank" rel="noopener noreferrer">
        {logOut.label}
      </a>
      {logOut.then}. Then try again and sign in as {outcome.expected}.
    </p>
  );
}

export function IdentityMismatch({ outcome, onRetry, onAddInstead, onCancel }: IdentityMismatchProps) {
  return (
    <>
      <p role="alert">
        You signed in as <strong>{outcome.signedInAs}</strong>; this connection is <strong>{outcome.expected}</strong>. Nothing was changed.
      </p>
      <HowToSwitch outcome={outcome} />
      <div className="modal-actions">
        <button type="button" className="primary" onClick={onRetry}>
          Try again as {outcome.expected}
        </button>
        <button type="button" onClick={onAddInstead}>
          Add {outcome.signedInAs} as a new connection
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
