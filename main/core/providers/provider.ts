/**
 * The one interface every network implements (style.md §8.4): discover a grant's accounts, validate a grant and
 * all its accounts in as few requests as possible, refresh tokens where the network allows, report expiries.
 * Expected API failures are returned as classifications, never thrown.
 */
import type { AccountId, GrantId } from '../../../shared/domain/ids';
import type { ProviderId } from '../../../shared/domain/provider-id';
import type { SignInMode } from '../../../shared/domain/sign-in';
import type { AccountVerdict } from '../accounts/status-machine';
import type { Clock } from '../kernel/clock';
import type { Classification } from '../reasons/classification';
import type { TokenSet } from '../secrets/token-set.codec';
import type { RateLimitGovernor } from './rate-limit-governor';
import type { FetchFn } from './http/provider-http';
import type { NetworkEndpoints } from './network-endpoints';
import type { XDeferCause } from './twitter/x-quota';

/** An account Tether already tracks under a grant. */
export interface KnownAccount {
  readonly id: AccountId;
  readonly provider: ProviderId;
  readonly networkAccountId: string;
  /** For an Instagram account: the Page it is linked through. */
  readonly parentNetworkId: string | null;
}

/** An account found on the network under a grant. */
export interface DiscoveredAccount {
  readonly provider: ProviderId;
  readonly networkAccountId: string;
  readonly name: string;
  readonly handle: string | null;
  readonly parentNetworkId: string | null;
  /** Facebook Page tasks (MANAGE, CREATE_CONTENT, …) when the network lists them; for the picker's role check. */
  readonly tasks?: readonly string[];
  /**
   * A Facebook Page (and its Instagram account) the person's own Page list leaves out, reached through a Business
   * portfolio: the portfolio's name, or null when only the login's grant named the Page. Absent for listed Pages.
   */
  readonly viaPortfolio?: string | null;
}

export interface GrantInput {
  readonly id: GrantId;
  readonly tokens: TokenSet;
  /** Page tokens by Page id (Facebook). */
  readonly pageTokens: ReadonlyMap<string, string>;
  readonly accounts: readonly KnownAccount[];
}

/** What the network says about the grant's lifetimes. null = unknown; 'never' = it honestly never expires. */
export interface GrantExpiries {
  readonly access: number | 'never' | null;
  readonly refresh: number | 'never' | null;
  readonly dataAccess: number | null;
}

export interface PermissionState {
  readonly granted: readonly string[];
  readonly declined: readonly string[];
  /** Required scopes not granted (declined, revoked or never asked). */
  readonly missing: readonly string[];
}

/**
 * `ok` with `expired`: the login itself expired (the user token), while its accounts still answer through
 * their own tokens (Facebook Page tokens from a long-lived login never expire). A grant-level notice, not a
 * failure of every account.
 */
export type GrantVerdict = { readonly kind: 'ok'; readonly expired?: Classification } | { readonly kind: 'problem'; readonly classification: Classification };

export interface ValidationReport {
  /** A grant-level failure moves every account of the grant with one reason. */
  readonly grant: GrantVerdict;
  /** One verdict per known account (by network account id); absent when the grant failed. */
  readonly accounts: ReadonlyMap<string, AccountVerdict>;
  readonly expiries: GrantExpiries;
  readonly permissions: PermissionState | null;
  /** HTTP requests this validation sent. */
  readonly requests: number;
  /** Accounts the network lists under the grant that Tether doesn't track yet (offered to the user). */
  readonly newAccounts?: readonly DiscoveredAccount[];
  /**
   * Present when the check was not made, or its answer says nothing about the accounts: the network app is out of
   * credits or over a cap, or the plan's daily reads are spent. The accounts keep their status; try again `until`.
   */
  readonly deferred?: { readonly until: number; readonly cause: XDeferCause };
}

/** How a check was asked for. */
export interface ValidateContext {
  /** "Check now": it may spend reads a plan keeps in reserve, and probe a pause. */
  readonly manual: boolean;
}

/** Who authorized a grant, on the network. */
export interface NetworkIdentity {
  readonly id: string;
  readonly name: string;
}

export type DiscoveryOutcome =
  | {
      readonly kind: 'ok';
      readonly identity: NetworkIdentity;
      readonly accounts: readonly DiscoveredAccount[];
      readonly pageTokens: ReadonlyMap<string, string>;
    }
  | { readonly kind: 'problem'; readonly classification: Classification };

/**
 * `failed` with `deferred` when the network refused for a reason of the app or the plan (X out of credits): the
 * refresh says nothing about the grant, and is tried again `until`.
 */
export type RefreshOutcome =
  | { readonly kind: 'refreshed'; readonly tokens: TokenSet }
  | { readonly kind: 'failed'; readonly classification: Classification; readonly deferred?: { readonly until: number; readonly cause: XDeferCause } };

/** Everything a provider needs from outside, injected so it runs unchanged against the simulator and the network. */
export interface ProviderDeps {
  readonly fetch: FetchFn;
  readonly clock: Clock;
  readonly governor: RateLimitGovernor;
  readonly endpoints: NetworkEndpoints;
  /** The user's own network apps; the Meta App Secret is read from the keychain only when needed. */
  readonly apps: NetworkApps;
  readonly timeoutMs?: number;
}

export interface NetworkApps {
  readonly metaAppId: string | null;
  /** The Facebook Login for Business configuration the login asks for, when the app has that product (absent: none). */
  readonly metaConfigId?: string | null;
  metaAppSecret(): Promise<string | null>;
  readonly xClientId: string | null;
}

/** What the authorize URL is built from. */
export interface AuthorizeRequest {
  readonly redirectUri: string;
  readonly state: string;
  /** The S256 PKCE challenge, for providers that use PKCE. */
  readonly codeChallenge: string | null;
  readonly mode: SignInMode;
}

export type AuthorizeResult = { readonly kind: 'url'; readonly url: string } | { readonly kind: 'not_set_up'; readonly detail: string };

export interface ExchangeContext {
  readonly redirectUri: string;
  readonly codeVerifier: string | null;
}

/** Why an exchange gave no tokens (each is its own outcome in the UI). */
export type ExchangeFailure = 'code_rejected' | 'bad_app_credentials' | 'not_set_up' | 'network_error' | 'refused' | 'failed';

/** How long a new login lasts, as the network's answer says (see SignInOutcome `lifetime`). */
export type LoginLifetime = 'short' | 'long' | 'never';

export type ExchangeOutcome =
  | { readonly kind: 'tokens'; readonly tokens: TokenSet; readonly lifetime: LoginLifetime }
  | { readonly kind: 'failed'; readonly failure: ExchangeFailure; readonly detail: string };

/** `revoked` with a `detail` when the login ended but something is worth saying (a token that lives out its hours). */
export type RevokeOutcome = { readonly kind: 'revoked'; readonly detail?: string } | { readonly kind: 'not_revoked'; readonly detail: string };

export interface SocialProvider {
  /** The network a grant of this provider belongs to. */
  readonly network: ProviderId;
  readonly displayName: string;
  /** Scopes Tether needs for what it does (publishing included). */
  readonly requiredScopes: readonly string[];
  /** The accounts of a grant as the network lists them now. */
  discover(grant: GrantInput): Promise<DiscoveryOutcome>;
  /** Checks the grant and every account under it. */
  validate(grant: GrantInput, context?: ValidateContext): Promise<ValidationReport>;
  /** Gets fresh tokens where the network allows it; absent where it doesn't. */
  refresh?(tokens: TokenSet): Promise<RefreshOutcome>;
  /** True when the access token should be refreshed before it is used. */
  needsRefresh?(tokens: TokenSet, now: number): boolean;
  /** Whether the sign-in uses PKCE (the flow then makes a verifier and sends its challenge). */
  readonly usesPkce: boolean;
  /** The network's authorize URL for the user's own app, or why it can't be built yet. */
  authorize(request: AuthorizeRequest): Promise<AuthorizeResult>;
  /** Turns the redirect's parameters (query and fragment) into tokens. */
  exchange(params: URLSearchParams, context: ExchangeContext): Promise<ExchangeOutcome>;
  /** Ends the grant at the network, where it allows it. */
  revoke(tokens: TokenSet): Promise<RevokeOutcome>;
}
