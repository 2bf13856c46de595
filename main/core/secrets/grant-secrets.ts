/** Typed helpers over any SecretStore for what a grant holds: its TokenSet, and removing all of it. */
import type { GrantId } from '../../../shared/domain/ids';
import type { SecretStore } from './secret-store';
import { decodeTokenSet, encodeTokenSet, type TokenSet } from './token-set.codec';

/** The grant's tokens, or null when none are stored. */
export async function readTokenSet(store: SecretStore, grantId: GrantId): Promise<TokenSet | null> {
  const text = await store.get({ kind: 'grant_tokens', grantId });
  return text === null ? null : decodeTokenSet(text);
}

/** Stores the grant's tokens, replacing access and refresh token in one write. */
export async function writeTokenSet(store: SecretStore, grantId: GrantId, tokens: TokenSet): Promise<void> {
  await store.set({ kind: 'grant_tokens', grantId }, encodeTokenSet(tokens));
}

/** Removes every secret of a grant (tokens and Page tokens); returns how many items went. */
export async function deleteGrantSecrets(store: SecretStore, grantId: GrantId): Promise<number> {
  const keys = await store.listByGrant(grantId);
  let removed = 0;
  for (const key of keys) {
    if (await store.delete(key)) removed += 1;
  }
  return removed;
}
