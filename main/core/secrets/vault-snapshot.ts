/**
 * Sorts one bulk read of the keychain into what the token vault caches: each grant's current tokens (unless a
 * refreshed pair waits in its "next" slot, which the vault must promote through a real read), its Page tokens,
 * and the app secrets.
 */
import type { GrantId } from '../../../shared/domain/ids';
import type { NetworkApp, SecretKey } from './secret-store';
import { decodeTokenSet, type TokenSet } from './token-set.codec';

/** What the "next" slot holds once its pair has replaced the current one (see token-vault.ts). */
export const SPENT_NEXT = 'spent';

export interface VaultSnapshot {
  readonly tokens: ReadonlyMap<GrantId, TokenSet>;
  readonly pages: ReadonlyMap<GrantId, ReadonlyMap<string, string>>;
  readonly appSecrets: ReadonlyMap<NetworkApp, string>;
}

/** Sorts the items; a grant whose tokens can't be decoded is left out, so its own read reports the problem. */
export function vaultSnapshot(items: ReadonlyArray<{ readonly key: SecretKey; readonly value: string }>): VaultSnapshot {
  const current = new Map<GrantId, string>();
  const pending = new Set<GrantId>();
  const pages = new Map<GrantId, Map<string, string>>();
  const appSecrets = new Map<NetworkApp, string>();
  for (const { key, value } of items) {
    switch (key.kind) {
      case 'grant_tokens':
        current.set(key.grantId, value);
        break;
      case 'grant_tokens_next':
        if (value !== SPENT_NEXT) pending.add(key.grantId);
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
      case 'alert_webhook':
        // Not the vault's: the team alerts read it themselves.
        break;
    }
  }
  const tokens = new Map<GrantId, TokenSet>();
  for (const [grantId, text] of current) {
    if (pending.has(grantId)) continue;
    try {
      tokens.set(grantId, decodeTokenSet(text));
    } catch {
      // left to readFresh, which raises the typed "unreadable" error for this grant alone
    }
  }
  return { tokens, pages, appSecrets };
}
