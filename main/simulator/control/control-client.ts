/**
 * A small client for a running simulator's /_sim control API, used by `tether simulate apply|revert|…` and
 * usable by anything that drives a simulator in another process.
 */
import type { ScenarioDefinition, ScenarioId } from '../scenarios/scenario-catalogue';
import type { ApplyRequest, RevertRequest, ScenarioTarget } from '../scenarios/scenario-engine';
import type { ActiveScenario } from '../state/sim-state';
import { CONTROL_PREFIX } from './control-api';

export interface ScenarioListing {
  readonly scenarios: readonly ScenarioDefinition[];
  readonly targets: readonly ScenarioTarget[];
  readonly active: readonly ActiveScenario[];
}

/** Like ApplyRequest, but the permission is any string: the simulator validates it and answers with a message. */
export interface RemoteApplyRequest {
  readonly scenario: ScenarioId;
  readonly target: string;
  readonly options?: { readonly permission?: string };
}

export interface ControlClient {
  scenarios(): Promise<ScenarioListing>;
  apply(req: RemoteApplyRequest | ApplyRequest): Promise<ActiveScenario>;
  revert(req: RevertRequest): Promise<boolean>;
  reset(): Promise<void>;
  advanceTime(ms: number): Promise<number>;
}

/**
 * A client for the simulator at `baseUrl` (http://127.0.0.1:<port>), with its control key (printed by
 * `tether simulate`, or RunningSimulator.controlKey). Failures throw with the simulator's message.
 */
export function createControlClient(baseUrl: string, key: string, fetchImpl: typeof fetch = fetch): ControlClient {
  const request = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    let res: Response;
    try {
      res = await fetchImpl(`${baseUrl.replace(/\/+$/, '')}${CONTROL_PREFIX}${path}`, {
        method,
        headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new Error(`cannot reach a simulator at ${baseUrl} (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
    const data = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    if (!res.ok) throw new Error(data?.error?.message ?? `the simulator answered HTTP ${res.status}`);
    return data as T;
  };
  return {
    scenarios: () => request<ScenarioListing>('GET', '/scenarios'),
    apply: async (req) => (await request<{ applied: ActiveScenario }>('POST', '/scenarios/apply', req)).applied,
    revert: async (req) => (await request<{ reverted: boolean }>('POST', '/scenarios/revert', req)).reverted,
    reset: async () => {
      await request('POST', '/reset', {});
    },
    advanceTime: async (ms) => (await request<{ now: number }>('POST', '/time', { advanceMs: ms })).now,
  };
}
