/** What the renderer knows of an account. It never carries a token. */
import { z } from 'zod';
import { AccountIdSchema, GrantIdSchema } from './ids';
import { ProviderIdSchema } from './provider-id';
import { AccountStatusSchema } from './account-status';
import { ReasonIdSchema } from './reason-id';

export const AccountViewSchema = z
  .object({
    id: AccountIdSchema,
    grantId: GrantIdSchema,
    provider: ProviderIdSchema,
    /** Display name: the Page name, the Instagram username, the X name. */
    name: z.string(),
    /** @handle or similar, when the network has one. */
    handle: z.string().nullable(),
    status: AccountStatusSchema,
    reason: ReasonIdSchema.nullable(),
    /** Epoch ms of the last status change. */
    statusSince: z.number().int().nonnegative(),
    /** Epoch ms of the last completed check, null before the first. */
    lastCheckedAt: z.number().int().nonnegative().nullable(),
    /** Epoch ms when access ends, null when it never expires or is unknown. */
    expiresAt: z.number().int().nonnegative().nullable(),
  })
  .strict();
export type AccountView = z.infer<typeof AccountViewSchema>;
