/** Everything a request handler needs: the world, its lookup tables, the mutable state, the clock, faults, counters, log. */
import type { BusinessPortfolio, FacebookUser, InstagramAccount, Page, World, XUser } from './world/world.schema';
import { createState, type SimState } from './state/sim-state';
import { createSimClock, type SimClock } from './sim-clock';
import { FaultEngine } from './faults/fault-engine';
import { UsageCounters } from './state/usage-counters';
import { RequestLog } from './control/request-log';
import { XBilling } from './x/x-billing';

/** Lookup tables over the (immutable) world. */
export interface WorldIndex {
  readonly users: ReadonlyMap<string, FacebookUser>;
  readonly pages: ReadonlyMap<string, Page>;
  readonly instagram: ReadonlyMap<string, InstagramAccount>;
  readonly xUsers: ReadonlyMap<string, XUser>;
  /** Instagram account id → the Page it is linked to. */
  readonly pageOfInstagram: ReadonlyMap<string, Page>;
  readonly portfolios: ReadonlyMap<string, BusinessPortfolio>;
  /** Page id → the portfolio that owns it (the business Graph links the Page to). */
  readonly ownerOfPage: ReadonlyMap<string, BusinessPortfolio>;
}

export interface SimContext {
  readonly world: World;
  readonly index: WorldIndex;
  state: SimState;
  readonly clock: SimClock;
  readonly faults: FaultEngine;
  readonly usage: UsageCounters;
  /** The X app's credits and bill (pay-per-use worlds). */
  xBilling: XBilling;
  readonly log: RequestLog;
  readonly seed: number;
  /** http://127.0.0.1:<port>, known once the server listens. */
  origin: string;
  /**
   * Redirect URIs registered after start, as a user adds them in their app's settings (e.g. `tether serve`'s own
   * callback). App configuration, not network state: a reset keeps them.
   */
  readonly addedRedirectUris: { readonly meta: string[]; readonly x: string[] };
}

function indexWorld(world: World): WorldIndex {
  const pageOfInstagram = new Map<string, Page>();
  for (const page of world.pages) if (page.instagramAccountId) pageOfInstagram.set(page.instagramAccountId, page);
  return {
    users: new Map(world.facebookUsers.map((u) => [u.id, u])),
    pages: new Map(world.pages.map((p) => [p.id, p])),
    instagram: new Map(world.instagramAccounts.map((a) => [a.id, a])),
    xUsers: new Map(world.xUsers.map((x) => [x.id, x])),
    pageOfInstagram,
    portfolios: new Map(world.businessPortfolios.map((b) => [b.id, b])),
    ownerOfPage: new Map(world.businessPortfolios.flatMap((b) => b.ownedPageIds.map((id) => [id, b] as const))),
  };
}

/** Builds a fresh context for a validated world. */
export function createContext(world: World, seed: number, clock: SimClock = createSimClock()): SimContext {
  return {
    world,
    index: indexWorld(world),
    state: createState(),
    clock,
    faults: new FaultEngine(seed),
    usage: new UsageCounters(world.limits),
    xBilling: new XBilling(world.x.plan),
    log: new RequestLog(),
    seed,
    origin: 'http://127.0.0.1',
    addedRedirectUris: { meta: [], x: [] },
  };
}

/** Back to the initial world: no tokens, scenarios, faults, counters, bill, log entries or time offset. */
export function resetContext(ctx: SimContext): void {
  ctx.state = createState();
  ctx.xBilling = new XBilling(ctx.world.x.plan);
  ctx.clock.reset();
  ctx.faults.setFaults([]);
  ctx.usage.reset();
  ctx.log.clear();
}

/** Every redirect URI an app accepts: the world's (expanded) and those added since. */
export function registeredRedirectUris(ctx: SimContext, app: 'meta' | 'x'): string[] {
  const world = app === 'meta' ? ctx.world.meta.redirectUris : ctx.world.x.redirectUris;
  return [...world.map((u) => expandRedirectUri(ctx, u)), ...ctx.addedRedirectUris[app]];
}

/** A registered redirect URI with "{simulator}" replaced by this simulator's origin. */
export function expandRedirectUri(ctx: SimContext, uri: string): string {
  return uri.replace('{simulator}', ctx.origin);
}
