/**
 * Disconnecting a login on the user's request: revoke it at the network where it can be, delete its secrets from
 * the keychain, remove its accounts from the list, and keep its history with a `disconnected_by_user` event.
 * A network that can't be reached doesn't keep the login here: the user asked for it to go.
 */
import type { GrantId } from '../../../shared/domain/ids';
import type { HistoryEventInput } from '../../../shared/domain/history-event';
import type { DisconnectResult } from '../../../shared/domain/sign-in';
import type { AccountsService } from '../accounts/accounts.service';
import type { AccountsRepository } from '../accounts/accounts.repository';
import type { Clock } from '../kernel/clock';
import { RequestError } from '../kernel/request-error';
import type { ProviderRegistry } from '../providers/registry';
import { deleteGrantSecrets } from '../secrets/grant-secrets';
import type { SecretStore } from '../secrets/secret-store';
import type { TokenVault } from '../secrets/token-vault';

export interface DisconnectDeps {
  readonly clock: Clock;
  readonly providers: ProviderRegistry;
  readonly vault: TokenVault;
  readonly secrets: SecretStore;
  readonly accounts: AccountsService;
  readonly repo: AccountsRepository;
  recordMany(events: readonly HistoryEventInput[]): unknown;
}

/** Disconnects one login and every account under it. */
export async function disconnectGrant(deps: DisconnectDeps, grantId: GrantId): Promise<DisconnectResult> {
  const grant = deps.repo.grant(grantId);
  if (!grant) throw new RequestError('not_found', 'This login is not connected (any more).');
  if (grant.provider !== 'facebook' && grant.provider !== 'twitter')
    throw new RequestError('invalid_request', `Logins of ${grant.provider} can't be disconnected here.`);
  const tokens = await deps.vault.readFresh(grantId).catch(() => null);
  const revoke = tokens
    ? await deps.providers[grant.provider].revoke(tokens)
    : { kind: 'not_revoked' as const, detail: 'Tether had no tokens left for this login.' };
  // The keychain first: if it refuses, nothing else changes and the user sees why.
  try {
    await deleteGrantSecrets(deps.secrets, grantId);
  } catch (error) {
    throw new RequestError('unavailable', `The keychain could not delete this login's tokens: ${error instanceof Error ? error.message : String(error)}`);
  }
  deps.vault.forget(grantId);
  // Recorded while the grant row still exists, so history can register the grant if it never had an event.
  deps.recordMany([{ kind: 'disconnected_by_user', at: deps.clock.now(), grantId }]);
  const accounts = deps.accounts.removeGrant(grantId);
  return { revokedAtNetwork: revoke.kind === 'revoked', detail: revoke.detail ?? null, accounts };
}
