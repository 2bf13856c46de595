/**
 * The programmatic control surface tests and demo mode use in-process: scenarios, faults, time travel,
 * reset, counters, the request log, and minting tokens for a world person without driving the HTML dialogs.
 */
import type { SimContext } from '../simulator-context';
import { resetContext } from '../simulator-context';
import { SCENARIOS, type ScenarioDefinition } from '../scenarios/scenario-catalogue';
import {
  activeScenarios,
  applyScenario,
  revertScenario,
  scenarioTargets,
  type ApplyRequest,
  type RevertRequest,
  type ScenarioTarget,
} from '../scenarios/scenario-engine';
import type { ActiveScenario } from '../state/sim-state';
import type { FaultSpec, FaultSpecInput } from '../faults/fault.schema';
import type { UsageSnapshot } from '../state/usage-counters';
import type { RequestLogEntry } from './request-log';
import { DEFAULT_FACEBOOK_SCOPES, mintUserToken, pageTokenFor, recordGrant, secondsUntil } from '../state/facebook-tokens';
import { pagePicked, pagesOfUser } from '../state/effective-world';
import { issueXTokens } from '../state/x-tokens';
import { SimulatorRequestError } from '../simulator-error';
import type { XBillingSnapshot, XCharge } from '../x/x-billing';

export interface MintedFacebookTokens {
  readonly userId: string;
  readonly accessToken: string;
  readonly expiresIn: number;
  readonly longLived: boolean;
  /** Page id → Page token, for every Page the person has a role on (and picked). */
  readonly pageTokens: Readonly<Record<string, string>>;
}

export interface MintedXTokens {
  readonly xUserId: string;
  readonly accessToken: string;
  readonly refreshToken: string | null;
  readonly expiresIn: number;
  readonly scope: string;
}

export interface MintFacebookOptions {
  /** Default true: a ~60-day user token whose Page tokens never expire. */
  readonly longLived?: boolean;
  /** Default: the permissions the app usually asks for. */
  readonly scopes?: readonly string[];
  /** Default: every Page (as "all Pages" in the picker). */
  readonly pageIds?: readonly string[];
}

export interface SimulatorControl {
  /** The scenario catalogue (same data as GET /_sim/scenarios). */
  scenarios(): readonly ScenarioDefinition[];
  targets(): ScenarioTarget[];
  active(): ActiveScenario[];
  apply(req: ApplyRequest): ActiveScenario;
  revert(req: RevertRequest): boolean;
  /** Replaces every fault; throws a ZodError on a bad spec. */
  setFaults(faults: readonly FaultSpecInput[]): readonly FaultSpec[];
  addFault(fault: FaultSpecInput): readonly FaultSpec[];
  clearFaults(): void;
  faults(): readonly FaultSpec[];
  /** Moves simulated time forward; returns the new simulated epoch ms. */
  advanceTime(ms: number): number;
  now(): number;
  /** Back to the initial world: no tokens, scenarios, faults, counters, log or time offset. */
  reset(): void;
  counters(): UsageSnapshot;
  requests(): readonly RequestLogEntry[];
  clearRequests(): void;
  /** The app token `appid|secret` that /debug_token needs. */
  appToken(): string;
  mintFacebookUserToken(userId: string, options?: MintFacebookOptions): MintedFacebookTokens;
  mintXTokens(xUserId: string, options?: { readonly scopes?: readonly string[] }): MintedXTokens;
  /** Registers one more redirect URI in the Meta or X app, as the user would in the app's settings. */
  addRedirectUri(app: 'meta' | 'x', uri: string): void;
  /** Every token and authorization code issued since the last reset, used or not (tests look for them where none may be). */
  issuedSecrets(): string[];
  /** The X app's plan, credit balance and bill. */
  xBilling(): XBillingSnapshot;
  /** Every line of the X bill, oldest first. */
  xCharges(): readonly XCharge[];
  /** Buys X credits (pay-per-use), as the user would in X's Developer Console. */
  addXCredits(usd: number): XBillingSnapshot;
}

/** Builds the control surface over a context. */
export function createSimulatorControl(ctx: SimContext): SimulatorControl {
  return {
    scenarios: () => SCENARIOS,
    targets: () => scenarioTargets(ctx),
    active: () => activeScenarios(ctx),
    apply: (req) => applyScenario(ctx, req),
    revert: (req) => revertScenario(ctx, req),
    setFaults: (faults) => ctx.faults.setFaults(faults),
    addFault: (fault) => ctx.faults.addFault(fault),
    clearFaults: () => void ctx.faults.setFaults([]),
    addRedirectUri: (app, uri) => {
      if (!URL.canParse(uri) || !/^https?:$/.test(new URL(uri).protocol)) throw new SimulatorRequestError(`not an http(s) redirect URI: ${uri}`, 400);
      const list = ctx.addedRedirectUris[app];
      if (!list.includes(uri)) list.push(uri);
    },
    issuedSecrets: () => {
      const { fbTokens, fbCodes, xAccess, xRefresh, xCodes } = ctx.state;
      return [fbTokens, fbCodes, xAccess, xRefresh, xCodes].flatMap((issued) => [...issued.keys()]);
    },
    faults: () => ctx.faults.list(),
    xBilling: () => ctx.xBilling.snapshot(),
    xCharges: () => ctx.xBilling.charges(),
    addXCredits(usd) {
      if (ctx.world.x.plan.kind !== 'pay_per_use')
        throw new SimulatorRequestError(`the X app is on the ${ctx.world.x.plan.kind} plan, which has no credits`, 400);
      ctx.xBilling.addCredits(usd);
      return ctx.xBilling.snapshot();
    },
    advanceTime: (ms) => ctx.clock.advance(ms),
    now: () => ctx.clock.now(),
    reset: () => resetContext(ctx),
    counters: () => ctx.usage.snapshot(ctx.clock.now()),
    requests: () => ctx.log.list(),
    clearRequests: () => ctx.log.clear(),
    appToken: () => `${ctx.world.meta.appId}|${ctx.world.meta.appSecret}`,
    mintFacebookUserToken(userId, options = {}) {
      if (!ctx.index.users.has(userId)) throw new SimulatorRequestError(`no Facebook user with id "${userId}"`, 404);
      const pageIds = options.pageIds ? new Set(options.pageIds) : null;
      const grant = recordGrant(ctx, userId, { granted: options.scopes ?? DEFAULT_FACEBOOK_SCOPES, declined: [], pageIds });
      const longLived = options.longLived ?? true;
      const token = mintUserToken(ctx, userId, longLived);
      const pageTokens: Record<string, string> = {};
      for (const page of pagesOfUser(ctx, userId)) if (pagePicked(ctx, grant, page.id)) pageTokens[page.id] = pageTokenFor(ctx, token, page.id).value;
      return { userId, accessToken: token.value, expiresIn: secondsUntil(ctx, token.expiresAt), longLived, pageTokens };
    },
    mintXTokens(xUserId, options = {}) {
      if (!ctx.index.xUsers.has(xUserId)) throw new SimulatorRequestError(`no X account with id "${xUserId}"`, 404);
      const scopes = options.scopes ?? ['tweet.read', 'users.read', 'offline.access'];
      const { access, refresh } = issueXTokens(ctx, xUserId, scopes);
      return {
        xUserId,
        accessToken: access.value,
        refreshToken: refresh?.value ?? null,
        expiresIn: Math.round((access.expiresAt - ctx.clock.now()) / 1000),
        scope: scopes.join(' '),
      };
    },
  };
}
