/**
 * The shape of a reason card: the plain-language explanation Tether shows for every reason and every
 * check-derived state, with per-network copy, ordered steps, links to the network's own pages and
 * prevention tips tagged by the practice they teach.
 */
import type { ProviderId } from '../domain/providers';
import { REASON_IDS, type ReasonId } from '../domain/reason-ids';
import type { ReasonKind } from './reason-policy';

/** States that come from checks rather than from an error response. */
export const CHECK_CARD_IDS = ['token_expiring', 'cannot_verify', 'keychain_unavailable', 'network_app_missing'] as const;
export type CheckCardId = (typeof CHECK_CARD_IDS)[number];

/** Every card: one per reason, plus the check-derived states. */
export type CardId = ReasonId | CheckCardId;
/** Every card id: the reasons first, then the check states. */
export const CARD_IDS: readonly CardId[] = [...REASON_IDS, ...CHECK_CARD_IDS];

/**
 * What a card means for the account: a reason kind, or `setup` for problems with Tether's own setup on this
 * computer (keychain, network app details) that leave every connection as it was.
 */
export type CardKind = ReasonKind | 'setup';

/**
 * The habits a prevention tip teaches. The first eight are the practices the product's help material names,
 * and the catalog must cover each of them (REQUIRED_PRACTICES); the rest are Tether's own advice.
 */
export const PRACTICES = [
  'keep_app_authorized',
  'no_shared_logins',
  'no_alias_usernames',
  'avoid_flagged_content',
  'keep_page_role',
  'enable_two_factor',
  'keep_instagram_business',
  'know_token_lifespans',
  'plan_account_changes',
  'follow_network_rules',
  'secure_your_account',
  'share_rate_limits',
  'keep_checks_running',
  'keep_keychain_unlocked',
  'keep_network_app_current',
] as const;
export type Practice = (typeof PRACTICES)[number];

/** The practices every catalog must teach somewhere (from the help article that inspired Tether). */
export const REQUIRED_PRACTICES: readonly Practice[] = PRACTICES.slice(0, 8);

/** Copy that may differ per network: a network's own entry wins, `all` applies otherwise. */
export type PerNetwork<T> = { readonly all: T } & Partial<Readonly<Record<ProviderId, T>>>;

/** A button that opens one of the network's own pages (always https). */
export interface CardLink {
  readonly label: string;
  readonly url: string;
}

export interface PreventionTip {
  readonly practice: Practice;
  readonly text: string;
}

/** The words of a card, as the copy files write them. */
export interface CardCopy {
  /** A few words, e.g. "Password changed". */
  readonly title: string;
  /** One line for lists and notifications. */
  readonly summary: string;
  /** The networks this card can appear for. */
  readonly networks: readonly ProviderId[];
  /** What happened, in plain language. */
  readonly whatHappened: PerNetwork<string>;
  /** What to do, as ordered steps. */
  readonly whatToDo: PerNetwork<readonly string[]>;
  /** Buttons to the network's own pages. */
  readonly links: PerNetwork<readonly CardLink[]>;
  /** How to prevent it next time. */
  readonly prevention: readonly PreventionTip[];
}

/** A complete card. */
export interface ReasonCard extends CardCopy {
  readonly id: CardId;
  readonly kind: CardKind;
  /** Whether one-click reconnect alone fixes it; null when there is nothing to reconnect. */
  readonly reconnectFixes: boolean | null;
}

/** A card with its copy resolved for one network. */
export interface NetworkCard {
  readonly id: CardId;
  readonly kind: CardKind;
  readonly reconnectFixes: boolean | null;
  readonly title: string;
  readonly summary: string;
  readonly whatHappened: string;
  readonly whatToDo: readonly string[];
  readonly links: readonly CardLink[];
  readonly prevention: readonly PreventionTip[];
}

/** The copy for one network. */
export function forNetwork<T>(copy: PerNetwork<T>, provider: ProviderId): T {
  return copy[provider] ?? copy.all;
}
