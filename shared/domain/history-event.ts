/**
 * The history vocabulary: every event kind the core records, as the renderer reads it back (timelines, exports).
 * One discriminated union on `kind`; grant-level kinds may also name one account of the grant.
 */
import { z } from 'zod';
import { AccountIdSchema, GrantIdSchema } from './ids';
import { ProviderIdSchema } from './provider-id';
import { AccountStatusSchema } from './account-status';
import { ReasonIdSchema } from './reason-id';

export const HISTORY_EVENT_KINDS = [
  'check',
  'status_changed',
  'token_refreshed',
  'reconnected',
  'disconnected_by_user',
  'expiry_warning',
  'permission_drift',
] as const;
export const HistoryEventKindSchema = z.enum(HISTORY_EVENT_KINDS);
export type HistoryEventKind = z.infer<typeof HistoryEventKindSchema>;

/** Kinds that always concern one account. The others concern a grant (and optionally one of its accounts). */
export const ACCOUNT_EVENT_KINDS = ['check', 'status_changed'] as const satisfies readonly HistoryEventKind[];

/** ok: the connection works; transient: could not tell (network, rate limit); permanent: the connection is broken. */
export const CHECK_OUTCOMES = ['ok', 'transient', 'permanent'] as const;
export const CheckOutcomeSchema = z.enum(CHECK_OUTCOMES);
export type CheckOutcome = z.infer<typeof CheckOutcomeSchema>;

/** How far ahead an expiry warning was given (design.md §1: 7 days, 1 day, 1 hour). */
export const EXPIRY_THRESHOLDS = ['7d', '1d', '1h'] as const;
export const ExpiryThresholdSchema = z.enum(EXPIRY_THRESHOLDS);
export type ExpiryThreshold = z.infer<typeof ExpiryThresholdSchema>;

/** Statuses history records: every account status except `checking`, which exists only in the UI. */
export const RecordedStatusSchema = AccountStatusSchema.exclude(['checking']);
export type RecordedStatus = z.infer<typeof RecordedStatusSchema>;

const EpochMs = z.number().int().nonnegative();
/** Graph error codes are numbers, X problem types are strings: both are kept as the network sent them. */
const ProviderCode = z.union([z.string(), z.number()]).nullable();

/** The payload of each kind, shared by what is written and what is read back. */
const payloads = {
  check: { outcome: CheckOutcomeSchema, latencyMs: z.number().int().nonnegative(), reason: ReasonIdSchema.nullable() },
  status_changed: {
    from: RecordedStatusSchema,
    to: RecordedStatusSchema,
    reason: ReasonIdSchema.nullable(),
    providerCode: ProviderCode,
    providerSubcode: ProviderCode,
    message: z.string().nullable(),
    traceId: z.string().nullable(),
  },
  /** The access expiry of the new token, null when it never expires. Never the token itself. */
  token_refreshed: { expiresAt: EpochMs.nullable() },
  reconnected: {},
  disconnected_by_user: {},
  expiry_warning: { threshold: ExpiryThresholdSchema, expiresAt: EpochMs },
  permission_drift: { missingScopes: z.array(z.string()), declinedScopes: z.array(z.string()) },
} as const;

/** What every stored event carries besides its payload. */
const stored = {
  /** Insertion order; the tie-breaker of the timeline's cursor. */
  id: z.number().int().positive(),
  /** Epoch ms when it happened. */
  at: EpochMs,
  provider: ProviderIdSchema,
  grantId: GrantIdSchema,
};

export const HistoryEventSchema = z.discriminatedUnion('kind', [
  z.object({ ...stored, kind: z.literal('check'), accountId: AccountIdSchema, ...payloads.check }).strict(),
  z.object({ ...stored, kind: z.literal('status_changed'), accountId: AccountIdSchema, ...payloads.status_changed }).strict(),
  z.object({ ...stored, kind: z.literal('token_refreshed'), accountId: AccountIdSchema.nullable(), ...payloads.token_refreshed }).strict(),
  z.object({ ...stored, kind: z.literal('reconnected'), accountId: AccountIdSchema.nullable(), ...payloads.reconnected }).strict(),
  z.object({ ...stored, kind: z.literal('disconnected_by_user'), accountId: AccountIdSchema.nullable(), ...payloads.disconnected_by_user }).strict(),
  z.object({ ...stored, kind: z.literal('expiry_warning'), accountId: AccountIdSchema.nullable(), ...payloads.expiry_warning }).strict(),
  z.object({ ...stored, kind: z.literal('permission_drift'), accountId: AccountIdSchema.nullable(), ...payloads.permission_drift }).strict(),
]);
/** One recorded event, as timelines and exports show it. */
export type HistoryEvent = z.infer<typeof HistoryEventSchema>;

/** Account-level events name the account; the grant and network are looked up. */
const accountSubject = { at: EpochMs, accountId: AccountIdSchema };
/** Grant-level events name the grant, and optionally the one account they concern. */
const grantSubject = { at: EpochMs, grantId: GrantIdSchema, accountId: AccountIdSchema.optional() };

export const HistoryEventInputSchema = z.discriminatedUnion('kind', [
  z.object({ ...accountSubject, kind: z.literal('check'), ...payloads.check }).strict(),
  z
    .object({ ...accountSubject, kind: z.literal('status_changed'), ...payloads.status_changed })
    .strict()
    .refine((e) => e.from !== e.to, { message: 'a status change needs two different statuses' }),
  z.object({ ...grantSubject, kind: z.literal('token_refreshed'), ...payloads.token_refreshed }).strict(),
  z.object({ ...grantSubject, kind: z.literal('reconnected'), ...payloads.reconnected }).strict(),
  z.object({ ...grantSubject, kind: z.literal('disconnected_by_user'), ...payloads.disconnected_by_user }).strict(),
  z.object({ ...grantSubject, kind: z.literal('expiry_warning'), ...payloads.expiry_warning }).strict(),
  z.object({ ...grantSubject, kind: z.literal('permission_drift'), ...payloads.permission_drift }).strict(),
]);
/** One event to record. The writer adds the id, the grant (for account events) and the network. */
export type HistoryEventInput = z.infer<typeof HistoryEventInputSchema>;
