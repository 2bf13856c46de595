/**
 * Fault specs: what can go wrong on which endpoint, and how often. Each fault has an endpoint matcher
 * (network, path prefix or regular expression, method) and a probability; dice come from a seeded PRNG.
 */
import { z } from 'zod';

const Base = z.strictObject({
  /** A name for the request log; defaults to the fault's type and position. */
  id: z.string().min(1).optional(),
  /** 0..1: the share of matching requests that get the fault. */
  probability: z.number().min(0).max(1).default(1),
  network: z.enum(['facebook', 'x', 'any']).default('any'),
  /** Matches the path, and for Graph also the path without its /vN.0 prefix ("/me/accounts"). */
  pathPrefix: z.string().startsWith('/').optional(),
  /** A regular expression tested against the same paths. */
  pathPattern: z
    .string()
    .refine((p) => {
      try {
        new RegExp(p);
        return true;
      } catch {
        return false;
      }
    }, 'must be a valid regular expression')
    .optional(),
  method: z.enum(['GET', 'POST', 'DELETE']).optional(),
});

export const FaultSpecSchema = z.discriminatedUnion('type', [
  /** Wait this long before answering (combines with any other fault). */
  Base.extend({ type: z.literal('latency'), ms: z.number().int().min(0).max(600_000) }),
  /** A 5xx with a JSON body in the network's own format, or an HTML error page. */
  Base.extend({
    type: z.literal('http_error'),
    status: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]),
    body: z.enum(['json', 'html']).default('json'),
  }),
  /** Graph transient codes 1 and 2; code 2 is seen with is_transient:true on HTTP 401 (snarfed/bridgy#450). */
  Base.extend({
    type: z.literal('graph_transient'),
    code: z.union([z.literal(1), z.literal(2)]),
    httpStatus: z.number().int().min(400).max(599).default(500),
    isTransient: z.boolean().default(true),
  }),
  /** A 429 storm: Graph code 4/17/32/80001 errors, X 429 (window) or the monthly usage cap. */
  Base.extend({
    type: z.literal('rate_limit'),
    graphCode: z.union([z.literal(4), z.literal(17), z.literal(32), z.literal(80001)]).default(4),
    xVariant: z.enum(['window', 'usage_capped']).default('window'),
  }),
  /** Hold the socket without answering, then drop it after holdMs (or never, until the simulator closes). */
  Base.extend({ type: z.literal('timeout'), holdMs: z.number().int().positive().max(600_000).optional() }),
  /** Destroy the socket without a response (ECONNRESET / "socket hang up" for the client). */
  Base.extend({ type: z.literal('connection_reset') }),
  /** HTTP 200, JSON content type, body cut off mid-object. */
  Base.extend({ type: z.literal('malformed_json') }),
  /** An HTML page where JSON was expected (a login wall, a proxy page). */
  Base.extend({ type: z.literal('html_page'), status: z.number().int().min(200).max(599).default(200) }),
  /** The network is unreachable: every matching connection is destroyed before any byte is answered. */
  Base.extend({ type: z.literal('offline') }),
  /** Deliver Graph errors of one code with another HTTP status (e.g. permission code 200 as HTTP 500, bridgy#437). */
  Base.extend({ type: z.literal('graph_status'), code: z.number().int(), httpStatus: z.number().int().min(200).max(599) }),
]);

export type FaultSpec = z.infer<typeof FaultSpecSchema>;
export type FaultSpecInput = z.input<typeof FaultSpecSchema>;
export type FaultType = FaultSpec['type'];

export const FaultListSchema = z.array(FaultSpecSchema);
