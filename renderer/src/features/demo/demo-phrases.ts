/** The Scenarios panel's words: what a picker chooses, what Tether should report, progress, and what changed. */
import type { AccountView } from '../../../../shared/domain/account-view';
import type { DemoListing } from '../../../../shared/domain/demo';
import { PROVIDER_NAMES } from '../../../../shared/domain/providers';
import type { AccountState } from '../../../../shared/reasons/account-state';
import { cardForNetwork } from '../../../../shared/reasons/catalog';
import type { DemoOperation, DemoOutcome } from '../../store/slices/demo.slice';
import type { DemoScenario, DemoTargetKind } from '../../store/slices/demo.selectors';

/** What each kind of target is called beside its picker. */
export const TARGET_KIND_LABELS: Readonly<Record<DemoTargetKind, string>> = {
  facebook_user: 'Person',
  facebook_page: 'Page',
  instagram_account: 'Instagram account',
  x_account: 'X account',
};

/** The title of the reason card Tether should show once it has checked. */
export function expectedCardTitle(scenario: Pick<DemoScenario, 'expectedReason' | 'network'>): string {
  return cardForNetwork(scenario.expectedReason, scenario.network).title;
}

/** Whether logging in again is enough on the real network, in words. */
export function reconnectNote(scenario: Pick<DemoScenario, 'fixedByReconnect' | 'network'>): string {
  return scenario.fixedByReconnect ? 'Yes, on the real network too' : `No: on the real network, someone must act on ${PROVIDER_NAMES[scenario.network]} first`;
}

/** The scenario's label and the target's, as the listing names them (the raw ids if it no longer does). */
export function operationLabels(listing: DemoListing | null, op: Pick<DemoOperation, 'scenario' | 'target'>): { scenario: string; target: string } {
  const scenario = listing?.scenarios.find((s) => s.id === op.scenario);
  const target = listing?.targets.find((t) => t.id === op.target && (!scenario || t.kind === scenario.targetKind));
  return { scenario: scenario?.label ?? op.scenario, target: target?.label ?? op.target };
}

/** "Causing “Password changed” for Maya Chen… then checking". */
export function pendingPhrase(kind: DemoOperation['kind'], labels: { scenario: string; target: string }): string {
  const verb = kind === 'apply' ? 'Causing' : 'Undoing';
  return `${verb} “${labels.scenario}” for ${labels.target}… then checking`;
}

/** What an account has become, after "now": "needs your action", "works with limits", "is connected again". */
export function changePhrase(account: Pick<AccountView, 'status'>, state: Pick<AccountState, 'attention'>): string {
  switch (state.attention) {
    case 'needs_you':
      return account.status === 'needs_reconnect' ? 'needs reconnecting' : 'needs your action';
    case 'cannot_verify':
      return "can't be verified";
    case 'expiring':
      return 'is expiring soon';
    case 'limited':
      return 'works with limits';
    case 'ok':
      return 'is connected again';
  }
}

/** An account as the outcome names it: "Harbor Coffee (X)". */
export function accountLabel(account: Pick<AccountView, 'name' | 'provider'>): string {
  return `${account.name} (${PROVIDER_NAMES[account.provider]})`;
}

/** The outcome's one line. `first` is the only changed account when exactly one changed. */
export function outcomeHeadline(
  outcome: DemoOutcome,
  labels: { scenario: string; target: string },
  first: { label: string; phrase: string } | null,
  allOk: boolean,
): string {
  const count = outcome.changed.length;
  if (outcome.operation.kind === 'apply') {
    if (count === 0 && outcome.wasActive) return `“${labels.scenario}” was already in force for ${labels.target}, so nothing new happened.`;
    if (count === 0) return 'Tether checked and no account changed status. Some failures heal on their own, like an access token Tether can refresh.';
    if (count === 1 && first) return `${first.label} now ${first.phrase} — open its card.`;
    return `${count} accounts changed — open a card to see why.`;
  }
  if (count === 0) return `Undone “${labels.scenario}” for ${labels.target}. Tether checked and no account changed status.`;
  if (count === 1 && first) return `Undone: ${first.label} ${first.phrase}.`;
  return allOk ? `Undone: all ${count} accounts are connected again.` : `Undone: ${count} accounts changed.`;
}
