/**
 * What a login offers beyond its tracked accounts: "2 new Pages available via Priya Nair" (adding them is one
 * sign-in for that login, whose picker lists them), and a login whose own token expired while its Pages still
 * work, said honestly, with its reconnect.
 */
import { useAppStore } from '../../store/store-context';
import { PROVIDER_NAMES, loginNetwork } from '../../../../shared/domain/providers';
import type { GrantView } from '../../../../shared/domain/grant-view';

function OfferLine({ login }: { readonly login: GrantView }) {
  const start = useAppStore((s) => s.startSignIn);
  const busy = useAppStore((s) => s.signIn.phase !== 'idle');
  const network = loginNetwork(login.provider);
  const signInNetwork = network === 'twitter' ? 'twitter' : 'facebook';
  return (
    <li>
      {login.loginExpired ? (
        <span>
          {PROVIDER_NAMES[network]} login for {login.name} expired; its Pages still work through their own tokens.{' '}
        </span>
      ) : null}
      {login.newAccountsSummary ? <span>{login.newAccountsSummary}. </span> : null}
      <button type="button" onClick={() => void start({ network: signInNetwork, grantId: login.grantId })} disabled={busy}>
        {login.loginExpired ? `Reconnect ${login.name}` : 'Choose what to add'}
      </button>
    </li>
  );
}

export function LoginOffers() {
  const logins = useAppStore((s) => s.logins);
  const shown = logins.filter((l) => l.loginExpired || l.newAccountsSummary !== null);
  if (shown.length === 0) return null;
  return (
    <section className="login-offers" aria-label="Logins">
      <ul>
        {shown.map((login) => (
          <OfferLine key={login.grantId} login={login} />
        ))}
      </ul>
    </section>
  );
}
