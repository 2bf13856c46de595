/**
 * A notification as the browser tab receives it under `tether serve`: the words the desktop shows natively, and
 * what a click opens. The notification policy (main/core/notify) decides them once for every presenter.
 */
import { z } from 'zod';
import { AccountIdSchema } from './ids';
import { NOTIFICATION_KINDS } from './settings-choices';

export const NotificationViewSchema = z
  .object({
    /** Unique per notification; the browser's tag, so several tabs show it once. */
    id: z.string().min(1).max(300),
    kind: z.enum([...NOTIFICATION_KINDS, 'summary']),
    title: z.string(),
    body: z.string(),
    /** Every account it covers. */
    accountIds: z.array(AccountIdSchema),
    urgency: z.enum(['low', 'normal', 'critical']),
    /** What a click opens: one account's card, or the accounts that need the user (null). */
    openAccountId: AccountIdSchema.nullable(),
  })
  .strict();
export type NotificationView = z.infer<typeof NotificationViewSchema>;

/** The `notifications:decided` event: one batch the policy decided. */
export const NotificationsDecidedSchema = z.object({ notifications: z.array(NotificationViewSchema) }).strict();
export type NotificationsDecided = z.infer<typeof NotificationsDecidedSchema>;
