/** Branded identifiers, so an account id can't be passed where a grant id is expected. */
import { z } from 'zod';

export const AccountIdSchema = z.string().min(1).max(200).brand<'AccountId'>();
export type AccountId = z.infer<typeof AccountIdSchema>;

export const GrantIdSchema = z.string().min(1).max(200).brand<'GrantId'>();
export type GrantId = z.infer<typeof GrantIdSchema>;
