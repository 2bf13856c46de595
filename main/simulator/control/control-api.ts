/**
 * The JSON control API under /_sim (never faulted). Routes:
 *   GET  /_sim                      what this simulator is (seed, time, prefixes)
 *   GET  /_sim/scenarios            the catalogue, the targets and the active scenarios
 *   POST /_sim/scenarios/apply      {scenario, target, options?}      POST /_sim/scenarios/revert {scenario, target}
 *   POST /_sim/reset                back to the initial world
 *   GET|PUT|POST|DELETE /_sim/faults   list | replace {faults:[…]} | add one | clear
 *   GET|POST /_sim/time             now | {advanceMs}
 *   GET  /_sim/counters             rate counters      GET|DELETE /_sim/requests  request log
 *   POST /_sim/tokens/facebook      {userId, longLived?, scopes?, pageIds?}    POST /_sim/tokens/x {xUserId, scopes?}
 *   POST /_sim/apps/redirect-uris   {app: meta|x, uri}   registers one more redirect URI in that app
 *   GET  /_sim/x/billing            the X app's plan, credits and bill    POST /_sim/x/credits {usd}  buys credits
 */
import { z } from 'zod';
import type { SimContext } from '../simulator-context';
import { describeIssues, parseRequest, SimulatorRequestError } from '../simulator-error';
import type { SimulatorControl } from './simulator-control';
import { ApplyRequestSchema, RevertRequestSchema } from '../scenarios/scenario-engine';
import { FaultListSchema, FaultSpecSchema } from '../faults/fault.schema';
import { DEFAULT_GRAPH_VERSION } from '../graph/graph-request';

export const CONTROL_PREFIX = '/_sim';

export interface ControlReply {
  readonly status: number;
  readonly body: unknown;
}

const FacebookMintSchema = z.strictObject({
  userId: z.string().min(1),
  longLived: z.boolean().optional(),
  scopes: z.array(z.string()).optional(),
  pageIds: z.array(z.string()).optional(),
});
const XMintSchema = z.strictObject({ xUserId: z.string().min(1), scopes: z.array(z.string()).optional() });
const RedirectUriSchema = z.strictObject({ app: z.enum(['meta', 'x']), uri: z.string().min(1).max(2000) });
const TimeSchema = z.strictObject({
  advanceMs: z
    .number()
    .positive()
    .max(10 * 365 * 24 * 3600 * 1000),
});
const FaultsSchema = z.strictObject({ faults: FaultListSchema });
const CreditsSchema = z.strictObject({ usd: z.number().positive().max(1_000_000) });

function info(ctx: SimContext): unknown {
  return {
    simulator: 'tether-network-simulator',
    world: ctx.world.name,
    seed: ctx.seed,
    now: ctx.clock.now(),
    timeOffsetMs: ctx.clock.offsetMs(),
    controlPrefix: CONTROL_PREFIX,
    graphBase: `${ctx.origin}/${DEFAULT_GRAPH_VERSION}`,
    facebookDialog: `${ctx.origin}/${DEFAULT_GRAPH_VERSION}/dialog/oauth`,
    xApiBase: `${ctx.origin}/2`,
    xAuthorize: `${ctx.origin}/i/oauth2/authorize`,
  };
}

function route(ctx: SimContext, control: SimulatorControl, method: string, path: string, body: unknown): ControlReply {
  const ok = (value: unknown): ControlReply => ({ status: 200, body: value });
  const key = `${method} ${path.replace(/\/+$/, '') || CONTROL_PREFIX}`;
  switch (key) {
    case `GET ${CONTROL_PREFIX}`:
      return ok(info(ctx));
    case `GET ${CONTROL_PREFIX}/scenarios`:
      return ok({ scenarios: control.scenarios(), targets: control.targets(), active: control.active() });
    case `POST ${CONTROL_PREFIX}/scenarios/apply`:
      return ok({ applied: control.apply(parseRequest(ApplyRequestSchema, body)) });
    case `POST ${CONTROL_PREFIX}/scenarios/revert`:
      return ok({ reverted: control.revert(parseRequest(RevertRequestSchema, body)) });
    case `POST ${CONTROL_PREFIX}/reset`:
      control.reset();
      return ok({ reset: true });
    case `GET ${CONTROL_PREFIX}/faults`:
      return ok({ faults: control.faults() });
    case `PUT ${CONTROL_PREFIX}/faults`:
      return ok({ faults: control.setFaults(parseRequest(FaultsSchema, body).faults) });
    case `POST ${CONTROL_PREFIX}/faults`:
      return ok({ faults: control.addFault(parseRequest(FaultSpecSchema, body)) });
    case `DELETE ${CONTROL_PREFIX}/faults`:
      control.clearFaults();
      return ok({ faults: [] });
    case `GET ${CONTROL_PREFIX}/time`:
      return ok({ now: control.now(), offsetMs: ctx.clock.offsetMs() });
    case `POST ${CONTROL_PREFIX}/time`:
      return ok({ now: control.advanceTime(parseRequest(TimeSchema, body).advanceMs), offsetMs: ctx.clock.offsetMs() });
    case `GET ${CONTROL_PREFIX}/counters`:
      return ok(control.counters());
    case `GET ${CONTROL_PREFIX}/requests`:
      return ok({ requests: control.requests() });
    case `DELETE ${CONTROL_PREFIX}/requests`:
      control.clearRequests();
      return ok({ requests: [] });
    case `POST ${CONTROL_PREFIX}/tokens/facebook`: {
      const req = parseRequest(FacebookMintSchema, body);
      return ok(control.mintFacebookUserToken(req.userId, req));
    }
    case `POST ${CONTROL_PREFIX}/tokens/x`: {
      const req = parseRequest(XMintSchema, body);
      return ok(control.mintXTokens(req.xUserId, req));
    }
    case `POST ${CONTROL_PREFIX}/apps/redirect-uris`: {
      const req = parseRequest(RedirectUriSchema, body);
      control.addRedirectUri(req.app, req.uri);
      return ok({ added: req.uri });
    }
    case `GET ${CONTROL_PREFIX}/x/billing`:
      return ok(control.xBilling());
    case `POST ${CONTROL_PREFIX}/x/credits`:
      return ok(control.addXCredits(parseRequest(CreditsSchema, body).usd));
    default:
      return { status: 404, body: { error: { message: `No control route ${method} ${path}. See GET ${CONTROL_PREFIX}.` } } };
  }
}

/** Answers one control request. Bad input is a 400 with a readable message; nothing throws out of here. */
export function handleControl(ctx: SimContext, control: SimulatorControl, method: string, path: string, body: unknown): ControlReply {
  try {
    return route(ctx, control, method, path, body);
  } catch (error) {
    if (error instanceof SimulatorRequestError) return { status: error.status, body: { error: { message: error.message } } };
    if (error instanceof z.ZodError) {
      return { status: 400, body: { error: { message: describeIssues(error.issues) } } };
    }
    if (error instanceof RangeError) return { status: 400, body: { error: { message: error.message } } };
    throw error;
  }
}
