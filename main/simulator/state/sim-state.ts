/**
 * The simulator's mutable state: grants, tokens, codes and active scenarios. The world file itself never
 * changes; `createState()` is what `reset()` goes back to.
 */
import type { ScenarioId } from '../scenarios/scenario-catalogue';

/** One person's authorization of the Meta app: what they granted, declined, and which Pages they picked. */
export interface FacebookGrant {
  readonly userId: string;
  readonly granted: ReadonlySet<string>;
  readonly declined: ReadonlySet<string>;
  /** The Pages picked in the dialog's Page picker; null = every Page the person has a role on. */
  readonly pageIds: ReadonlySet<string> | null;
  /**
   * Per granted permission, the Pages picked in the last consent that granted it (null = every Page). Consents add
   * up per permission: one that doesn't ask for a permission leaves its earlier pick (the v25.0 probe's stale
   * pages_manage_metadata list, teodorlilov/kontuur-app docs/META-FB-PROBE.md).
   */
  readonly pagesByPermission: ReadonlyMap<string, ReadonlySet<string> | null>;
  /** Grants made after a scenario was applied are not touched by it (see ActiveScenario.serial). */
  readonly serial: number;
}

export interface FacebookUserToken {
  readonly kind: 'user';
  readonly value: string;
  readonly userId: string;
  readonly serial: number;
  readonly issuedAt: number;
  /** Epoch ms; null = never expires (a system-user token). */
  readonly expiresAt: number | null;
  /** Epoch ms; null for a system-user token (no person's data-access window). */
  readonly dataAccessExpiresAt: number | null;
  readonly longLived: boolean;
  /**
   * Issued to a business's system user through a Login for Business configuration (debug_token `type: SYSTEM_USER`).
   * Simplified: it acts with the Pages of the person who signed in, and /me answers as that person; a real business
   * integration system-user token answers as the system user (UNVERIFIED which name and id it shows).
   */
  readonly systemUser: boolean;
}

export interface FacebookPageToken {
  readonly kind: 'page';
  readonly value: string;
  readonly userId: string;
  readonly pageId: string;
  /** The serial of the user token it came from: a password change kills both. */
  readonly serial: number;
  readonly issuedAt: number;
  /** null = never expires (a Page token fetched with a long-lived user token). */
  readonly expiresAt: number | null;
}

export type FacebookToken = FacebookUserToken | FacebookPageToken;

export interface FacebookAuthCode {
  readonly value: string;
  readonly userId: string;
  readonly redirectUri: string;
  /** The Login for Business configuration of the dialog, which decides the token type; null for the classic dialog. */
  readonly configId: string | null;
  readonly expiresAt: number;
  used: boolean;
}

export interface XAccessToken {
  readonly value: string;
  readonly xUserId: string;
  /** Tokens from one authorization and its refreshes share a grant id (revoking a refresh token ends the grant). */
  readonly grantId: number;
  readonly scopes: readonly string[];
  readonly serial: number;
  readonly issuedAt: number;
  readonly expiresAt: number;
  revoked: boolean;
}

export interface XRefreshToken {
  readonly value: string;
  readonly xUserId: string;
  readonly grantId: number;
  readonly scopes: readonly string[];
  readonly serial: number;
  readonly issuedAt: number;
  readonly expiresAt: number;
  /** Rotated away: X refresh tokens are single-use. */
  used: boolean;
  revoked: boolean;
}

export interface XAuthCode {
  readonly value: string;
  readonly xUserId: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scopes: readonly string[];
  readonly challenge: string;
  readonly method: 'S256' | 'plain';
  readonly expiresAt: number;
  used: boolean;
}

/** A scenario in force on one target. */
export interface ActiveScenario {
  readonly scenario: ScenarioId;
  readonly target: string;
  /** Tokens and grants with a serial up to this one were issued before the scenario; later ones are "after a reconnect". */
  readonly serial: number;
  /** Simulated epoch ms at which it was applied. */
  readonly appliedAt: number;
  readonly options: { readonly permission?: string };
}

export interface SimState {
  /** A counter that orders every token, grant and scenario; see ActiveScenario.serial. */
  serial: number;
  grants: Map<string, FacebookGrant>;
  /** DELETE /me/permissions: the serial at which the person removed the app. */
  appRemovedAt: Map<string, number>;
  fbTokens: Map<string, FacebookToken>;
  /** `${userToken} ${pageId}` → the Page token handed out for that pair (Graph returns a stable one). */
  pageTokenByParent: Map<string, string>;
  fbCodes: Map<string, FacebookAuthCode>;
  xAccess: Map<string, XAccessToken>;
  xRefresh: Map<string, XRefreshToken>;
  xCodes: Map<string, XAuthCode>;
  scenarios: Map<string, ActiveScenario>;
}

/** A state with no grants, tokens or scenarios. */
export function createState(): SimState {
  return {
    serial: 0,
    grants: new Map(),
    appRemovedAt: new Map(),
    fbTokens: new Map(),
    pageTokenByParent: new Map(),
    fbCodes: new Map(),
    xAccess: new Map(),
    xRefresh: new Map(),
    xCodes: new Map(),
    scenarios: new Map(),
  };
}

/** The next serial number. */
export function nextSerial(state: SimState): number {
  state.serial += 1;
  return state.serial;
}

/** The key of a scenario in `SimState.scenarios`. */
export function scenarioKey(scenario: ScenarioId, target: string): string {
  return `${scenario}:${target}`;
}
