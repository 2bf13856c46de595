/** What the renderer knows of an account. It never carries a token. */
import { z } from 'zod';
import { AccountIdSchema, GrantIdSchema } from './ids';
import { ProviderIdSchema } from './provider-id';
import { AccountStatusSchema } from './account-status';
import { ReasonIdSchema } from './reason-id';

/** Statuses a conclusive check decides; what "unverified" accounts last were. */
export const KnownStatusSchema = AccountStatusSchema.extract(['connected', 'expiring', 'needs_reconnect', 'needs_action']);

/** The network's own identifiers behind the current reason, for the "details for support" line. Never a token. */
export const ProblemDetailsSchema = z
  .object({
    code: z.union([z.string(), z.number()]).nullable(),
    subcode: z.union([z.string(), z.number()]).nullable(),
    traceId: z.string().nullable(),
    /** What the check saw, in words (e.g. the missing permission names), or the network's redacted message. */
    detail: z.string().nullable(),
    /** Which signal decided a verdict read from the check's answers rather than an error code (support line). */
    signal: z.string().max(200).optional(),
  })
  .strict();
export type ProblemDetails = z.infer<typeof ProblemDetailsSchema>;

export const AccountViewSchema = z
  .object({
    id: AccountIdSchema,
    grantId: GrantIdSchema,
    provider: ProviderIdSchema,
    /** Display name: the Page name, the Instagram username, the X name. */
    name: z.string(),
    /** @handle or similar, when the network has one. */
    handle: z.string().nullable(),
    /** The person whose login connected it (the grant's name): "via Priya Nair". */
    connectedBy: z.string(),
    status: AccountStatusSchema,
    reason: ReasonIdSchema.nullable(),
    /** Epoch ms of the last status change. */
    statusSince: z.number().int().nonnegative(),
    /** Epoch ms of the last completed check, null before the first. */
    lastCheckedAt: z.number().int().nonnegative().nullable(),
    /** Epoch ms when access ends, null when it never expires or is unknown. */
    expiresAt: z.number().int().nonnegative().nullable(),
    /** What the last conclusive check decided; null before the first. Shown beside "can't verify". */
    lastKnownStatus: KnownStatusSchema.nullable(),
    /** Epoch ms since checks started failing for transient reasons; null while they succeed. */
    unverifiedSince: z.number().int().nonnegative().nullable(),
    problem: ProblemDetailsSchema.nullable(),
    /**
     * Epoch ms when a check (or, for X, a token refresh) last showed the connection working; null before one.
     * Optional for views built before it existed.
     */
    provenAliveAt: z.number().int().nonnegative().nullable().optional(),
    /** Epoch ms the login's next scheduled check is due; null when none is planned (the app isn't running checks). */
    nextCheckAt: z.number().int().nonnegative().nullable().optional(),
  })
  .strict();
export type AccountView = z.infer<typeof AccountViewSchema>;
