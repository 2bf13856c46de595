/** What the app-wide banners show: demo mode, where secrets are kept, which network apps are set up, notices. */
import { z } from 'zod';
import { XChecksStatusSchema } from './x-checks';

export const SecretsStateSchema = z
  .object({
    kind: z.enum(['ok', 'locked', 'unavailable', 'insecure']),
    /** Why, in words, when not ok. */
    detail: z.string().nullable(),
  })
  .strict();
export type SecretsState = z.infer<typeof SecretsStateSchema>;

export const NOTICE_KINDS = ['database_recovered', 'settings_repaired', 'settings_reset', 'secrets_unreadable', 'alerts_undelivered'] as const;

export const NoticeSchema = z
  .object({
    id: z.string().min(1).max(100),
    kind: z.enum(NOTICE_KINDS),
    message: z.string(),
    /** Where the old file was kept, when one was moved aside. */
    path: z.string().nullable(),
  })
  .strict();
export type Notice = z.infer<typeof NoticeSchema>;

export const AppStatusSchema = z
  .object({
    demo: z.boolean(),
    /** Where tokens are kept, and whether that works now. */
    keychain: SecretsStateSchema,
    /**
     * Whether the user's own Meta app (ID and secret) and X app (client ID) are configured; `metaIdOnly` when
     * the App ID is saved and only the secret is not, so the banner can say which half is missing.
     */
    networkApps: z.object({ meta: z.boolean(), x: z.boolean(), metaIdOnly: z.boolean() }).strict(),
    notices: z.array(NoticeSchema),
    /** X checks: cost, cadence, and the app-wide pause or slow-down (one banner, never a row per account). */
    xChecks: XChecksStatusSchema.nullable(),
  })
  .strict();
export type AppStatus = z.infer<typeof AppStatusSchema>;
