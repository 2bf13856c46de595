/** What a finished sign-in did: accounts connected or restored (and anything left out), or why nothing changed. */
import type { SignInOutcome, SignInStart } from '../../../../shared/domain/sign-in';
import { DESKTOP_APP_ONLY_STEPS, failurePhrase, NETWORK_NAME } from './connect-phrases';

type Finished = Extract<SignInOutcome, { kind: 'connected' | 'failed' }>;

interface SignInResultProps {
  readonly outcome: Finished;
  readonly request: SignInStart;
  onAgain(request: SignInStart): void;
  onClose(): void;
  onOpenNetworkApps(): void;
}

export function SignInResult({ outcome, request, onAgain, onClose, onOpenNetworkApps }: SignInResultProps) {
  const name = NETWORK_NAME[outcome.network];
  if (outcome.kind === 'failed') {
    const setup = outcome.failure === 'not_set_up' || outcome.failure === 'bad_app_credentials';
    const elsewhere = outcome.failure === 'desktop_app_only';
    return (
      <>
        <p role="alert" data-failure={outcome.failure}>
          {failurePhrase(outcome.network, outcome.failure)}
        </p>
        {elsewhere ? (
          <ol className="hint">
            {DESKTOP_APP_ONLY_STEPS.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        ) : null}
        {outcome.detail ? (
          <p className="hint">
            {name} said: {outcome.detail}
          </p>
        ) : null}
        <div className="modal-actions">
          {setup ? (
            <button type="button" className="primary" onClick={onOpenNetworkApps}>
              Open Network apps
            </button>
          ) : elsewhere ? null : (
            <button type="button" className="primary" onClick={() => onAgain(request)}>
              Try again
            </button>
          )}
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </>
    );
  }
  const leftOut = [...outcome.leftOutAccounts, ...outcome.leftOutScopes.map((s) => `the permission ${s}`)];
  const grantRequest: SignInStart = { network: outcome.network, grantId: outcome.grantId, mode: 'rerequest' };
  return (
    <>
      <p role="status">
        {outcome.reconnected
          ? `Reconnected ${outcome.signedInAs} on ${name}: ${outcome.accounts} ${outcome.accounts === 1 ? 'account' : 'accounts'} checked again.`
          : `Connected ${outcome.signedInAs} on ${name}: ${outcome.accounts} ${outcome.accounts === 1 ? 'account' : 'accounts'} added.`}
      </p>
      {leftOut.length > 0 ? (
        <div className="left-out" role="alert">
          <p>You left out {leftOut.join(', ')}. What needs them stays disconnected until you allow them.</p>
          <button type="button" onClick={() => onAgain(grantRequest)}>
            Ask again
          </button>
        </div>
      ) : null}
      {outcome.lifetime === 'short' ? (
        <p className="hint">
          Without your Meta App Secret this Facebook login lasts about an hour. Add the secret in Network apps to make it last about 60 days.
        </p>
      ) : outcome.lifetime === 'never' ? (
        <p className="hint">
          Facebook says this login never expires: it is a system-user token of the business, from your Login for Business configuration. Tether won’t warn about
          an expiry; it still tells you if the business removes Tether or a Page role changes.
        </p>
      ) : null}
      <div className="modal-actions">
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </>
  );
}
