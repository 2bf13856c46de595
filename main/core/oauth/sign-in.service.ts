/**
 * Runs a sign-in to a network, transport-agnostic: builds the authorize URL with `state` (and PKCE), hands it to
 * the transport's agent, waits for the redirect (or a close, a cancel, the timeout), checks state, exchanges the
 * answer for tokens and turns them into a connection. Tokens stay in this process; nothing is saved before the
 * person has confirmed who they are and what to add, and nothing is saved at all when a step fails.
 */
import type { GrantId } from '../../../shared/domain/ids';
import type { FlowId, SignInNetwork, SignInOutcome, SignInStart, SignInStarted } from '../../../shared/domain/sign-in';
import { RequestError } from '../kernel/request-error';
import { globalTimers, type Timers } from '../kernel/timers';
import type { Logger } from '../logging/create-logger';
import type { ProviderRegistry } from '../providers/registry';
import type { LoginLifetime } from '../providers/provider';
import type { TokenSet } from '../secrets/token-set.codec';
import { grantIdFor, type ConnectionService, type Discovered } from '../connections/connection.service';
import type { AccountsRepository } from '../accounts/accounts.repository';
import { createPkcePair, createState, stateMatches } from './pkce';
import { redirectParams } from './redirect-params';
import type { AgentAvailability, AgentLanding, AgentSession, SignInAgent } from './sign-in-agent';
import { candidatesOf, failed, leftOutScopes } from './sign-in-outcomes';

export interface SignInDeps {
  readonly providers: ProviderRegistry;
  readonly connections: ConnectionService;
  readonly repo: Pick<AccountsRepository, 'grant'>;
  readonly log: Logger;
  /** How long the person has to finish signing in (default 5 minutes). */
  readonly timeoutMs?: number;
  /** How long tokens wait in memory for the picker or the wrong-account choice (default 10 minutes). */
  readonly holdMs?: number;
  readonly timers?: Timers;
  readonly random?: (bytes: number) => Buffer;
}

/** Tokens waiting in memory for the person's choice (picker, or "add as a new connection"). */
interface Held {
  readonly tokens: TokenSet;
  readonly found: Discovered;
  readonly lifetime: LoginLifetime;
}

interface Flow {
  readonly id: FlowId;
  readonly network: SignInNetwork;
  grantId: GrantId | undefined;
  outcome: Promise<SignInOutcome>;
  session: AgentSession | null;
  stop: (landing: AgentLanding | 'timeout') => void;
  held: Held | null;
  dropTimer: unknown;
  /** Whether the transport showed the network's page with no session of its own (see SignInAgent.freshSession). */
  freshLogin: boolean;
}

const DEFAULT_TIMEOUT_MS = 5 * 60_000;
const DEFAULT_HOLD_MS = 10 * 60_000;

function unref(handle: unknown): void {
  (handle as { unref?: () => void } | null)?.unref?.();
}

export class SignInService {
  private agent: SignInAgent | null = null;
  private readonly flows = new Map<FlowId, Flow>();

  constructor(private readonly deps: SignInDeps) {}

  /** The transport's way of showing sign-in pages (Electron windows, serve's browser tab). */
  attachAgent(agent: SignInAgent): void {
    this.agent = agent;
  }

  /** The redirect URI to register for a network, as this transport receives it; null before a transport attached or where it can't sign in. */
  redirectUri(network: SignInNetwork): string | null {
    if (!this.agent || this.agent.availability(network) !== 'here') return null;
    return this.agent.redirectUri(network);
  }

  /** Whether this transport can sign in to the network (null before a transport attached). */
  availability(network: SignInNetwork): AgentAvailability | null {
    return this.agent?.availability(network) ?? null;
  }

  /** Starts a sign-in; the outcome comes from result(). One at a time: a new one ends an unfinished one. */
  async start(request: SignInStart): Promise<SignInStarted> {
    const { network, grantId, mode = 'standard' } = request;
    if (grantId) {
      const grant = this.deps.repo.grant(grantId);
      if (!grant || grant.provider !== network) throw new RequestError('not_found', 'This login is not connected (any more).');
    }
    const agent = this.agent;
    if (!agent) throw new RequestError('unavailable', 'Signing in is not available in this window.');
    for (const open of this.flows.values()) open.stop({ kind: 'closed' });
    const random = this.deps.random;
    const id = createState(random).slice(0, 24) as FlowId;
    const flow: Flow = {
      id,
      network,
      grantId,
      outcome: Promise.resolve(failed(network, 'failed')),
      session: null,
      stop: () => undefined,
      held: null,
      dropTimer: null,
      freshLogin: agent.freshSession(network),
    };
    this.flows.set(id, flow);
    if (agent.availability(network) === 'desktop_app_only') {
      // Said up front: no page opens, nothing is asked of the network.
      flow.outcome = Promise.resolve(failed(network, 'desktop_app_only'));
      this.dropLater(flow);
      return { flowId: id, openUrl: null };
    }
    const provider = this.deps.providers[network];
    const state = createState(random);
    const pkce = provider.usesPkce ? createPkcePair(random) : null;
    const redirectUri = agent.redirectUri(network);
    const auth = await provider.authorize({ redirectUri, state, codeChallenge: pkce?.challenge ?? null, mode });
    if (auth.kind === 'not_set_up') {
      flow.outcome = Promise.resolve(failed(network, 'not_set_up', auth.detail));
      this.dropLater(flow);
      return { flowId: id, openUrl: null };
    }
    const session = agent.open({ network, url: auth.url, redirectUri, state });
    flow.session = session;
    flow.outcome = this.run(flow, session, { state, redirectUri, codeVerifier: pkce?.verifier ?? null }).catch((error: unknown) => {
      this.deps.log.error('sign-in failed unexpectedly', error);
      return failed(network, 'failed', error instanceof Error ? error.message : null);
    });
    void flow.outcome.then(() => this.dropLater(flow));
    return { flowId: id, openUrl: session.openUrl };
  }

  /** The outcome of a sign-in, once there is one. */
  result(flowId: FlowId): Promise<SignInOutcome> {
    return this.flow(flowId).outcome;
  }

  /** The person gave up (closed the tab, pressed Cancel): the sign-in ends as `closed`. */
  cancel(flowId: FlowId): boolean {
    const flow = this.flows.get(flowId);
    if (!flow) return false;
    flow.stop({ kind: 'closed' });
    if (flow.held) this.drop(flow);
    return true;
  }

  /** Saves the Pages and accounts the person ticked in the picker. */
  async choose(flowId: FlowId, keys: readonly string[]): Promise<SignInOutcome> {
    const flow = this.flow(flowId);
    const held = flow.held;
    if (!held || flow.grantId) throw new RequestError('invalid_request', 'This sign-in has nothing waiting to be chosen.');
    const known = new Set(held.found.accounts.map((a) => `${a.provider}:${a.networkAccountId}`));
    const chosen = new Set(keys.filter((k) => known.has(k)));
    if (chosen.size === 0) throw new RequestError('invalid_request', 'Choose at least one of the Pages or accounts listed.');
    this.drop(flow);
    return this.save(flow, held, chosen);
  }

  /** After a wrong-account reconnect: keep that login as a new connection instead (nothing is overwritten). */
  async addInstead(flowId: FlowId): Promise<SignInOutcome> {
    const flow = this.flow(flowId);
    const held = flow.held;
    if (!held || !flow.grantId) throw new RequestError('invalid_request', 'This sign-in has no other login waiting.');
    flow.grantId = undefined;
    return this.connectNew(flow, held);
  }

  private flow(flowId: FlowId): Flow {
    const flow = this.flows.get(flowId);
    if (!flow) throw new RequestError('not_found', 'This sign-in is over. Start it again.');
    return flow;
  }

  private async run(flow: Flow, session: AgentSession, step: { state: string; redirectUri: string; codeVerifier: string | null }): Promise<SignInOutcome> {
    const { network } = flow;
    const timers = this.deps.timers ?? globalTimers;
    const landing = await new Promise<AgentLanding | 'timeout'>((resolve) => {
      const timer = timers.setTimeout(() => resolve('timeout'), this.deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      unref(timer);
      flow.stop = (value) => {
        timers.clearTimeout(timer);
        resolve(value);
      };
      void session.landed.then((value) => flow.stop(value));
    });
    flow.stop = () => undefined;
    session.close();
    if (landing === 'timeout') return failed(network, 'timeout');
    if (landing.kind === 'closed') return failed(network, 'closed');
    if (landing.kind === 'failed') return failed(network, 'failed', landing.message);
    const params = redirectParams(landing.url);
    const error = params.get('error');
    // A denial changes nothing, so it is reported even when its state is missing (Facebook's example has none).
    if (error === 'access_denied') return failed(network, 'denied', params.get('error_description'));
    if (!stateMatches(step.state, params.get('state'))) return failed(network, 'state_mismatch');
    if (error) return failed(network, 'failed', params.get('error_description') ?? error);
    const provider = this.deps.providers[network];
    const exchanged = await provider.exchange(params, { redirectUri: step.redirectUri, codeVerifier: step.codeVerifier });
    if (exchanged.kind === 'failed') return failed(network, exchanged.failure, exchanged.detail);
    const found = await this.deps.connections.discover(network, exchanged.tokens);
    if (found.kind === 'problem') {
      const { classification } = found;
      const failure = classification.permanent ? 'refused' : 'network_error';
      return failed(network, failure, classification.provider.message ?? classification.reason);
    }
    const held: Held = { tokens: exchanged.tokens, found, lifetime: exchanged.lifetime };
    if (flow.grantId && grantIdFor(network, found.identity.id) !== flow.grantId) {
      flow.held = held;
      const expected = this.deps.repo.grant(flow.grantId)?.name ?? flow.grantId;
      return { kind: 'wrong_account', network, flowId: flow.id, expected, signedInAs: found.identity.name, freshLogin: flow.freshLogin };
    }
    if (flow.grantId) return this.save(flow, held, undefined);
    return this.connectNew(flow, held);
  }

  /** A new connection: a login that brings several Pages or roles goes to the picker first. */
  private connectNew(flow: Flow, held: Held): Promise<SignInOutcome> | SignInOutcome {
    const { found } = held;
    if (found.accounts.length === 1 && found.accounts[0]?.tasks === undefined) return this.save(flow, held, undefined);
    flow.held = held;
    const known = this.deps.connections.knownKeys(flow.network, found.identity.id);
    return { kind: 'pick', network: flow.network, flowId: flow.id, signedInAs: found.identity.name, candidates: candidatesOf(found, known) };
  }

  private async save(flow: Flow, held: Held, chosen: ReadonlySet<string> | undefined): Promise<SignInOutcome> {
    const { network } = flow;
    const options = { ...(flow.grantId ? { expectGrantId: flow.grantId } : {}), ...(chosen ? { chosen } : {}) };
    const saved = await this.deps.connections.save(network, held.tokens, held.found, options);
    this.drop(flow);
    if (saved.kind === 'problem') return failed(network, 'refused', saved.classification.provider.message);
    if (saved.kind === 'wrong_account')
      return { kind: 'wrong_account', network, flowId: flow.id, expected: saved.expected, signedInAs: saved.signedInAs, freshLogin: flow.freshLogin };
    return {
      kind: 'connected',
      network,
      grantId: saved.grantId,
      signedInAs: held.found.identity.name,
      accounts: saved.accounts,
      reconnected: saved.reconnected,
      leftOutScopes: leftOutScopes(this.deps.providers[network].requiredScopes, held.tokens.scopes),
      leftOutAccounts: [...saved.leftOut],
      lifetime: held.lifetime,
    };
  }

  /** Forgets a finished flow after a while (its outcome stays readable until then; held tokens go with it). */
  private dropLater(flow: Flow): void {
    const timers = this.deps.timers ?? globalTimers;
    if (flow.dropTimer !== null) timers.clearTimeout(flow.dropTimer);
    flow.dropTimer = timers.setTimeout(() => this.drop(flow), this.deps.holdMs ?? DEFAULT_HOLD_MS);
    unref(flow.dropTimer);
  }

  private drop(flow: Flow): void {
    flow.held = null;
    if (flow.dropTimer !== null) (this.deps.timers ?? globalTimers).clearTimeout(flow.dropTimer);
    flow.dropTimer = null;
    this.flows.delete(flow.id);
  }

  /** Ends every sign-in (the app is closing). */
  close(): void {
    for (const flow of [...this.flows.values()]) {
      flow.stop({ kind: 'closed' });
      this.drop(flow);
    }
  }
}
