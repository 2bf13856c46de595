/** A login's heading in the grouped list: whose login, on which network, what it covers, and what one reconnect fixes. */
import { memo } from 'react';
import { PROVIDER_NAMES } from '../../../../shared/domain/providers';
import type { LoginGroup } from '../../store/slices/logins.selectors';
import { useAppStore } from '../../store/store-context';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "One reconnect fixes these 12", or what else this login needs. */
export function loginVerdict(group: LoginGroup): string {
  if (group.reconnectFixes > 1) return `One reconnect fixes these ${group.reconnectFixes}`;
  if (group.reconnectFixes === 1) return 'One reconnect fixes this one';
  if (group.needAction > 0) return `${plural(group.needAction, 'account needs', 'accounts need')} you to act on ${PROVIDER_NAMES[group.network]} first`;
  return 'Nothing to fix';
}

/** The header row of one login. */
export const LoginHeader = memo(function LoginHeader({ group }: { readonly group: LoginGroup }) {
  const checking = useAppStore((s) => s.checkingGrants.includes(group.grantId));
  const checkGrant = useAppStore((s) => s.checkGrant);
  return (
    <div className={`login-header attention-${group.worst}`}>
      <h3 className="login-person">
        {group.person} <span className="login-network">· {PROVIDER_NAMES[group.network]} login</span>
      </h3>
      <span className="login-covers">{plural(group.accounts.length, 'account', 'accounts')}</span>
      <span className="login-verdict">{loginVerdict(group)}</span>
      <button type="button" className="login-check" onClick={() => void checkGrant(group.grantId)} disabled={checking}>
        {checking ? 'Checking…' : `Check ${group.person}'s login`}
      </button>
    </div>
  );
});
