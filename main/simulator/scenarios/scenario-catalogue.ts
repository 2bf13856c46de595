/**
 * Every failure the simulator can trigger, as data: the demo's Scenarios panel renders this list and tests
 * iterate it. Effects are implemented in state/effective-world.ts, graph/graph-auth.ts and x/x-auth.ts.
 * Only what Graph shows under Facebook Login is here: a Page's country/age limits and an Instagram Creator
 * switch have no field or error an admin's token can see (Meta's SDK has no Page `restrictions` and no IG
 * User `account_type`), and neither stops publishing, so they are not scenarios.
 */
import type { ReasonId } from '../../../shared/domain/reason-id';

export const SCENARIO_IDS = [
  'password_changed',
  'app_removed',
  'checkpoint',
  'token_expired',
  'unconfirmed_account',
  'permission_declined',
  'page_role_removed',
  'page_role_lowered',
  'page_deselected',
  'page_unpublished',
  'two_factor_required',
  'instagram_personal',
  'instagram_unlinked',
  'x_account_locked',
  'x_account_suspended',
  'x_app_access_revoked',
  'x_access_token_expired',
  'x_refresh_token_reused',
  'x_refresh_token_expired',
] as const;

export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** What a scenario is applied to. */
export type TargetKind = 'facebook_user' | 'facebook_page' | 'instagram_account' | 'x_account';

/** One entry of the catalogue. */
export interface ScenarioDefinition {
  readonly id: ScenarioId;
  readonly network: 'facebook' | 'instagram' | 'x';
  readonly targetKind: TargetKind;
  /** Short label for a button. */
  readonly label: string;
  /** One or two sentences: what happened on the network. */
  readonly description: string;
  /** What the wire shows, for people reading the demo and tests. */
  readonly signal: string;
  /** The reason Tether is expected to report. */
  readonly expectedReason: ReasonId;
  /** True when logging in again (after the scenario is applied) is enough to recover, as on the real network. */
  readonly fixedByReconnect: boolean;
  /** Name of the option the scenario takes, if any (`permission` for permission_declined). */
  readonly option?: { readonly name: 'permission'; readonly default: string; readonly label: string };
}

const def = (d: ScenarioDefinition): ScenarioDefinition => d;

export const SCENARIOS: readonly ScenarioDefinition[] = [
  def({
    id: 'password_changed',
    network: 'facebook',
    targetKind: 'facebook_user',
    label: 'Password changed',
    description:
      'The person changed their Facebook password (or Facebook reset the session for security). Every token issued before, Page tokens included, stops working.',
    signal: 'Graph 190/460 on user and Page tokens issued before',
    expectedReason: 'password_changed',
    fixedByReconnect: true,
  }),
  def({
    id: 'app_removed',
    network: 'facebook',
    targetKind: 'facebook_user',
    label: 'App removed',
    description: 'The person removed the app from their Facebook settings (Business Integrations). Same as DELETE /me/permissions.',
    signal: 'Graph 190/458; debug_token is_valid false',
    expectedReason: 'access_revoked',
    fixedByReconnect: true,
  }),
  def({
    id: 'checkpoint',
    network: 'facebook',
    targetKind: 'facebook_user',
    label: 'Security checkpoint',
    description: 'Facebook holds the account at a security checkpoint until the person logs in on facebook.com. Logging in to the app is blocked too.',
    signal: 'Graph 190/459 on every token; the login dialog refuses',
    expectedReason: 'security_checkpoint',
    fixedByReconnect: false,
  }),
  def({
    id: 'token_expired',
    network: 'facebook',
    targetKind: 'facebook_user',
    label: 'Login expired',
    description: "The person's Facebook user tokens reach their expiry now. Page tokens from a long-lived login never expire and keep working.",
    signal: 'Graph 190/463 "Session has expired on …"',
    expectedReason: 'token_expired',
    fixedByReconnect: true,
  }),
  def({
    id: 'unconfirmed_account',
    network: 'facebook',
    targetKind: 'facebook_user',
    label: 'Unconfirmed account',
    description: 'Facebook asks the person to confirm their account before any app may use it.',
    signal: 'Graph 190/464 on every token; the login dialog refuses',
    expectedReason: 'unconfirmed_account',
    fixedByReconnect: false,
  }),
  def({
    id: 'permission_declined',
    network: 'facebook',
    targetKind: 'facebook_user',
    label: 'Permission removed',
    description: 'A permission the app needs was declined or removed in Facebook settings. Logging in again and ticking it restores it.',
    signal: '/me/permissions shows "declined"; calls needing it fail with (#10)/(#200)',
    expectedReason: 'missing_permissions',
    fixedByReconnect: true,
    option: { name: 'permission', default: 'pages_read_engagement', label: 'Permission' },
  }),
  def({
    id: 'page_role_removed',
    network: 'facebook',
    targetKind: 'facebook_page',
    label: 'Page role removed',
    description: 'Everyone who had a role on the Page loses it. The Page leaves /me/accounts and its Page tokens stop working.',
    signal: 'Graph 190/492 on Page tokens',
    expectedReason: 'insufficient_page_role',
    fixedByReconnect: false,
  }),
  def({
    id: 'page_role_lowered',
    network: 'facebook',
    targetKind: 'facebook_page',
    label: 'Page role lowered',
    description: 'Everyone with a role on the Page is lowered to Analyst, which cannot publish or act as the Page.',
    signal: 'tasks become ["ANALYZE"]; Graph 190/492 on Page tokens',
    expectedReason: 'insufficient_page_role',
    fixedByReconnect: false,
  }),
  def({
    id: 'page_deselected',
    network: 'facebook',
    targetKind: 'facebook_page',
    label: 'Page not selected',
    description: 'The person logged in again and left this Page unticked in the dialog. Their role is intact, but the login no longer covers the Page.',
    signal: 'The Page leaves /me/accounts; debug_token granular_scopes target_ids no longer list it',
    expectedReason: 'page_not_selected',
    fixedByReconnect: true,
  }),
  def({
    id: 'page_unpublished',
    network: 'facebook',
    targetKind: 'facebook_page',
    label: 'Page unpublished',
    description: 'An admin unpublished the Page: it is hidden from everyone but its admins.',
    signal: 'is_published: false; app-token reads get (#100) unsupported get request',
    expectedReason: 'page_restricted',
    fixedByReconnect: false,
  }),
  def({
    id: 'two_factor_required',
    network: 'facebook',
    targetKind: 'facebook_page',
    label: '2FA required',
    description: "The Page's business now requires two-factor authentication of everyone who acts as the Page.",
    signal: 'Graph 415/2859009 on Page-token calls and on its Instagram account',
    expectedReason: 'two_factor_required',
    fixedByReconnect: false,
  }),
  def({
    id: 'instagram_personal',
    network: 'instagram',
    targetKind: 'instagram_account',
    label: 'Switched to Personal',
    description: 'The Instagram account was switched to a personal account, which the API cannot reach. It disappears from its Page.',
    signal: '(#10) The user is not an Instagram Business; instagram_business_account gone from the Page',
    expectedReason: 'instagram_personal_account',
    fixedByReconnect: false,
  }),
  // UNVERIFIED: the (#100) on the unlinked account's node is the simulator's choice; no public payload shows it.
  def({
    id: 'instagram_unlinked',
    network: 'instagram',
    targetKind: 'instagram_account',
    label: 'Unlinked from Page',
    description:
      'The Instagram account was disconnected from its Facebook Page (in Meta Business Suite or the Page settings). It is still a professional account, but Tether can no longer reach it through that Page.',
    signal: "instagram_business_account gone from the Page; the account's node answers (#100) unsupported get request",
    expectedReason: 'instagram_unlinked',
    fixedByReconnect: false,
  }),
  def({
    id: 'x_account_locked',
    network: 'x',
    targetKind: 'x_account',
    label: 'X account locked',
    description: 'X temporarily locked the account; the owner must log in on x.com to unlock it.',
    signal: 'HTTP 403 with v1.1 error 326',
    expectedReason: 'account_locked',
    fixedByReconnect: false,
  }),
  def({
    id: 'x_account_suspended',
    network: 'x',
    targetKind: 'x_account',
    label: 'X account suspended',
    description: 'X suspended the account.',
    signal: 'HTTP 403 problem type user-suspended',
    expectedReason: 'account_suspended',
    fixedByReconnect: false,
  }),
  def({
    id: 'x_app_access_revoked',
    network: 'x',
    targetKind: 'x_account',
    label: 'X app access revoked',
    description:
      'The owner revoked the app in X settings (Connected apps). Access and refresh tokens issued before stop working. X does not say why: on the wire it looks exactly like a spent refresh token.',
    signal: '401 about:blank on the API; refresh fails with invalid_request',
    expectedReason: 'token_expired',
    fixedByReconnect: true,
  }),
  def({
    id: 'x_access_token_expired',
    network: 'x',
    targetKind: 'x_account',
    label: 'X access token expired',
    description: 'The 2-hour access tokens of the account expire now. The refresh token still works, so an automatic refresh recovers.',
    signal: '401 about:blank until a refresh',
    expectedReason: 'token_expired',
    fixedByReconnect: true,
  }),
  def({
    id: 'x_refresh_token_reused',
    network: 'x',
    targetKind: 'x_account',
    label: 'X refresh token reused',
    description: 'Another copy of the app refreshed first: the refresh token held by Tether was already rotated, and the access token has expired.',
    signal: '401 on the API, then 400 invalid_request "Value passed for the token was invalid."',
    expectedReason: 'token_expired',
    fixedByReconnect: true,
  }),
  def({
    id: 'x_refresh_token_expired',
    network: 'x',
    targetKind: 'x_account',
    label: 'X refresh token expired',
    description: 'The refresh token reached its end of life and the access token has expired.',
    signal: '401 on the API, then 400 invalid_request "Value passed for the token was invalid."',
    expectedReason: 'token_expired',
    fixedByReconnect: true,
  }),
];

/** The catalogue entry for an id. */
export function scenarioById(id: ScenarioId): ScenarioDefinition {
  const found = SCENARIOS.find((s) => s.id === id);
  if (!found) throw new Error(`scenario catalogue is missing ${id}`);
  return found;
}

/** Type guard for ids read from the wire. */
export function isScenarioId(value: unknown): value is ScenarioId {
  return typeof value === 'string' && (SCENARIO_IDS as readonly string[]).includes(value);
}
