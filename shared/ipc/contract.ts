/**
 * The IPC contract: every channel the renderer may call and every event main pushes, with zod schemas.
 * Invoke channels are `domain:verb`; events are `domain:past-tense`. Both transports (Electron IPC and
 * `tether serve`) validate against this one table.
 */
import { z } from 'zod';
import { AccountViewSchema } from '../domain/account-view';
import { GrantViewSchema } from '../domain/grant-view';
import { AccountIdSchema, GrantIdSchema } from '../domain/ids';
import { AppStatusSchema } from '../domain/app-status';
import { ValidationProgressSchema } from '../domain/validation-progress';
import { DemoListingSchema, DemoScenarioRequestSchema } from '../domain/demo';
import { AccountHistoryRequestSchema, AccountHistorySchema } from '../domain/account-history';
import { SettingsPatchSchema, SettingsSchema } from '../domain/settings';

const NoRequest = z.void().or(z.object({}).strict());

export const invokeContract = {
  'accounts:list': {
    req: NoRequest,
    res: z.array(AccountViewSchema),
  },
  /** "Check now": one account (its grant), one grant, or everything when neither is given. */
  'accounts:check': {
    req: z.object({ accountId: AccountIdSchema.optional(), grantId: GrantIdSchema.optional() }).strict().or(z.void()),
    res: z.object({ grants: z.number().int().nonnegative() }).strict(),
  },
  /** Each login: whether it expired while its Pages still work, and "N new Pages available via <login>". */
  'grants:list': {
    req: NoRequest,
    res: z.array(GrantViewSchema),
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
  /** Demo mode only: the Scenarios panel's list of failures and targets. */
  'demo:scenarios': { req: NoRequest, res: DemoListingSchema },
  /** Demo mode only: cause a failure on the simulated network, then check at once. */
  'demo:apply': { req: DemoScenarioRequestSchema, res: DemoListingSchema },
  /** Demo mode only: undo it, then check at once. */
  'demo:revert': { req: DemoScenarioRequestSchema, res: DemoListingSchema },
} as const;

export const eventContract = {
  'accounts:changed': z.array(AccountViewSchema),
  'validation:progressed': ValidationProgressSchema,
  'app:status-changed': AppStatusSchema,
  /** A notification was clicked: open this account's card, or the accounts that need the user (null). */
  'ui:open-requested': z.object({ accountId: AccountIdSchema.nullable() }).strict(),
} as const;

export type InvokeContract = typeof invokeContract;
export type EventContract = typeof eventContract;
