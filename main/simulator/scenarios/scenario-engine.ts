/**
 * Applies and reverts scenarios. Applying records the scenario with the current serial and time; the
 * effects live in the queries that consult it (state/effective-world.ts, graph-auth.ts, x-tokens.ts).
 * Applying again means "it happened again now"; reverting removes it, which restores health.
 */
import { z } from 'zod';
import type { SimContext } from '../simulator-context';
import { FACEBOOK_SCOPES } from '../world/world.schema';
import { nextSerial, scenarioKey, type ActiveScenario } from '../state/sim-state';
import { parseRequest, SimulatorRequestError } from '../simulator-error';
import { SCENARIO_IDS, scenarioById, type ScenarioId, type TargetKind } from './scenario-catalogue';

export const ApplyRequestSchema = z.strictObject({
  scenario: z.enum(SCENARIO_IDS),
  target: z.string().min(1),
  options: z.strictObject({ permission: z.enum(FACEBOOK_SCOPES).exclude(['public_profile']).optional() }).optional(),
});
export type ApplyRequest = z.input<typeof ApplyRequestSchema>;

export const RevertRequestSchema = z.strictObject({ scenario: z.enum(SCENARIO_IDS), target: z.string().min(1) });
export type RevertRequest = z.input<typeof RevertRequestSchema>;

/** One thing a scenario can be applied to, for pickers. */
export interface ScenarioTarget {
  readonly kind: TargetKind;
  readonly id: string;
  readonly label: string;
}

/** Every target in the world, grouped by kind in world order. */
export function scenarioTargets(ctx: SimContext): ScenarioTarget[] {
  return [
    ...ctx.world.facebookUsers.map((u) => ({ kind: 'facebook_user' as const, id: u.id, label: u.name })),
    ...ctx.world.pages.map((p) => ({ kind: 'facebook_page' as const, id: p.id, label: p.name })),
    ...ctx.world.instagramAccounts.map((a) => ({ kind: 'instagram_account' as const, id: a.id, label: `@${a.username}` })),
    ...ctx.world.xUsers.map((x) => ({ kind: 'x_account' as const, id: x.id, label: `@${x.username}` })),
  ];
}

function targetExists(ctx: SimContext, kind: TargetKind, id: string): boolean {
  switch (kind) {
    case 'facebook_user':
      return ctx.index.users.has(id);
    case 'facebook_page':
      return ctx.index.pages.has(id);
    case 'instagram_account':
      return ctx.index.instagram.has(id);
    case 'x_account':
      return ctx.index.xUsers.has(id);
  }
}

/** Applies a scenario to a target (validated); returns the active record. */
export function applyScenario(ctx: SimContext, input: ApplyRequest): ActiveScenario {
  const req = parseRequest(ApplyRequestSchema, input);
  const definition = scenarioById(req.scenario);
  if (!targetExists(ctx, definition.targetKind, req.target)) {
    throw new SimulatorRequestError(`${req.scenario} applies to a ${definition.targetKind.replace('_', ' ')}, and there is none with id "${req.target}"`, 404);
  }
  if (req.options?.permission && req.scenario !== 'permission_declined') throw new SimulatorRequestError(`${req.scenario} takes no permission option`, 400);
  const record: ActiveScenario = {
    scenario: req.scenario,
    target: req.target,
    serial: nextSerial(ctx.state),
    appliedAt: ctx.clock.now(),
    options: req.scenario === 'permission_declined' ? { permission: req.options?.permission ?? definition.option?.default } : {},
  };
  ctx.state.scenarios.set(scenarioKey(req.scenario, req.target), record);
  return record;
}

/** Reverts a scenario; false when it was not active. */
export function revertScenario(ctx: SimContext, input: RevertRequest): boolean {
  const req = parseRequest(RevertRequestSchema, input);
  return ctx.state.scenarios.delete(scenarioKey(req.scenario, req.target));
}

/** The scenarios in force, oldest first. */
export function activeScenarios(ctx: SimContext): ActiveScenario[] {
  return [...ctx.state.scenarios.values()].sort((a, b) => a.serial - b.serial);
}

export type { ScenarioId };
