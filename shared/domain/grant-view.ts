/** What the renderer knows of a login (a grant): whether it expired, and the Pages it offers that aren't added yet. */
import { z } from 'zod';
import { GrantIdSchema } from './ids';
import { ProviderIdSchema } from './provider-id';

/** A Page or Instagram account the login lists that Tether doesn't track yet. */
export const OfferedAccountSchema = z
  .object({
    provider: ProviderIdSchema,
    networkAccountId: z.string(),
    name: z.string(),
    handle: z.string().nullable(),
    /** For an Instagram account: the Page it is linked through. */
    parentNetworkId: z.string().nullable(),
    /** The person's tasks on the Page (for an Instagram account: on its Page), to flag a role too weak to publish. */
    tasks: z.array(z.string()).readonly().optional(),
  })
  .strict();
export type OfferedAccount = z.infer<typeof OfferedAccountSchema>;

export const GrantViewSchema = z
  .object({
    grantId: GrantIdSchema,
    provider: ProviderIdSchema,
    /** Who signed in (the login's name on the network). */
    name: z.string(),
    /** True when the login's own token expired while its Pages still work through their Page tokens. */
    loginExpired: z.boolean(),
    newAccounts: z.array(OfferedAccountSchema),
    /** "2 new Pages available via Ada Lovelace", or null when there are none. */
    newAccountsSummary: z.string().nullable(),
  })
  .strict();
export type GrantView = z.infer<typeof GrantViewSchema>;

/**
 * Asking for the logins: `since` is the tag of the list the renderer holds (null for none). The answer carries the
 * current tag, and the list only when it differs, so re-reading 1,000 logins after every sweep costs a few bytes
 * when nothing changed.
 */
export const LoginsRequestSchema = z.object({ since: z.string().max(64).nullable() }).strict();
export type LoginsRequest = z.infer<typeof LoginsRequestSchema>;

export const LoginsAnswerSchema = z.object({ tag: z.string().max(64), logins: z.array(GrantViewSchema).nullable() }).strict();
export type LoginsAnswer = z.infer<typeof LoginsAnswerSchema>;

const plural = (n: number, one: string, many: string): string => `${n} new ${n === 1 ? one : many}`;

/** The one-line offer for a login's new accounts, or null. */
export function newAccountsSummary(loginName: string, offered: readonly OfferedAccount[]): string | null {
  const pages = offered.filter((a) => a.provider === 'facebook').length;
  const instagram = offered.filter((a) => a.provider === 'instagram').length;
  const parts = [pages > 0 ? plural(pages, 'Page', 'Pages') : null, instagram > 0 ? plural(instagram, 'Instagram account', 'Instagram accounts') : null].filter(
    (p): p is string => p !== null,
  );
  return parts.length > 0 ? `${parts.join(' and ')} available via ${loginName}` : null;
}
