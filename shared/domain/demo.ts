/** Demo mode's Scenarios panel: the failures the built-in simulator can cause, where, and which are active. */
import { z } from 'zod';
import { ProviderIdSchema } from './provider-id';
import { ReasonIdSchema } from './reason-id';

export const DEMO_TARGET_KINDS = ['facebook_user', 'facebook_page', 'instagram_account', 'x_account'] as const;
const TargetKindSchema = z.enum(DEMO_TARGET_KINDS);
const ScenarioIdSchema = z.string().regex(/^[a-z_]{2,60}$/);
const TargetIdSchema = z.string().regex(/^\d{1,40}$/);

export const DemoScenarioSchema = z
  .object({
    id: ScenarioIdSchema,
    network: ProviderIdSchema,
    targetKind: TargetKindSchema,
    label: z.string(),
    description: z.string(),
    /** What Tether should report once it checks. */
    expectedReason: ReasonIdSchema,
    /** True when logging in again is enough to recover, as on the real network. */
    fixedByReconnect: z.boolean(),
  })
  .strict();

export const DemoTargetSchema = z.object({ kind: TargetKindSchema, id: TargetIdSchema, label: z.string() }).strict();

export const DemoListingSchema = z
  .object({
    scenarios: z.array(DemoScenarioSchema),
    targets: z.array(DemoTargetSchema),
    active: z.array(z.object({ scenario: ScenarioIdSchema, target: TargetIdSchema, appliedAt: z.number().int().nonnegative() }).strict()),
  })
  .strict();
export type DemoListing = z.infer<typeof DemoListingSchema>;

export const DemoScenarioRequestSchema = z.object({ scenario: ScenarioIdSchema, target: TargetIdSchema }).strict();
export type DemoScenarioRequest = z.infer<typeof DemoScenarioRequestSchema>;
