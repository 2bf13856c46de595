/**
 * Team-channel alerts (Settings → Team alerts): the webhook as the renderer may see it (masked, never the address
 * itself), the delivery queue's state, and the requests that save, remove and test it.
 */
import { z } from 'zod';
import { WEBHOOK_KINDS } from './webhook-kinds';

export { WEBHOOK_KINDS, WEBHOOK_KIND_NAMES, suggestWebhookKind, type WebhookKind } from './webhook-kinds';
export const WebhookKindSchema = z.enum(WEBHOOK_KINDS);

export const TeamAlertsStatusSchema = z
  .object({
    /** The saved webhook: its kind and a masked address ("hooks.slack.com/…/X7kQ"); null when none is saved. */
    webhook: z.object({ kind: WebhookKindSchema, maskedAddress: z.string() }).strict().nullable(),
    /** Why the webhook can't be read now (a locked keychain), in plain words; null when it can. */
    keychainProblem: z.string().nullable(),
    /** Alerts waiting to be sent (retrying). */
    waiting: z.number().int().nonnegative(),
    /** Alerts Tether stopped trying to send in the last 7 days. */
    gaveUp: z.number().int().nonnegative(),
    /** When the channel last accepted an alert. */
    lastDeliveredAt: z.number().int().nonnegative().nullable(),
    /** What went wrong last, in plain words ("the channel answered HTTP 500"); null after a success. */
    lastProblem: z.string().nullable(),
  })
  .strict();
export type TeamAlertsStatus = z.infer<typeof TeamAlertsStatusSchema>;

/** Saves the webhook into the keychain. The address travels from the renderer to main only, never back. */
export const SaveWebhookRequestSchema = z.object({ kind: WebhookKindSchema, address: z.string().min(1).max(2000) }).strict();
export type SaveWebhookRequest = z.infer<typeof SaveWebhookRequestSchema>;

export const TestAlertResultSchema = z
  .object({
    delivered: z.boolean(),
    /** What happened, in plain words. */
    detail: z.string(),
  })
  .strict();
export type TestAlertResult = z.infer<typeof TestAlertResultSchema>;
