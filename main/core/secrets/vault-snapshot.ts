/**
 * Sorts one read of every sealed secret into what the token vault caches: each grant's tokens, its Page tokens,
 * and the app secrets; and the grants it must not answer for from the cache (a value it could not read or decode),
 * so their own reads raise the typed error for that grant alone.
 */
import type { GrantId } from '../../../shared/domain/ids';
import { grantOf } from './secret-keys';
import type { NetworkApp, SecretListing } from './secret-store';
import { decodeTokenSet, type TokenSet } from './token-set.codec';

export interface VaultSnapshot {
  readonly tokens: ReadonlyMap<GrantId, TokenSet>;
  readonly pages: ReadonlyMap<GrantId, ReadonlyMap<string, string>>;
  readonly appSecrets: ReadonlyMap<NetworkApp, string>;
  /** Grants with a value that could not be read: left out of the cache entirely. */
  readonly unlisted: ReadonlySet<GrantId>;
}

/** Sorts a listing; a grant with anything unreadable or undecodable is left out, tokens and Pages alike. */
export function vaultSnapshot(listing: SecretListing): VaultSnapshot {
  const tokens = new Map<GrantId, TokenSet>();
  const pages = new Map<GrantId, Map<string, string>>();
  const appSecrets = new Map<NetworkApp, string>();
  const unlisted = new Set<GrantId>();
  for (const key of listing.unreadable) {
    const grantId = grantOf(key);
    if (grantId !== null) unlisted.add(grantId);
  }
  for (const { key, value } of listing.items) {
    switch (key.kind) {
      case 'grant_tokens':
        try {
          tokens.set(key.grantId, decodeTokenSet(value));
        } catch {
          unlisted.add(key.grantId); // left to read(), which raises the typed "unreadable" error for this grant
        }
        break;
      case 'page_token': {
        const known = pages.get(key.grantId) ?? new Map<string, string>();
        known.set(key.pageId, value);
        pages.set(key.grantId, known);
        break;
      }
      case 'app_secret':
        appSecrets.set(key.app, value);
        break;
      case 'grant_tokens_next':
      case 'data_key':
      case 'alert_webhook':
        // Not the vault's: the team alerts read it themselves.
        break;
    }
  }
  for (const grantId of unlisted) {
    tokens.delete(grantId);
    pages.delete(grantId);
  }
  return { tokens, pages, appSecrets, unlisted };
}
