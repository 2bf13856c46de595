/** Progress of a sweep of checks, pushed to the UI while it runs. */
import { z } from 'zod';

export const CHECK_TRIGGERS = ['startup', 'interval', 'wake', 'online', 'manual', 'retry'] as const;

export const ValidationProgressSchema = z
  .object({
    trigger: z.enum(CHECK_TRIGGERS),
    /** Accounts checked so far, of `total`. */
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    finished: z.boolean(),
  })
  .strict();
export type ValidationProgress = z.infer<typeof ValidationProgressSchema>;
