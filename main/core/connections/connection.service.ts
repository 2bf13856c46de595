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
import type { TokenVault } from '../secrets/token-vault';
import type { AccountsService } from '../accounts/accounts.service';
import type { AccountsRepository } from '../accounts/accounts.repository';
import type { Clock } from '../kernel/clock';

export type ConnectOutcome =
  | { readonly kind: 'connected'; readonly grantId: GrantId; readonly accounts: number; readonly reconnected: boolean }
  | { readonly kind: 'problem'; readonly classification: Classification }
  /** "You signed in as @other; this connection is @brand": nothing was overwritten. */
  | { readonly kind: 'wrong_account'; readonly expected: string; readonly signedInAs: string };

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

export class ConnectionService {
  constructor(private readonly deps: ConnectionDeps) {}

  /** Connects (or reconnects, when `expectGrantId` is given) with tokens the network just issued. */
  async connect(network: GrantNetwork, tokens: TokenSet, expectGrantId?: GrantId): Promise<ConnectOutcome> {
    const { providers, vault, accounts, repo, clock } = this.deps;
    const found = await providers[network].discover({ id: 'pending' as GrantId, tokens, pageTokens: new Map(), accounts: [] });
    if (found.kind === 'problem') return found;
    const grantId = grantIdFor(network, found.identity.id);
    if (expectGrantId && expectGrantId !== grantId) {
      const expected = repo.grant(expectGrantId)?.name ?? expectGrantId;
      return { kind: 'wrong_account', expected, signedInAs: found.identity.name };
    }
    const existed = repo.grant(grantId) !== null;
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
      found.accounts.map((a) => ({
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
    return { kind: 'connected', grantId, accounts: found.accounts.length, reconnected: existed };
  }
}
