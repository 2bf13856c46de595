/**
 * How main tells the renderer that accounts changed: versioned deltas of the fields that changed, and snapshots
 * for a client that starts, falls behind or misses a version. Never the whole list after every check.
 */
import { z } from 'zod';
import { AccountViewSchema } from './account-view';
import { AccountIdSchema } from './ids';

const VersionSchema = z.number().int().nonnegative();

/** An account's changed fields (the whole view when the account is new). */
export const AccountPatchSchema = AccountViewSchema.partial().extend({ id: AccountIdSchema }).strict();
export type AccountPatch = z.infer<typeof AccountPatchSchema>;

/** Every account at one version. */
export const AccountsSnapshotSchema = z.object({ version: VersionSchema, accounts: z.array(AccountViewSchema) }).strict();
export type AccountsSnapshot = z.infer<typeof AccountsSnapshotSchema>;

export const AccountsChangeSchema = z.discriminatedUnion('kind', [
  /** What changed between version `from` and `to`; a client that holds another version asks for a snapshot. */
  z
    .object({ kind: z.literal('delta'), from: VersionSchema, to: VersionSchema, changed: z.array(AccountPatchSchema), removed: z.array(AccountIdSchema) })
    .strict(),
  AccountsSnapshotSchema.extend({ kind: z.literal('snapshot') }).strict(),
]);
export type AccountsChange = z.infer<typeof AccountsChangeSchema>;
export type AccountsDelta = Extract<AccountsChange, { kind: 'delta' }>;
