/**
 * The user's settings: one zod schema with defaults, shared by the Electron store, the Node store (`tether serve`,
 * CLI) and the renderer. Network apps hold public IDs only: the Meta App Secret lives in the keychain.
 */
import { z } from 'zod';
import {
  CHECK_INTERVAL_MINUTES,
  DEFAULT_X_CALLBACK_PORT,
  RETENTION_DAYS,
  THEMES,
  X_MONTHLY_BUDGET_USD,
  X_PLANS,
  type ExpiryLeadTime,
  type NotificationKind,
} from './settings-choices';

export {
  NOTIFICATION_KINDS,
  THEMES,
  CHECK_INTERVAL_MINUTES,
  RETENTION_DAYS,
  DEFAULT_X_CALLBACK_PORT,
  X_PLANS,
  X_MONTHLY_BUDGET_USD,
  EXPIRY_LEAD_TIMES,
  type ExpiryLeadTime,
  type NotificationKind,
  type Theme,
  type XPlanChoice,
} from './settings-choices';
export const ThemeSchema = z.enum(THEMES);

/** A wall-clock time "HH:MM", 24-hour. */
export const TimeOfDaySchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time such as 22:00');

/** A Meta (Facebook) App ID: digits only. Never the App Secret. */
export const MetaAppIdSchema = z.string().regex(/^\d{5,32}$/, 'A Meta App ID is made of digits only');
/**
 * A Facebook Login for Business Configuration ID (digits, as the App Dashboard shows it under Facebook Login for
 * Business → Configurations). Not a secret: it goes into the login dialog's URL as `config_id`.
 */
export const MetaConfigIdSchema = z.string().regex(/^\d{5,32}$/, 'A Configuration ID is made of digits only');
/** An X OAuth 2.0 Client ID (public Native App client). */
export const XClientIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,128}$/, 'An X Client ID is 8 to 128 letters, digits, "-" or "_"');

/** A loopback port for X's callback: unprivileged, so no admin rights are needed to listen on it. */
export const XCallbackPortSchema = z.number().int().min(1024, 'Use a port from 1024 to 65535').max(65535, 'Use a port from 1024 to 65535');

const NotificationKindsSchema = z
  .object({
    disconnection: z.boolean(),
    expiring: z.boolean(),
    cannot_verify: z.boolean(),
    reconnected: z.boolean(),
  })
  .strict() satisfies z.ZodType<Record<NotificationKind, boolean>>;

/** Which expiry warnings are given: 7 days, 1 day and 1 hour before access ends, each on or off. */
const LeadTimesSchema = z
  .object({
    '7d': z.boolean(),
    '1d': z.boolean(),
    '1h': z.boolean(),
  })
  .strict() satisfies z.ZodType<Record<ExpiryLeadTime, boolean>>;

const QuietHoursSchema = z.object({ enabled: z.boolean(), start: TimeOfDaySchema, end: TimeOfDaySchema }).strict();

/** A monthly budget in US dollars, to the cent. */
export const XMonthlyBudgetSchema = z
  .number()
  .min(X_MONTHLY_BUDGET_USD.min, 'Use at least $0.01')
  .max(X_MONTHLY_BUDGET_USD.max, 'Use at most $100,000')
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, 'Use dollars and cents, such as 5.00');

/** What X checks may spend and how X meters them (Settings → X checks). */
const XChecksSchema = z
  .object({
    /** The plan the user's X app is on. */
    plan: z.enum(X_PLANS),
    /** The most X checks may cost per calendar month (UTC), in US dollars; null for no cap. Pay-per-use only. */
    monthlyBudgetUsd: XMonthlyBudgetSchema.nullable(),
  })
  .strict();

export const SettingsSchema = z
  .object({
    /** Minutes between two scheduled checks of every connection. */
    checkIntervalMinutes: z.number().int().min(CHECK_INTERVAL_MINUTES.min).max(CHECK_INTERVAL_MINUTES.max),
    notifications: z
      .object({
        kinds: NotificationKindsSchema,
        /** No native notification between start and end (the window may cross midnight). */
        quietHours: QuietHoursSchema,
        /** Which warnings before a login expires are given (and recorded in the history). */
        leadTimes: LeadTimesSchema,
      })
      .strict(),
    launchAtLogin: z.boolean(),
    /** Closing the window keeps Tether running in the tray. */
    closeToTray: z.boolean(),
    retention: z
      .object({
        /** Raw check rows are kept this many days, then rolled up into daily rows. */
        rawCheckDays: z.number().int().min(RETENTION_DAYS.min).max(RETENTION_DAYS.max),
      })
      .strict(),
    /** The user's own network apps: IDs only, null until set. */
    networkApps: z
      .object({
        metaAppId: MetaAppIdSchema.nullable(),
        /** Set for an app with Facebook Login for Business: the login then asks for this configuration, not for scopes. */
        metaConfigId: MetaConfigIdSchema.nullable(),
        xClientId: XClientIdSchema.nullable(),
        /** The port of X's loopback callback http://127.0.0.1:<port>/callback (X wants exact, registered URLs). */
        xCallbackPort: XCallbackPortSchema,
      })
      .strict(),
    theme: ThemeSchema,
    xChecks: XChecksSchema,
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** What a fresh install starts with (deeply frozen: copy it before changing anything). */
export const DEFAULT_SETTINGS: Settings = deepFreeze<Settings>({
  checkIntervalMinutes: 30,
  notifications: {
    kinds: { disconnection: true, expiring: true, cannot_verify: true, reconnected: true },
    quietHours: { enabled: false, start: '22:00', end: '07:00' },
    leadTimes: { '7d': true, '1d': true, '1h': true },
  },
  launchAtLogin: false,
  closeToTray: true,
  retention: { rawCheckDays: 30 },
  networkApps: { metaAppId: null, metaConfigId: null, xClientId: null, xCallbackPort: DEFAULT_X_CALLBACK_PORT },
  theme: 'system',
  xChecks: { plan: 'pay_per_use', monthlyBudgetUsd: null },
});

/** A change to the settings: any subset of keys, at any depth. Unknown keys are refused. */
export const SettingsPatchSchema = z
  .object({
    checkIntervalMinutes: SettingsSchema.shape.checkIntervalMinutes.optional(),
    notifications: z
      .object({
        kinds: NotificationKindsSchema.partial().strict().optional(),
        quietHours: QuietHoursSchema.partial().strict().optional(),
        leadTimes: LeadTimesSchema.partial().strict().optional(),
      })
      .strict()
      .optional(),
    launchAtLogin: z.boolean().optional(),
    closeToTray: z.boolean().optional(),
    retention: SettingsSchema.shape.retention.partial().strict().optional(),
    networkApps: SettingsSchema.shape.networkApps.partial().strict().optional(),
    theme: ThemeSchema.optional(),
    xChecks: XChecksSchema.partial().strict().optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/**
 * Told to the user once when the settings file could not be used as it was: `reset` when nothing could be kept,
 * `repaired` when only some keys went back to their defaults. The original is kept at `backupPath`.
 */
export const SettingsNoticeSchema = z
  .object({
    kind: z.enum(['reset', 'repaired']),
    /** Where the unusable file was copied before it was replaced. */
    backupPath: z.string(),
    /** Dotted paths that went back to their defaults (`notifications.quietHours.start`). */
    resetKeys: z.array(z.string()),
    /** Keys Tether does not know, removed from the file (they are still in the backup). */
    removedKeys: z.array(z.string()),
    /** Plain words for the UI: what was wrong with the file. */
    reason: z.string(),
    /** Epoch ms when the file was replaced. */
    at: z.number().int().nonnegative(),
  })
  .strict();
export type SettingsNotice = z.infer<typeof SettingsNoticeSchema>;
