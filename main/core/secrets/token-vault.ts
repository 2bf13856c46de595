/**
 * A grant's tokens in the SecretStore, cached in memory (a keychain read costs milliseconds, and a sweep reads
 * every grant), with X's rotation made crash-safe: a refreshed pair is written to a "next" slot before it
 * replaces the current one, so a crash part-way through the save loses nothing; the next read promotes it.
 */
import type { GrantId } from '../../../shared/domain/ids';
import type { SecretStore } from './secret-store';
import { decodeTokenSet, encodeTokenSet, type TokenSet } from './token-set.codec';

export class TokenVault {
  private readonly tokens = new Map<GrantId, TokenSet>();
  /** Page id → token, or null when the keychain has none (so a miss is not asked again every sweep). */
  private readonly pages = new Map<GrantId, Map<string, string | null>>();

  constructor(private readonly store: SecretStore) {}

  /** The grant's current tokens (cached), or null when none are stored. */
  async read(grantId: GrantId): Promise<TokenSet | null> {
    return this.tokens.get(grantId) ?? this.readFresh(grantId);
  }

  /**
   * The tokens as the keychain has them now, promoting a saved-but-unswapped refresh first. Used before a refresh,
   * where a stale copy would send a spent refresh token.
   */
  async readFresh(grantId: GrantId): Promise<TokenSet | null> {
    const pending = await this.store.get({ kind: 'grant_tokens_next', grantId });
    let current: TokenSet | null;
    if (pending !== null) {
      current = decodeTokenSet(pending);
      await this.store.set({ kind: 'grant_tokens', grantId }, encodeTokenSet(current));
      await this.store.delete({ kind: 'grant_tokens_next', grantId });
    } else {
      const text = await this.store.get({ kind: 'grant_tokens', grantId });
      current = text === null ? null : decodeTokenSet(text);
    }
    if (current) this.tokens.set(grantId, current);
    else this.tokens.delete(grantId);
    return current;
  }

  /** Saves freshly issued tokens: first to the "next" slot (the point of no loss), then as the current pair. */
  async saveRotated(grantId: GrantId, tokens: TokenSet): Promise<void> {
    const encoded = encodeTokenSet(tokens);
    await this.store.set({ kind: 'grant_tokens_next', grantId }, encoded);
    this.tokens.set(grantId, tokens);
    await this.store.set({ kind: 'grant_tokens', grantId }, encoded);
    await this.store.delete({ kind: 'grant_tokens_next', grantId });
  }

  /** Saves a grant's tokens (a new connection or a reconnect). */
  async save(grantId: GrantId, tokens: TokenSet): Promise<void> {
    await this.store.set({ kind: 'grant_tokens', grantId }, encodeTokenSet(tokens));
    this.tokens.set(grantId, tokens);
  }

  /** Page tokens by Page id, for the Pages that have one. */
  async pageTokens(grantId: GrantId, pageIds: readonly string[]): Promise<Map<string, string>> {
    let known = this.pages.get(grantId);
    if (!known) {
      known = new Map();
      this.pages.set(grantId, known);
    }
    const out = new Map<string, string>();
    for (const pageId of pageIds) {
      if (!known.has(pageId)) known.set(pageId, await this.store.get({ kind: 'page_token', grantId, pageId }));
      const token = known.get(pageId);
      if (token) out.set(pageId, token);
    }
    return out;
  }

  /** Stores a Page token. */
  async savePageToken(grantId: GrantId, pageId: string, token: string): Promise<void> {
    await this.store.set({ kind: 'page_token', grantId, pageId }, token);
    let known = this.pages.get(grantId);
    if (!known) {
      known = new Map();
      this.pages.set(grantId, known);
    }
    known.set(pageId, token);
  }

  /** Forgets what is cached for a grant (after its secrets were deleted). */
  forget(grantId: GrantId): void {
    this.tokens.delete(grantId);
    this.pages.delete(grantId);
  }
}
