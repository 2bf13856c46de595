/**
 * The open account's side panel: its state in words, "Check now", Reconnect, every card that explains it, the
 * details for support and its history. Focus moves to the panel when it opens; Esc or Close shuts it and the list
 * takes focus back.
 */
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AccountView } from '../../../../shared/domain/account-view';
import { accountCardIds, accountState } from '../../../../shared/reasons/account-state';
import type { CardId } from '../../../../shared/reasons/card-types';
import { cardFor } from '../../../../shared/reasons/catalog';
import { supportDetailsLine } from '../../../../shared/reasons/support-details';
import { useAppStore } from '../../store/store-context';
import { selectSelectedAccount } from '../../store/slices/accounts.selectors';
import { selectSetup } from '../../store/slices/app.selectors';
import { cannotVerifyPhrase, expiryPhrase } from '../accounts/account-phrases';
import { DetailActions } from './DetailActions';
import { DetailStatus } from './DetailStatus';
import { HistorySection } from './HistorySection';
import { ReasonCardView } from './ReasonCardView';
import { SupportLine } from './SupportLine';

/** The panel for the selected account, or nothing. Keyed by account, so focus moves when another one opens. */
export function AccountDetail() {
  const account = useAppStore(selectSelectedAccount);
  return account ? <AccountDetailPanel key={account.id} account={account} /> : null;
}

function AccountDetailPanel({ account }: { readonly account: AccountView }) {
  const now = useAppStore((s) => s.now);
  const setup = useAppStore(useShallow((s) => selectSetup(s, account.provider)));
  const close = useAppStore((s) => s.closeAccount);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close]);

  const state = accountState(account, now);
  const cards = accountCardIds(account, state, setup);
  const first = cards[0];
  const headline = (id: CardId): string | null =>
    id === 'token_expiring' ? expiryPhrase(account, now) : id === 'cannot_verify' ? cannotVerifyPhrase(account, state, now) : null;
  // The check's own words belong to the card of the reason it found.
  const observedOn = account.reason !== null && cards.includes(account.reason) ? account.reason : first;
  const showSupport = account.problem !== null || state.attention === 'needs_you';

  return (
    <div id="account-detail" className="detail" role="dialog" aria-modal="false" aria-labelledby="account-detail-title">
      <div className="detail-head">
        <h2 id="account-detail-title" ref={heading} tabIndex={-1}>
          {account.name}
        </h2>
        <button type="button" className="close" onClick={close} aria-label="Close details">
          ×
        </button>
      </div>
      <DetailStatus account={account} state={state} now={now} />
      <DetailActions account={account} reconnectFixes={first !== undefined && cardFor(first).reconnectFixes === true} />
      {cards.length === 0 ? (
        <p className="all-good">Everything works. Tether keeps checking this account and tells you as soon as anything changes.</p>
      ) : (
        cards.map((id) => (
          <ReasonCardView
            key={id}
            id={id}
            provider={account.provider}
            headline={headline(id)}
            observed={id === observedOn ? (account.problem?.detail ?? null) : null}
          />
        ))
      )}
      {showSupport ? <SupportLine line={supportDetailsLine(account.provider, account.problem ?? { code: null, subcode: null, traceId: null })} /> : null}
      <HistorySection account={account} />
    </div>
  );
}
