/**
 * The Scenarios panel's progress and result: "Causing … then checking" while main works, then which accounts
 * changed, each with a button that opens its card. Errors from main are shown as they came.
 */
import { useShallow } from 'zustand/react/shallow';
import type { AccountView } from '../../../../shared/domain/account-view';
import { accountCardIds, accountState } from '../../../../shared/reasons/account-state';
import { cardForNetwork } from '../../../../shared/reasons/catalog';
import { StatusBadge } from '../../components/StatusBadge';
import { useAppStore } from '../../store/store-context';
import { selectOutcomeAccounts } from '../../store/slices/demo.selectors';
import type { DemoError } from '../../store/slices/demo.slice';
import { accountLabel, changePhrase, operationLabels, outcomeHeadline, pendingPhrase } from './demo-phrases';
import { ErrorLine } from '../../components/ErrorLine';

/** The live status line, the changed accounts and the last error. */
export function DemoActivity() {
  const listing = useAppStore((s) => s.demoListing);
  const pending = useAppStore((s) => s.demoPending);
  const outcome = useAppStore((s) => s.demoOutcome);
  const error = useAppStore((s) => s.demoError);
  const changed = useAppStore(useShallow(selectOutcomeAccounts));
  const now = useAppStore((s) => s.now);

  let line = 'Pick a scenario and a target, then press Apply.';
  if (pending) line = pendingPhrase(pending.kind, operationLabels(listing, pending));
  else if (outcome) {
    const states = changed.map((a) => accountState(a, now));
    const only = changed.length === 1 && changed[0] && states[0] ? { label: accountLabel(changed[0]), phrase: changePhrase(changed[0], states[0]) } : null;
    line = outcomeHeadline(
      outcome,
      operationLabels(listing, outcome.operation),
      only,
      states.every((s) => s.attention === 'ok'),
    );
  }

  return (
    <div className="demo-activity">
      {/* Always present, so assistive technology hears each change; its height is reserved so nothing jumps. */}
      <p className={pending ? 'demo-status is-busy' : 'demo-status'} role="status" aria-label="Scenario progress">
        {pending ? <span className="spinner" aria-hidden="true" /> : null}
        {line}
      </p>
      {outcome && !pending && changed.length > 0 ? <ChangedAccounts accounts={changed} now={now} /> : null}
      {error ? <DemoErrorLine error={error} /> : null}
    </div>
  );
}

function ChangedAccounts({ accounts, now }: { readonly accounts: readonly AccountView[]; readonly now: number }) {
  const openAccount = useAppStore((s) => s.openAccount);
  return (
    <ul className="demo-changed" aria-label="Accounts that changed">
      {accounts.map((account) => {
        const state = accountState(account, now);
        // The account's own card comes first; setup cards (keychain, network app) only ever follow it.
        const card = accountCardIds(account, state, { keychainOk: true, networkAppReady: true })[0];
        return (
          <li key={account.id}>
            <StatusBadge status={state.badge} />
            {card ? <span className="demo-card-title"> · {cardForNetwork(card, account.provider).title}</span> : null}
            <button type="button" className="link-like" onClick={() => openAccount(account.id)} aria-haspopup="dialog">
              Open {accountLabel(account)}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function DemoErrorLine({ error }: { readonly error: DemoError }) {
  const listing = useAppStore((s) => s.demoListing);
  if (error.kind === 'load') {
    return <ErrorLine what="load the scenarios" error={error.message} />;
  }
  const labels = operationLabels(listing, error);
  return <ErrorLine what={`${error.kind === 'apply' ? 'apply' : 'revert'} “${labels.scenario}” for ${labels.target}`} error={error.message} />;
}
