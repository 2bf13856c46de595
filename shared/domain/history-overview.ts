/**
 * What the History screen asks for and gets: disconnections over time by reason, uptime per account, and time to
 * reconnect, for one filter (account, network, reason, date range). All of it is read from the local database.
 */
import { z } from 'zod';
import { AccountIdSchema } from './ids';
import { ProviderIdSchema } from './provider-id';
import { ReasonIdSchema } from './reason-id';

const Epoch = z.number().int().nonnegative();
/** The longest range one request covers: two years. */
export const MAX_HISTORY_RANGE_MS = 731 * 24 * 3_600_000;

export const HistoryQuerySchema = z
  .object({
    accountId: AccountIdSchema.optional(),
    provider: ProviderIdSchema.optional(),
    /** Only disconnections (and times to reconnect) with this reason. */
    reason: ReasonIdSchema.optional(),
    /** [since, until) in epoch ms. */
    since: Epoch,
    until: Epoch,
  })
  .strict()
  .refine((q) => q.until > q.since, { message: 'The range must end after it starts', path: ['until'] })
  .refine((q) => q.until - q.since <= MAX_HISTORY_RANGE_MS, { message: 'The range can be two years at most', path: ['since'] });
export type HistoryQuery = z.infer<typeof HistoryQuerySchema>;

const StatsSchema = z
  .object({
    count: z.number().int().nonnegative(),
    open: z.number().int().nonnegative(),
    meanMs: z.number().nonnegative().nullable(),
    medianMs: z.number().nonnegative().nullable(),
  })
  .strict();

export const HistoryOverviewSchema = z
  .object({
    /** Day buckets for ranges up to 62 days, week buckets (Mondays) beyond. */
    bucket: z.enum(['day', 'week']),
    disconnections: z
      .object({
        total: z.number().int().nonnegative(),
        byReason: z.array(z.object({ reason: ReasonIdSchema.nullable(), count: z.number().int().positive() }).strict()),
        /** Every bucket of the range, with its count per reason (null when a change carried no reason). */
        overTime: z.array(
          z.object({ start: Epoch, counts: z.array(z.object({ reason: ReasonIdSchema.nullable(), count: z.number().int().positive() }).strict()) }).strict(),
        ),
      })
      .strict(),
    reconnect: z.object({ overall: StatsSchema, byProvider: z.array(z.object({ provider: ProviderIdSchema, stats: StatsSchema }).strict()) }).strict(),
    uptime: z
      .object({
        /** Whole UTC days ending today that the range covers. */
        days: z.number().int().positive(),
        overall: z.number().min(0).max(1).nullable(),
        /** The accounts with the lowest uptime, lowest first (at most 20). */
        lowest: z.array(z.object({ accountId: AccountIdSchema, provider: ProviderIdSchema, uptime: z.number().min(0).max(1) }).strict()),
      })
      .strict(),
  })
  .strict();
export type HistoryOverview = z.infer<typeof HistoryOverviewSchema>;

export const HistoryExportRequestSchema = z
  .object({
    what: z.enum(['events', 'uptime']),
    format: z.enum(['csv', 'json']),
    accountId: AccountIdSchema.optional(),
    provider: ProviderIdSchema.optional(),
    since: Epoch,
    until: Epoch,
  })
  .strict();
export type HistoryExportRequest = z.infer<typeof HistoryExportRequestSchema>;
