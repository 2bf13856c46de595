/**
 * What an account's stored status means for the person looking at it: how urgent it is, which status the badge
 * shows, and which reason cards explain it. Pure functions of the account, the app's setup and the time.
 */
import type { AccountStatus } from '../domain/account-status';
import type { AccountView } from '../domain/account-view';
import type { ProviderId } from '../domain/providers';
import type { CardId } from './card-types';
import { REASON_CATALOG } from './catalog';
import { REASON_POLICY } from './reason-policy';

/** How long checks may fail before an account gets its own "can't verify since …" card (design.md §2). */
export const CANNOT_VERIFY_AFTER_MS = 3 * 3_600_000;

/** How urgent an account is, most urgent first in ATTENTION_ORDER. */
export type Attention = 'needs_you' | 'cannot_verify' | 'expiring' | 'limited' | 'ok';
/** Attention levels, most urgent first: the order of the dashboard. */
export const ATTENTION_ORDER: readonly Attention[] = ['needs_you', 'cannot_verify', 'expiring', 'limited', 'ok'];

/** What the account's status means on screen. */
export interface AccountState {
  readonly attention: Attention;
  /** The status the badge shows: the last known one while checks have had trouble for less than the threshold. */
  readonly badge: AccountStatus;
  /** Checks are failing, but not for long enough to say "can't verify": the badge shows the last known status. */
  readonly checkTrouble: boolean;
  /** Epoch ms since checks have been failing, when they are; null otherwise. */
  readonly failingSince: number | null;
}

type StateInput = Pick<AccountView, 'status' | 'reason' | 'statusSince' | 'lastKnownStatus' | 'unverifiedSince'>;

function attentionOfKnown(status: AccountStatus, reason: AccountView['reason']): Attention {
  switch (status) {
    case 'needs_reconnect':
    case 'needs_action':
      return 'needs_you';
    case 'expiring':
      return 'expiring';
    case 'connected':
    case 'checking':
    case 'unverified':
      return reason !== null && REASON_POLICY[reason].kind === 'warning' ? 'limited' : 'ok';
  }
}

/** The on-screen meaning of an account's status at `now`. */
export function accountState(view: StateInput, now: number, thresholdMs = CANNOT_VERIFY_AFTER_MS): AccountState {
  if (view.status !== 'unverified' && view.status !== 'checking') {
    return { attention: attentionOfKnown(view.status, view.reason), badge: view.status, checkTrouble: false, failingSince: null };
  }
  const lastKnown = view.lastKnownStatus;
  if (view.status === 'checking') {
    return { attention: lastKnown ? attentionOfKnown(lastKnown, view.reason) : 'ok', badge: lastKnown ?? 'checking', checkTrouble: false, failingSince: null };
  }
  const since = view.unverifiedSince ?? view.statusSince;
  if (now - since >= thresholdMs) return { attention: 'cannot_verify', badge: 'unverified', checkTrouble: true, failingSince: since };
  // A short run of failed checks says nothing new: keep showing what the last conclusive check said.
  if (lastKnown === null) return { attention: 'ok', badge: 'unverified', checkTrouble: true, failingSince: since };
  return { attention: attentionOfKnown(lastKnown, null), badge: lastKnown, checkTrouble: true, failingSince: since };
}

/** What the app's setup says, as far as one account's cards are concerned. */
export interface SetupState {
  /** False when the keychain is locked, unavailable or insecure. */
  readonly keychainOk: boolean;
  /** False when the network app this account connects through (Meta or X) is not set up. */
  readonly networkAppReady: boolean;
}

/** The network app an account connects through: Meta for Facebook and Instagram, X for X. */
export function networkAppOf(provider: ProviderId): 'meta' | 'x' {
  switch (provider) {
    case 'facebook':
    case 'instagram':
      return 'meta';
    case 'twitter':
      return 'x';
  }
}

const appliesTo = (id: CardId, provider: ProviderId): boolean => REASON_CATALOG[id].networks.includes(provider);

/**
 * The cards that explain an account, most important first: its own reason or check state, then problems with
 * Tether's setup that affect it. Empty when everything is fine.
 */
export function accountCardIds(view: StateInput & Pick<AccountView, 'provider'>, state: AccountState, setup: SetupState): CardId[] {
  const ids: CardId[] = [];
  switch (state.attention) {
    case 'needs_you':
      ids.push(view.reason ?? 'invalid_token_other');
      break;
    case 'cannot_verify':
      ids.push('cannot_verify');
      break;
    case 'expiring':
      ids.push('token_expiring');
      break;
    case 'limited':
    case 'ok':
      break;
  }
  // A warning (Creator account), or the transient reason behind a short run of failed checks.
  if (view.reason !== null && state.attention !== 'needs_you') ids.push(view.reason);
  if (!setup.keychainOk) ids.push('keychain_unavailable');
  if (!setup.networkAppReady) ids.push('network_app_missing');
  return [...new Set(ids)].filter((id) => appliesTo(id, view.provider));
}
