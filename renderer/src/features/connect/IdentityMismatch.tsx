/** "You signed in as @other; this connection is @brand": nothing was overwritten; try again, or add the other login. */
import type { SignInOutcome } from '../../../../shared/domain/sign-in';
import { NETWORK_NAME } from './connect-phrases';

type Mismatch = Extract<SignInOutcome, { kind: 'wrong_account' }>;

interface IdentityMismatchProps {
  readonly outcome: Mismatch;
  onRetry(): void;
  onAddInstead(): void;
  onCancel(): void;
}

export function IdentityMismatch({ outcome, onRetry, onAddInstead, onCancel }: IdentityMismatchProps) {
  const name = NETWORK_NAME[outcome.network];
  return (
    <>
      <p role="alert">
        You signed in as <strong>{outcome.signedInAs}</strong>; this connection is <strong>{outcome.expected}</strong>. Nothing was changed.
      </p>
      <p className="hint">
        {outcome.canForceLogin
          ? `Trying again asks ${name} to show its login, so you can sign in as ${outcome.expected}.`
          : `${name} has no way for Tether to ask for a fresh login: sign out of ${name} in your browser (or switch accounts there) first, then try again.`}
      </p>
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
