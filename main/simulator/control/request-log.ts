/**
 * The request log tests read to see what reached the simulator. Secrets in query strings are masked, and
 * the log keeps only the newest entries. Tether itself never needs it.
 */

/** Query and form parameters whose values are secrets. */
const SECRET_PARAMS = ['access_token', 'input_token', 'client_secret', 'code', 'fb_exchange_token', 'refresh_token', 'token', 'code_verifier'];

export interface RequestLogEntry {
  readonly seq: number;
  /** Simulated epoch ms. */
  readonly at: number;
  readonly method: string;
  /** Path and query, with secret values replaced by "***". */
  readonly url: string;
  readonly network: 'facebook' | 'x' | 'control' | 'other';
  status: number | null;
  /** The fault that shaped the answer, if any ("latency", "connection_reset", …). */
  fault: string | null;
}

/** Masks secret parameter values in a path+query. */
export function maskUrl(pathAndQuery: string): string {
  const url = new URL(pathAndQuery, 'http://sim');
  for (const name of SECRET_PARAMS) if (url.searchParams.has(name)) url.searchParams.set(name, '***');
  return `${url.pathname}${url.search}`;
}

/** A bounded, in-memory log of network requests (control requests are not logged). */
export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private seq = 0;

  constructor(private readonly capacity = 2000) {}

  /** Records a request; the caller fills in status and fault later. */
  add(at: number, method: string, pathAndQuery: string, network: RequestLogEntry['network']): RequestLogEntry {
    this.seq += 1;
    const entry: RequestLogEntry = { seq: this.seq, at, method, url: maskUrl(pathAndQuery), network, status: null, fault: null };
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    return entry;
  }

  list(): readonly RequestLogEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  clear(): void {
    this.entries = [];
  }
}
