/**
 * Turns fresh tokens from a network's login into a connection: finds who signed in and what they manage,
 * keeps the tokens in the keychain first, then records the grant and its accounts and checks them at once.
 * A reconnect is bound to its grant: a different person signing in changes nothing.
 */
import type { AccountId, GrantId } from '../../../shared/domain/ids';
import type { HistoryEventInput } from '../../../shared/domain/history-event';
import type { Classification } from '../reasons/classification';
import type { TokenSet } from '../secrets/token-set.codec';
import type { GrantNetwork, ProviderRegistry } from '../providers/registry';
import type { DiscoveredAccount, DiscoveryOutcome } from '../providers/provider';
import type { TokenVault } from '../secrets/token-vault';
import type { AccountsService } from '../accounts/accounts.service';
import type { AccountsRepository } from '../accounts/accounts.repository';
import type { Clock } from '../kernel/clock';

export type ConnectOutcome =
  | {
      readonly kind: 'connected';
      readonly grantId: GrantId;
      readonly accounts: number;
      readonly reconnected: boolean;
      /** On a reconnect: names of the grant's accounts the network no longer lists (a Page left out in the dialog). */
      readonly leftOut: readonly string[];
    }
  | { readonly kind: 'problem'; readonly classification: Classification }
  /** "You signed in as @other; this connection is @brand": nothing was overwritten. */
  | { readonly kind: 'wrong_account'; readonly expected: string; readonly signedInAs: string };

export type Discovered = Extract<DiscoveryOutcome, { kind: 'ok' }>;

export interface SaveOptions {
  /** Reconnect this grant: refuse another person, and restore the accounts it already had. */
  readonly expectGrantId?: GrantId;
  /** Only these accounts (`provider:networkId` keys), from the picker. Absent: every account found. */
  readonly chosen?: ReadonlySet<string>;
}

export interface ConnectionDeps {
  readonly clock: Clock;
  readonly providers: ProviderRegistry;
  readonly vault: TokenVault;
  readonly accounts: AccountsService;
  readonly repo: AccountsRepository;
  recordMany(events: readonly HistoryEventInput[]): unknown;
  /** Checks the grant right away, so statuses reflect the new login. */
  checkGrant(grantId: GrantId): Promise<unknown>;
}

/** The grant id of a person on a network: stable, so a reconnect lands on the same grant. */
export function grantIdFor(network: GrantNetwork, networkUserId: string): GrantId {
  return `${network}:${networkUserId}` as GrantId;
}

/** The account id of something a grant manages. */
export function accountIdFor(grantId: GrantId, provider: string, networkAccountId: string): AccountId {
  return `${grantId}/${provider}:${networkAccountId}` as AccountId;
}

/** The picker's key of a discovered account. */
export function candidateKey(account: Pick<DiscoveredAccount, 'provider' | 'networkAccountId'>): string {
  return `${account.provider}:${account.networkAccountId}`;
}

export class ConnectionService {
  constructor(private readonly deps: ConnectionDeps) {}

  /** Who signed in and what they manage, without saving anything. */
  discover(network: GrantNetwork, tokens: TokenSet): Promise<DiscoveryOutcome> {
    return this.deps.providers[network].discover({ id: 'pending' as GrantId, tokens, pageTokens: new Map(), accounts: [] });
  }

  /** True when this person's login is already connected. */
  hasGrant(network: GrantNetwork, networkUserId: string): boolean {
    return this.deps.repo.grant(grantIdFor(network, networkUserId)) !== null;
  }

  /** Keys of the accounts already tracked under a person's login. */
  knownKeys(network: GrantNetwork, networkUserId: string): Set<string> {
    return new Set(this.deps.repo.accountsOfGrant(grantIdFor(network, networkUserId)).map((a) => candidateKey(a)));
  }

  /** Connects (or reconnects, when `expectGrantId` is given) with tokens the network just issued. */
  async connect(network: GrantNetwork, tokens: TokenSet, expectGrantId?: GrantId): Promise<ConnectOutcome> {
    const found = await this.discover(network, tokens);
    if (found.kind === 'problem') return found;
    return this.save(network, tokens, found, expectGrantId ? { expectGrantId } : {});
  }

  /** Saves a discovered login: tokens into the keychain first, then the grant, its accounts and the history. */
  async save(network: GrantNetwork, tokens: TokenSet, found: Discovered, options: SaveOptions = {}): Promise<ConnectOutcome> {
    const { vault, accounts, repo, clock } = this.deps;
    const grantId = grantIdFor(network, found.identity.id);
    const { expectGrantId } = options;
    if (expectGrantId && expectGrantId !== grantId) {
      const expected = repo.grant(expectGrantId)?.name ?? expectGrantId;
      return { kind: 'wrong_account', expected, signedInAs: found.identity.name };
    }
    const existed = repo.grant(grantId) !== null;
    const known = repo.accountsOfGrant(grantId);
    const knownKeys = new Set(known.map((a) => candidateKey(a)));
    const foundKeys = new Set(found.accounts.map((a) => candidateKey(a)));
    // A reconnect restores what the grant had; the picker adds what the person chose; a plain connect adds all.
    const keep = (a: DiscoveredAccount): boolean =>
      options.chosen ? options.chosen.has(candidateKey(a)) : expectGrantId && known.length > 0 ? knownKeys.has(candidateKey(a)) : true;
    const adding = found.accounts.filter(keep);
    const leftOut = expectGrantId ? known.filter((a) => !foundKeys.has(candidateKey(a))).map((a) => a.name) : [];
    // Tokens first: a grant in the database always has its tokens in the keychain.
    await vault.save(grantId, tokens);
    for (const [pageId, token] of found.pageTokens) await vault.savePageToken(grantId, pageId, token);
    accounts.addGrant(
      {
        id: grantId,
        provider: network,
        networkUserId: found.identity.id,
        name: found.identity.name,
        scopes: tokens.scopes,
        accessExpiresAt: tokens.accessExpiresAt,
        refreshExpiresAt: tokens.refreshExpiresAt,
        dataAccessExpiresAt: tokens.dataAccessExpiresAt,
      },
      adding.map((a) => ({
        id: accountIdFor(grantId, a.provider, a.networkAccountId),
        grantId,
        provider: a.provider,
        networkAccountId: a.networkAccountId,
        name: a.name,
        handle: a.handle,
        expiresAt: tokens.accessExpiresAt,
        parentNetworkId: a.parentNetworkId,
      })),
    );
    if (existed) this.deps.recordMany([{ kind: 'reconnected', at: clock.now(), grantId }]);
    await this.deps.checkGrant(grantId);
    return { kind: 'connected', grantId, accounts: repo.accountsOfGrant(grantId).length, reconnected: existed, leftOut };
  }
}
