/**
 * The words of each notification. Reasons use their card's title and one-line summary, so a notification never
 * says something the card doesn't; only grouping ("8 Pages and 3 Instagram accounts") and digests add words.
 */
import { PROVIDER_NAMES, loginNetwork, type ProviderId } from '../../../shared/domain/provider-id';
import type { NotificationKind } from '../../../shared/domain/settings';
import { cardFor } from '../../../shared/reasons/catalog';
import { cannotVerifyHeadline, expiringHeadline, formatExpiry } from '../../../shared/reasons/countdown';
import type { Candidate } from './candidate';

export interface NotificationWords {
  readonly title: string;
  readonly body: string;
}

/** "Facebook login for Dana", or "Facebook login" when the person's name is unknown. */
export function loginLabel(provider: ProviderId, grantName: string | null): string {
  const network = PROVIDER_NAMES[loginNetwork(provider)];
  return grantName ? `${network} login for ${grantName}` : `${network} login`;
}

const ACCOUNT_NOUN: Record<ProviderId, [string, string]> = {
  facebook: ['Page', 'Pages'],
  instagram: ['Instagram account', 'Instagram accounts'],
  twitter: ['X account', 'X accounts'],
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "A", "A and B", "A, B and C". */
function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** "8 Pages and 3 Instagram accounts", counting each account once. */
export function describeAccounts(candidates: readonly Candidate[]): string {
  const counts = new Map<ProviderId, Set<string>>();
  for (const c of candidates) counts.set(c.provider, (counts.get(c.provider) ?? new Set()).add(c.accountId));
  const order: ProviderId[] = ['facebook', 'instagram', 'twitter'];
  return joinWords(order.filter((p) => counts.has(p)).map((p) => plural(counts.get(p)?.size ?? 0, ...ACCOUNT_NOUN[p])));
}

/** The card behind a disconnection: its reason's card, or "login no longer accepted" when no reason came with it. */
function disconnectionCard(c: Extract<Candidate, { kind: 'disconnection' }>) {
  return cardFor(c.reason ?? 'invalid_token_other');
}

/** Words for one account. With a client, the title leads with it: "Harbor Coffee: Instagram disconnected". */
export function singleWords(c: Candidate, now: number): NotificationWords {
  if (c.clientName) return clientWords(c, c.clientName, now);
  switch (c.kind) {
    case 'disconnection': {
      const card = disconnectionCard(c);
      return { title: `${c.accountName}: ${card.title}`, body: card.summary };
    }
    case 'expiring': {
      const card = cardFor('token_expiring');
      const headline = c.expiresAt === null ? card.title : expiringHeadline(loginNetwork(c.provider), c.expiresAt, now);
      return { title: `${c.accountName}: ${headline}`, body: card.summary };
    }
    case 'cannot_verify':
      return { title: `${c.accountName}: ${cannotVerifyHeadline(c.since, now)}`, body: cardFor('cannot_verify').summary };
    case 'reconnected':
      return { title: `${c.accountName} is connected again`, body: "Tether's checks pass again. Nothing else to do." };
  }
}

/** Words for one account of a client: the client and the network in the title, the account in the body. */
function clientWords(c: Candidate, client: string, now: number): NotificationWords {
  const network = PROVIDER_NAMES[c.provider];
  switch (c.kind) {
    case 'disconnection': {
      const card = disconnectionCard(c);
      return { title: `${client}: ${network} disconnected`, body: `${c.accountName}: ${card.title}. ${card.summary}` };
    }
    case 'expiring': {
      const card = cardFor('token_expiring');
      const headline = c.expiresAt === null ? `${network} ${card.title.toLowerCase()}` : expiringHeadline(loginNetwork(c.provider), c.expiresAt, now);
      return { title: `${client}: ${headline}`, body: `${c.accountName}. ${card.summary}` };
    }
    case 'cannot_verify':
      return { title: `${client}: ${cannotVerifyHeadline(c.since, now)} (${network})`, body: `${c.accountName}. ${cardFor('cannot_verify').summary}` };
    case 'reconnected':
      return { title: `${client}: ${network} connected again`, body: `${c.accountName}: Tether's checks pass again. Nothing else to do.` };
  }
}

/** " for Harbor Coffee and Bloom Studio" when any account of the group has a client, else "". */
function forClients(group: readonly Candidate[]): string {
  const clients = [...new Set(group.flatMap((c) => (c.clientName ? [c.clientName] : [])))];
  return clients.length > 0 ? ` for ${joinWords(clients)}` : '';
}

/** Words for several accounts of one login hit by the same news (same kind, same reason or threshold). */
export function grantWords(group: readonly Candidate[], now: number): NotificationWords {
  const first = group[0];
  if (!first) throw new Error('grantWords needs at least one candidate');
  const login = loginLabel(first.provider, group.find((c) => c.grantName)?.grantName ?? null);
  const accounts = `${describeAccounts(group)}${forClients(group)}`;
  switch (first.kind) {
    case 'disconnection': {
      const card = disconnectionCard(first);
      return { title: `${login}: ${card.title}`, body: `${accounts} disconnected. ${card.summary}` };
    }
    case 'expiring': {
      const card = cardFor('token_expiring');
      const expiries = group.flatMap((c) => (c.kind === 'expiring' && c.expiresAt !== null ? [c.expiresAt] : []));
      const title = expiries.length > 0 ? `${login} ${formatExpiry(Math.min(...expiries), now)}` : `${login}: ${card.title}`;
      return { title, body: `${accounts}. ${card.summary}` };
    }
    case 'cannot_verify': {
      const since = Math.min(...group.map((c) => (c.kind === 'cannot_verify' ? c.since : now)));
      return { title: `${login}: ${cannotVerifyHeadline(since, now)}`, body: `${accounts}. ${cardFor('cannot_verify').summary}` };
    }
    case 'reconnected':
      return { title: `${login} is connected again`, body: `${accounts} are back.` };
  }
}

/** Most pressing first: the order of a digest's headline and of notifications in a batch. */
export const KIND_PRIORITY: readonly NotificationKind[] = ['disconnection', 'cannot_verify', 'expiring', 'reconnected'];

const DIGEST_TITLE: Record<NotificationKind, (n: number) => string> = {
  disconnection: (n) => `${plural(n, 'account', 'accounts')} need${n === 1 ? 's' : ''} you`,
  cannot_verify: (n) => `Can't verify ${plural(n, 'account', 'accounts')}`,
  expiring: (n) => `${plural(n, 'account', 'accounts')} expiring soon`,
  reconnected: (n) => `${plural(n, 'account', 'accounts')} connected again`,
};

const DIGEST_ALSO: Record<NotificationKind, (n: number) => string> = {
  disconnection: (n) => `${n} need${n === 1 ? 's' : ''} you`,
  cannot_verify: (n) => `${n} can't be verified`,
  expiring: (n) => `${n} expiring soon`,
  reconnected: (n) => `${n} connected again`,
};

/** An account's name in a digest, with its client when it has one: "harborcoffee (Harbor Coffee)". */
function digestName(c: Candidate): string {
  return c.clientName ? `${c.accountName} (${c.clientName})` : c.accountName;
}

/** How many names a digest lists before "and N more". */
export const DIGEST_NAMES = 4;

/**
 * Words for a digest of many accounts: the most pressing kind in the title with its account names, the other
 * kinds as counts. `afterQuietHours` says the news waited for quiet hours to end.
 */
export function digestWords(candidates: readonly Candidate[], afterQuietHours: boolean): NotificationWords {
  const byKind = new Map<NotificationKind, Map<string, string>>();
  for (const c of candidates) byKind.set(c.kind, (byKind.get(c.kind) ?? new Map<string, string>()).set(c.accountId, digestName(c)));
  const kinds = KIND_PRIORITY.filter((k) => byKind.has(k));
  const [headline, ...others] = kinds;
  if (!headline) throw new Error('digestWords needs at least one candidate');
  const names = [...(byKind.get(headline)?.values() ?? [])];
  const shown = names.length > DIGEST_NAMES ? [...names.slice(0, DIGEST_NAMES), `${names.length - DIGEST_NAMES} more`] : names;
  const also = others.map((k) => DIGEST_ALSO[k](byKind.get(k)?.size ?? 0));
  const body = [`${afterQuietHours ? 'During quiet hours: ' : ''}${joinWords(shown)}.`, also.length > 0 ? `Also ${joinWords(also)}.` : ''];
  return { title: DIGEST_TITLE[headline](names.length), body: body.filter(Boolean).join(' ') };
}
