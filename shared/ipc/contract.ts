/**
 * The IPC contract: every channel the renderer may call and every event main pushes, with zod schemas.
 * Invoke channels are `domain:verb`; events are `domain:past-tense`. Both transports (Electron IPC and
 * `tether serve`) validate against this one table.
 */
import { z } from 'zod';
import { AccountViewSchema } from '../domain/account-view';
import { LoginsAnswerSchema, LoginsRequestSchema } from '../domain/grant-view';
import { AccountIdSchema, GrantIdSchema } from '../domain/ids';
import { AppStatusSchema } from '../domain/app-status';
import { ValidationProgressSchema } from '../domain/validation-progress';
import { DemoListingSchema, DemoScenarioRequestSchema } from '../domain/demo';
import { AccountHistoryRequestSchema, AccountHistorySchema } from '../domain/account-history';
import { SettingsPatchSchema, SettingsSchema } from '../domain/settings';
import { AccountsChangeSchema, AccountsSnapshotSchema } from '../domain/accounts-change';
import { HistoryExportRequestSchema, HistoryOverviewSchema, HistoryQuerySchema } from '../domain/history-overview';
import { NotificationsDecidedSchema } from '../domain/notification-view';
import { SaveWebhookRequestSchema, TeamAlertsStatusSchema, TestAlertResultSchema } from '../domain/team-alerts';
import {
  AppCheckSchema,
  ChooseRequestSchema,
  DisconnectRequestSchema,
  DisconnectResultSchema,
  FlowRequestSchema,
  MetaAppSaveSchema,
  SignInOutcomeSchema,
  SignInSetupSchema,
  SignInStartSchema,
  SignInStartedSchema,
  XAppSaveSchema,
} from '../domain/sign-in';

const NoRequest = z.void().or(z.object({}).strict());

export const invokeContract = {
  'accounts:list': {
    req: NoRequest,
    res: z.array(AccountViewSchema),
  },
  /** Every account with the version that `accounts:changed` deltas follow on from (start, and after a gap). */
  'accounts:snapshot': { req: NoRequest, res: AccountsSnapshotSchema },
  /** "Check now": one account (its grant), one grant, or everything when neither is given. */
  'accounts:check': {
    req: z.object({ accountId: AccountIdSchema.optional(), grantId: GrantIdSchema.optional() }).strict().or(z.void()),
    res: z.object({ grants: z.number().int().nonnegative() }).strict(),
  },
  /**
   * Each login: whether it expired while its Pages still work, and "N new Pages available via <login>". With the
   * tag of the list already held, the list comes back only if it changed.
   */
  'grants:list': {
    req: LoginsRequestSchema.or(NoRequest),
    res: LoginsAnswerSchema,
  },
  'app:status': {
    req: NoRequest,
    res: AppStatusSchema,
  },
  'app:dismiss-notice': {
    req: z.object({ id: z.string().min(1).max(100) }).strict(),
    res: AppStatusSchema,
  },
  /** One account's timeline (paged, newest first), uptime over 7/30/90 days and time to reconnect over 90 days. */
  'history:account': { req: AccountHistoryRequestSchema, res: AccountHistorySchema },
  'settings:get': { req: NoRequest, res: SettingsSchema },
  /** Any subset of settings; refused as a whole (nothing saved) when any key is invalid. */
  'settings:update': { req: SettingsPatchSchema, res: SettingsSchema },
  /**
   * Keeps the user's Meta App Secret in the keychain (null removes it). It travels from the renderer to main only;
   * no channel ever sends it back.
   */
  'settings:set-meta-app-secret': { req: z.object({ appSecret: z.string().min(16).max(256).nullable() }).strict(), res: AppStatusSchema },
  // --- Dashboard, History and Settings screens (issue #13) ---
  /** Where Tether keeps its data, for Settings to show. */
  'app:info': { req: NoRequest, res: z.object({ dataDir: z.string() }).strict() },
  /** The History screen's charts for one filter: disconnections by reason over time, uptime, time to reconnect. */
  'history:overview': { req: HistoryQuerySchema, res: HistoryOverviewSchema },
  /** Desktop only: asks where to save, then streams the export there (the browser downloads GET /export instead). */
  'history:export': {
    req: HistoryExportRequestSchema,
    res: z.object({ saved: z.boolean(), rows: z.number().int().nonnegative(), path: z.string().nullable() }).strict(),
  },
  // --- end of issue #13 channels ---
  // --- Sign-in, network apps and disconnect (issue #12) ---
  /** Starts a sign-in (connect, or reconnect of `grantId`); its outcome comes from signin:result. */
  'signin:start': { req: SignInStartSchema, res: SignInStartedSchema },
  /** Waits for the sign-in's outcome (the person may take minutes). */
  'signin:result': { req: FlowRequestSchema, res: SignInOutcomeSchema },
  /** The person closed the sign-in tab or pressed Cancel. */
  'signin:cancel': { req: FlowRequestSchema, res: z.object({ cancelled: z.boolean() }).strict() },
  /** Adds the Pages and accounts ticked in the picker. */
  'signin:choose': { req: ChooseRequestSchema, res: SignInOutcomeSchema },
  /** After "you signed in as someone else": keep that login as a new connection instead. */
  'signin:add-instead': { req: FlowRequestSchema, res: SignInOutcomeSchema },
  /** What Settings → Network apps asks the user to register (redirect URIs, scopes). */
  'signin:setup': { req: NoRequest, res: SignInSetupSchema },
  /** Saves the Meta App ID (and Secret, into the keychain), checked at Facebook first. */
  'apps:save-meta': { req: MetaAppSaveSchema, res: AppCheckSchema },
  /** Saves the X Client ID and callback port. */
  'apps:save-x': { req: XAppSaveSchema, res: AppCheckSchema },
  /** Revokes a login at its network, deletes its tokens and removes its accounts; history stays. */
  'connections:disconnect': { req: DisconnectRequestSchema, res: DisconnectResultSchema },
  // --- end of issue #12 channels ---
  // --- Team alerts (issue #20 §4) ---
  /** Settings → Team alerts: the webhook (masked), and what waits to be sent. */
  'alerts:status': { req: NoRequest, res: TeamAlertsStatusSchema },
  /** Keeps the webhook in the keychain (the address travels to main only; only a masked form comes back). */
  'alerts:save-webhook': { req: SaveWebhookRequestSchema, res: TeamAlertsStatusSchema },
  /** Forgets the webhook and what waits for it. */
  'alerts:remove-webhook': { req: NoRequest, res: TeamAlertsStatusSchema },
  /** Posts a test alert now and says what the channel did. */
  'alerts:test': { req: NoRequest, res: TestAlertResultSchema },
  // --- end of team alerts ---
  /** Demo mode only: the Scenarios panel's list of failures and targets. */
  'demo:scenarios': { req: NoRequest, res: DemoListingSchema },
  /** Demo mode only: cause a failure on the simulated network, then check at once. */
  'demo:apply': { req: DemoScenarioRequestSchema, res: DemoListingSchema },
  /** Demo mode only: undo it, then check at once. */
  'demo:revert': { req: DemoScenarioRequestSchema, res: DemoListingSchema },
} as const;

export const eventContract = {
  /** Versioned deltas (only the fields that changed), or a snapshot for a client that fell behind. */
  'accounts:changed': AccountsChangeSchema,
  'validation:progressed': ValidationProgressSchema,
  'app:status-changed': AppStatusSchema,
  /** A notification was clicked: open this account's card, or the accounts that need the user (null). */
  'ui:open-requested': z.object({ accountId: AccountIdSchema.nullable() }).strict(),
  /** Under `tether serve`: notifications the policy decided, for the browser tab to show (issue #20). */
  'notifications:decided': NotificationsDecidedSchema,
  /** Settings → Team alerts: the webhook or its queue changed (sent, retrying, given up). */
  'alerts:changed': TeamAlertsStatusSchema,
} as const;

export type InvokeContract = typeof invokeContract;
export type EventContract = typeof eventContract;
