/**
 * A grant's tokens in the sealed store, cached in memory for a sweep. A sweep starts with `warm()`: one query
 * reads every sealed secret. X's rotation is crash-safe by the database alone: a refreshed pair replaces the old
 * one in a single row write, committed before the new access token is used.
 */
import type { GrantId } from '../../../shared/domain/ids';
import type { NetworkApp, SecretStore } from './secret-store';
import { decodeTokenSet, encodeTokenSet, type TokenSet } from './token-set.codec';
import { vaultSnapshot } from './vault-snapshot';

/** How long an app secret read stays cached: about one sweep, so a secret changed in Settings applies soon. */
const APP_SECRET_TTL_MS = 60_000;

export class TokenVault {
  private readonly tokens = new Map<GrantId, TokenSet>();
  /** Page id → token, or null when the store has none (so a miss is not asked again every sweep). */
  private readonly pages = new Map<GrantId, Map<string, string | null>>();
  private readonly appSecrets = new Map<NetworkApp, { readonly value: string | null; readonly at: number }>();
  /** True once a full read listed every item: a Page token it didn't list is known to be absent. */
  private listed = false;
  /** Grants the full read could not vouch for (a value it could not read): always read one by one. */
  private unlisted: ReadonlySet<GrantId> = new Set();

  constructor(
    private readonly store: SecretStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** Reloads the cache from one read of every secret. False when the store can't read everything at once. */
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
    this.unlisted = snapshot.unlisted;
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
   * The tokens as stored now, bypassing the cache. Used before a refresh, where a copy another process has since
   * rotated would send a spent refresh token.
   */
  async readFresh(grantId: GrantId): Promise<TokenSet | null> {
    const text = await this.store.get({ kind: 'grant_tokens', grantId });
    const current = text === null ? null : decodeTokenSet(text);
    if (current) this.tokens.set(grantId, current);
    else this.tokens.delete(grantId);
    return current;
  }

  /** Saves freshly rotated tokens: one write replaces access and refresh token together, before either is used. */
  async saveRotated(grantId: GrantId, tokens: TokenSet): Promise<void> {
    await this.save(grantId, tokens);
  }

  /** Saves a grant's tokens (a new connection, a reconnect or a refresh). */
  async save(grantId: GrantId, tokens: TokenSet): Promise<void> {
    await this.store.set({ kind: 'grant_tokens', grantId }, encodeTokenSet(tokens));
    this.tokens.set(grantId, tokens);
  }

  /** Page tokens by Page id, for the Pages that have one. */
  async pageTokens(grantId: GrantId, pageIds: readonly string[]): Promise<Map<string, string>> {
    const known = this.knownPages(grantId);
    const vouched = this.listed && !this.unlisted.has(grantId);
    const out = new Map<string, string>();
    for (const pageId of pageIds) {
      if (!known.has(pageId)) known.set(pageId, vouched ? null : await this.store.get({ kind: 'page_token', grantId, pageId }));
      const token = known.get(pageId);
      if (token) out.set(pageId, token);
    }
    return out;
  }

  /** Stores a Page token. */
  async savePageToken(grantId: GrantId, pageId: string, token: string): Promise<void> {
    await this.store.set({ kind: 'page_token', grantId, pageId }, token);
    this.knownPages(grantId).set(pageId, token);
  }

  /** Forgets what is cached for a grant (after its secrets were deleted). */
  forget(grantId: GrantId): void {
    this.tokens.delete(grantId);
    this.pages.delete(grantId);
  }

  private knownPages(grantId: GrantId): Map<string, string | null> {
    let known = this.pages.get(grantId);
    if (!known) {
      known = new Map();
      this.pages.set(grantId, known);
    }
    return known;
  }
}
