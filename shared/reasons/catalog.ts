/**
 * The reason catalog: one complete card per reason and per check-derived state, for the renderer and for
 * notifications. Typed so that a missing card or field is a compile error.
 */
import type { ProviderId } from '../domain/providers';
import { REASON_IDS, type ReasonId } from '../domain/reason-ids';
import { type CardCopy, type CardId, type NetworkCard, type ReasonCard, forNetwork } from './card-types';
import { CHECK_CARDS, CHECK_CARD_POLICY } from './catalog.checks';
import { LOGIN_CARDS } from './catalog.login';
import { PAGE_CARDS } from './catalog.pages';
import { TRANSIENT_CARDS } from './catalog.transient';
import { TWITTER_CARDS } from './catalog.twitter';
import { REASON_POLICY } from './reason-policy';

const REASON_COPY: Readonly<Record<ReasonId, CardCopy>> = { ...LOGIN_CARDS, ...PAGE_CARDS, ...TWITTER_CARDS, ...TRANSIENT_CARDS };

function reasonCards(): Record<ReasonId, ReasonCard> {
  const entries = REASON_IDS.map((id): [ReasonId, ReasonCard] => {
    const policy = REASON_POLICY[id];
    // Kind and "reconnect fixes it" come from the same table the classifier uses, so they can't disagree.
    return [id, { id, kind: policy.kind, reconnectFixes: policy.reconnectFixes, ...REASON_COPY[id] }];
  });
  return Object.fromEntries(entries) as Record<ReasonId, ReasonCard>;
}

function checkCards(): Record<keyof typeof CHECK_CARDS, ReasonCard> {
  return {
    token_expiring: { id: 'token_expiring', ...CHECK_CARD_POLICY.token_expiring, ...CHECK_CARDS.token_expiring },
    cannot_verify: { id: 'cannot_verify', ...CHECK_CARD_POLICY.cannot_verify, ...CHECK_CARDS.cannot_verify },
    keychain_unavailable: { id: 'keychain_unavailable', ...CHECK_CARD_POLICY.keychain_unavailable, ...CHECK_CARDS.keychain_unavailable },
    network_app_missing: { id: 'network_app_missing', ...CHECK_CARD_POLICY.network_app_missing, ...CHECK_CARDS.network_app_missing },
  };
}

/** Every card, by id. */
export const REASON_CATALOG: Readonly<Record<CardId, ReasonCard>> = { ...reasonCards(), ...checkCards() };

/** The card for an id. */
export function cardFor(id: CardId): ReasonCard {
  return REASON_CATALOG[id];
}

/** The card for an id with its copy chosen for one network. */
export function cardForNetwork(id: CardId, provider: ProviderId): NetworkCard {
  const card = REASON_CATALOG[id];
  return {
    id: card.id,
    kind: card.kind,
    reconnectFixes: card.reconnectFixes,
    title: card.title,
    summary: card.summary,
    whatHappened: forNetwork(card.whatHappened, provider),
    whatToDo: forNetwork(card.whatToDo, provider),
    links: forNetwork(card.links, provider),
    prevention: card.prevention,
  };
}
