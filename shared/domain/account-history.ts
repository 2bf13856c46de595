/** One account's history as the detail panel shows it: a page of its timeline, its uptime and its time to reconnect. */
import { z } from 'zod';
import { AccountIdSchema } from './ids';
import { HistoryEventSchema } from './history-event';

export const AccountHistoryRequestSchema = z
  .object({
    accountId: AccountIdSchema,
    /** The `nextCursor` of the previous page; absent for the newest page. */
    cursor: z.string().min(1).max(200).nullable().optional(),
    limit: z.number().int().min(1).max(200).optional(),
  })
  .strict();
export type AccountHistoryRequest = z.infer<typeof AccountHistoryRequestSchema>;

export const AccountHistorySchema = z
  .object({
    events: z.array(HistoryEventSchema),
    nextCursor: z.string().nullable(),
    /** Uptime over the last 7, 30 and 90 days: a fraction from 0 to 1, null when nothing was observed. */
    uptime: z.array(z.object({ days: z.number().int().positive(), uptime: z.number().min(0).max(1).nullable() }).strict()),
    /** Time to reconnect over the last 90 days. */
    reconnect: z
      .object({
        count: z.number().int().nonnegative(),
        open: z.number().int().nonnegative(),
        meanMs: z.number().nonnegative().nullable(),
        medianMs: z.number().nonnegative().nullable(),
      })
      .strict(),
  })
  .strict();
export type AccountHistory = z.infer<typeof AccountHistorySchema>;
