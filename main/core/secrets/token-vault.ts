/**
 * A grant's tokens in the SecretStore, cached in memory (a keychain read costs milliseconds, and a sweep reads
 * every grant), with X's rotation made crash-safe: a refreshed pair is written to a "next" slot before it
 * replaces the current one, so a crash part-way through the save loses nothing; the next read promotes it.
 * A sweep starts with `warm()`: one bulk read of the keychain instead of one search per item.
 */
import type { GrantId } from '../../../shared/domain/ids';
import type { NetworkApp, SecretStore } from './secret-store';
import { decodeTokenSet, encodeTokenSet, type TokenSet } from './token-set.codec';
import { SPENT_NEXT, vaultSnapshot } from './vault-snapshot';

/** How long an app secret read stays cached: about one sweep, so a secret changed in Settings applies soon. */
const APP_SECRET_TTL_MS = 60_000;

export class TokenVault {
  private readonly tokens = new Map<GrantId, TokenSet>();
  /** Page id → token, or null when the keychain has none (so a miss is not asked again every sweep). */
  private readonly pages = new Map<GrantId, Map<string, string | null>>();
  private readonly appSecrets = new Map<NetworkApp, { readonly value: string | null; readonly at: number }>();
  /** True once a bulk read listed every item: a Page token it didn't list is known to be absent. */
  private listed = false;

  constructor(
    private readonly store: SecretStore,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Reloads the cache from one bulk read of the store, where the store can (the OS keychain: one search instead
   * of one per item, which grows with the number of items). A grant with a pair waiting in its "next" slot is
   * left uncached, so its next read promotes it. False when the store can't read in bulk.
   */
  async warm(): Promise<boolean> {
    if (!this.store.readAll) return false;
    const snapshot = vaultSnapshot(await this.store.readAll());
    this.tokens.clear();
    for (const [grantId, tokens] of snapshot.tokens) this.tokens.set(grantId, tokens);
    this.pages.clear();
    for (const [grantId, pages] of snapshot.pages) this.pages.set(grantId, new Map(pages));
    const at = this.now();
    this.appSecrets.clear();
    for (const app of ['meta', 'x'] as const) this.appSecrets.set(app, { value: snapshot.appSecrets.get(app) ?? null, at });
    this.listed = true;
    return true;
  }

  /** A network app's secret (the Meta App Secret), read at most once a sweep. */
  async appSecret(app: NetworkApp): Promise<string | null> {
    const cached = this.appSecrets.get(app);
    if (cached && this.now() - cached.at < APP_SECRET_TTL_MS) return cached.value;
    const value = await this.store.get({ kind: 'app_secret', app });
    this.appSecrets.set(app, { value, at: this.now() });
    return value;
  }

  /** Forgets a cached app secret, after the user changed it. */
  forgetAppSecret(app: NetworkApp): void {
    this.appSecrets.delete(app);
  }

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
    if (pending !== null && pending !== SPENT_NEXT) {
      current = decodeTokenSet(pending);
      await this.store.set({ kind: 'grant_tokens', grantId }, encodeTokenSet(current));
      await this.store.set({ kind: 'grant_tokens_next', grantId }, SPENT_NEXT);
    } else {
      const text = await this.store.get({ kind: 'grant_tokens', grantId });
      current = text === null ? null : decodeTokenSet(text);
    }
    if (current) this.tokens.set(grantId, current);
    else this.tokens.delete(grantId);
    return current;
  }

  /**
   * Saves freshly issued tokens: first to the "next" slot (the point of no loss), then as the current pair; the
   * slot is then marked spent rather than deleted. libsecret's bulk read (keytar findCredentials) crashes the
   * process that runs it when another process deletes an item between its search and its read of the secrets
   * ("secret_value_get_text: assertion 'value' failed"), so routine rotation never deletes an item.
   */
  async saveRotated(grantId: GrantId, tokens: TokenSet): Promise<void> {
    const encoded = encodeTokenSet(tokens);
    await this.store.set({ kind: 'grant_tokens_next', grantId }, encoded);
    this.tokens.set(grantId, tokens);
    await this.store.set({ kind: 'grant_tokens', grantId }, encoded);
    await this.store.set({ kind: 'grant_tokens_next', grantId }, SPENT_NEXT);
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
      if (!known.has(pageId)) known.set(pageId, this.listed ? null : await this.store.get({ kind: 'page_token', grantId, pageId }));
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
