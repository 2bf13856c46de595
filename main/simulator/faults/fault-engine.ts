/**
 * Decides which faults hit a request. Each fault rolls its own seeded dice (mulberry32 seeded from the
 * simulator seed and the fault's position), so one fault's rolls never depend on traffic to other endpoints.
 * Control endpoints (/_sim) never reach this engine.
 */
import { hash32, mulberry32, type Prng } from '../random/mulberry32';
import { FaultListSchema, type FaultSpec, type FaultSpecInput } from './fault.schema';

/** What a request is, for matching. `paths` holds the raw path and, for Graph, the version-less one. */
export interface FaultTarget {
  readonly network: 'facebook' | 'x';
  readonly method: string;
  readonly paths: readonly string[];
}

type TransportFault = Extract<FaultSpec, { type: 'http_error' | 'timeout' | 'connection_reset' | 'malformed_json' | 'html_page' | 'offline' }>;
/** Faults answered by the API layer in the network's own error format. */
export type ApiFault = Extract<FaultSpec, { type: 'graph_transient' | 'rate_limit' }>;

/** The outcome for one HTTP request. */
export interface RequestFaults {
  readonly latencyMs: number;
  readonly transport: TransportFault | null;
  readonly api: ApiFault | null;
  /** Names of every fault that fired, for the request log. */
  readonly fired: readonly string[];
}

interface ArmedFault {
  readonly spec: FaultSpec;
  readonly name: string;
  readonly roll: Prng;
  readonly pattern: RegExp | null;
}

function matches(fault: ArmedFault, target: FaultTarget): boolean {
  const { spec } = fault;
  if (spec.network !== 'any' && spec.network !== target.network) return false;
  // Graph-only faults never touch X.
  if ((spec.type === 'graph_transient' || spec.type === 'graph_status') && target.network !== 'facebook') return false;
  if (spec.method && spec.method !== target.method) return false;
  const prefix = spec.pathPrefix;
  if (prefix !== undefined && !target.paths.some((p) => p.startsWith(prefix))) return false;
  if (fault.pattern && !target.paths.some((p) => fault.pattern?.test(p))) return false;
  return true;
}

/** The armed faults and their dice. */
export class FaultEngine {
  private armed: ArmedFault[] = [];

  constructor(private readonly seed: number) {}

  /** Replaces every fault (validated; throws a ZodError on a bad spec). Dice restart from the seed. */
  setFaults(input: readonly FaultSpecInput[]): readonly FaultSpec[] {
    const specs = FaultListSchema.parse(input);
    this.armed = specs.map((spec, i) => {
      const name = spec.id ?? `${spec.type}#${i}`;
      return { spec, name, roll: mulberry32(hash32(`${this.seed}:${i}:${name}`)), pattern: spec.pathPattern ? new RegExp(spec.pathPattern) : null };
    });
    return specs;
  }

  /** Adds one fault at the end of the list. */
  addFault(input: FaultSpecInput): readonly FaultSpec[] {
    return this.setFaults([...this.list(), input]);
  }

  list(): FaultSpec[] {
    return this.armed.map((a) => a.spec);
  }

  /** Rolls every matching fault for an HTTP request. Latencies add up; the first terminal fault of each kind wins. */
  forRequest(target: FaultTarget): RequestFaults {
    let latencyMs = 0;
    let transport: TransportFault | null = null;
    let api: ApiFault | null = null;
    const fired: string[] = [];
    for (const fault of this.armed) {
      if (fault.spec.type === 'graph_status' || !matches(fault, target)) continue;
      // Roll even at probability 1, so a fault's dice advance once per matching request whatever happens.
      if (!(fault.roll() < fault.spec.probability)) continue;
      const spec = fault.spec;
      switch (spec.type) {
        case 'latency':
          latencyMs += spec.ms;
          fired.push(fault.name);
          break;
        case 'graph_transient':
        case 'rate_limit':
          if (!api && !transport) {
            api = spec;
            fired.push(fault.name);
          }
          break;
        case 'http_error':
        case 'timeout':
        case 'connection_reset':
        case 'malformed_json':
        case 'html_page':
        case 'offline':
          if (!transport && !api) {
            transport = spec;
            fired.push(fault.name);
          }
          break;
      }
    }
    return { latencyMs, transport, api, fired };
  }

  /** Rolls API-level faults for one operation inside a Graph batch. */
  forBatchOperation(target: FaultTarget): ApiFault | null {
    for (const fault of this.armed) {
      const spec = fault.spec;
      if ((spec.type !== 'graph_transient' && spec.type !== 'rate_limit') || !matches(fault, target)) continue;
      if (fault.roll() < spec.probability) return spec;
    }
    return null;
  }

  /** The HTTP status a Graph error with `code` should go out with, if a graph_status fault says so. */
  statusFor(target: FaultTarget, code: number): number | null {
    for (const fault of this.armed) {
      const spec = fault.spec;
      if (spec.type !== 'graph_status' || spec.code !== code || !matches(fault, target)) continue;
      if (fault.roll() < spec.probability) return spec.httpStatus;
    }
    return null;
  }
}
