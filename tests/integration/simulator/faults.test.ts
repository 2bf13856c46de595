/** Faults over real HTTP: each one shapes only the endpoints it matches, and seeded dice repeat exactly. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FaultSpecInput, RunningSimulator } from '../../../main/simulator';
import { IDS, call, controlCall, graph, graphError, startTestSimulator, usersMe } from '../../fixtures/simulator/simulator-kit';

let sim: RunningSimulator;
let fb: { accessToken: string; pageTokens: Readonly<Record<string, string>> };
let x: { accessToken: string };
beforeAll(async () => {
  sim = await startTestSimulator(42);
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.control.reset();
  fb = sim.control.mintFacebookUserToken(IDS.ada);
  x = sim.control.mintXTokens(IDS.alphaX);
});

const me = () => graph(sim, '/me', { access_token: fb.accessToken });
const accounts = () => graph(sim, '/me/accounts', { access_token: fb.accessToken, fields: 'id' });

/** The error a fetch fails with (its cause carries the socket error). */
async function transportError(url: string, init: RequestInit = {}): Promise<string> {
  try {
    await fetch(url, init);
    return 'no error';
  } catch (error) {
    const cause = (error as { cause?: { code?: string; name?: string; message?: string } }).cause;
    return cause?.code ?? (error as Error).name;
  }
}

describe('response faults', () => {
  it('http_error: a 503 in Graph JSON, a 502 about:blank for X, and HTML pages, only where matched', async () => {
    sim.control.setFaults([
      { type: 'http_error', status: 503, network: 'facebook', pathPrefix: '/me/accounts' },
      { type: 'http_error', status: 502, network: 'x' },
    ]);
    const res = await accounts();
    expect(res.status).toBe(503);
    expect(graphError(res)).toMatchObject({ code: 1, message: 'An unknown error occurred' });
    expect((await me()).status).toBe(200);
    const xr = await usersMe(sim, x.accessToken);
    expect(xr.json).toEqual({ title: 'Bad Gateway', type: 'about:blank', status: 502, detail: 'Bad Gateway' });
    sim.control.setFaults([{ type: 'http_error', status: 500, body: 'html' }]);
    const html = await me();
    expect(html.status).toBe(500);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.text).toContain('Sorry, something went wrong.');
  });

  it('graph_transient: code 2 with is_transient true delivered as HTTP 401', async () => {
    sim.control.setFaults([{ type: 'graph_transient', code: 2, httpStatus: 401, pathPrefix: '/me/accounts' }]);
    const res = await accounts();
    expect(res.status).toBe(401);
    expect(graphError(res)).toMatchObject({ code: 2, is_transient: true, type: 'OAuthException' });
    expect((await me()).status).toBe(200);
    expect((await usersMe(sim, x.accessToken)).status).toBe(200);
  });

  it('graph_status: a permission error (#10) delivered as HTTP 500', async () => {
    sim.control.apply({ scenario: 'permission_declined', target: IDS.ada });
    sim.control.setFaults([{ type: 'graph_status', code: 10, httpStatus: 500 }]);
    const res = await graph(sim, `/${IDS.alphaPage}`, { access_token: fb.pageTokens[IDS.alphaPage] ?? '', fields: 'id,is_published' });
    expect(res.status).toBe(500);
    expect(graphError(res).code).toBe(10);
  });

  it('rate_limit storms: Graph code 4 with X-App-Usage at 100, X 429 window and usage cap', async () => {
    sim.control.setFaults([
      { type: 'rate_limit', network: 'facebook', graphCode: 4 },
      { type: 'rate_limit', network: 'x', xVariant: 'usage_capped', probability: 1 },
    ]);
    const res = await me();
    expect(res.status).toBe(403);
    expect(graphError(res)).toMatchObject({ code: 4, is_transient: true, message: '(#4) Application request limit reached' });
    expect(JSON.parse(res.headers.get('x-app-usage') ?? '{}')).toEqual({ call_count: 100, total_time: 100, total_cputime: 100 });
    const capped = await usersMe(sim, x.accessToken);
    expect(capped.status).toBe(429);
    expect(capped.json).toMatchObject({ type: 'https://api.twitter.com/2/problems/usage-capped', title: 'UsageCapExceeded', period: 'Monthly' });
    expect(Number(capped.headers.get('x-rate-limit-remaining'))).toBeGreaterThan(0);
    sim.control.setFaults([{ type: 'rate_limit', network: 'x' }]);
    const window = await usersMe(sim, x.accessToken);
    expect(window.status).toBe(429);
    expect(window.headers.get('x-rate-limit-remaining')).toBe('0');
  });

  it('malformed_json and html_page break the body, not the status', async () => {
    sim.control.setFaults([{ type: 'malformed_json', pathPrefix: '/me' }]);
    const broken = await me();
    expect(broken.status).toBe(200);
    expect(broken.headers.get('content-type')).toContain('application/json');
    expect(broken.json).toBeUndefined();
    sim.control.setFaults([{ type: 'html_page', network: 'x' }]);
    const page = await usersMe(sim, x.accessToken);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect((await me()).status).toBe(200);
  });

  it('applies to operations inside a batch, one by one', async () => {
    sim.control.setFaults([{ type: 'graph_transient', code: 1, pathPrefix: '/me/accounts' }]);
    const batch = JSON.stringify([
      { method: 'GET', relative_url: 'me' },
      { method: 'GET', relative_url: 'me/accounts' },
    ]);
    const res = await call(`${sim.url}/v24.0/`, { method: 'POST', body: new URLSearchParams({ batch, access_token: fb.accessToken }) });
    expect((res.json as { code: number }[]).map((o) => o.code)).toEqual([200, 500]);
  });
});

describe('transport faults', () => {
  it('latency delays the answer', async () => {
    sim.control.setFaults([{ type: 'latency', ms: 150, pathPrefix: '/me' }]);
    const started = Date.now();
    expect((await me()).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('connection_reset destroys the socket', async () => {
    sim.control.setFaults([{ type: 'connection_reset', network: 'x' }]);
    expect(await transportError(`${sim.url}/2/users/me`, { headers: { authorization: `Bearer ${x.accessToken}` } })).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
    expect((await me()).status).toBe(200);
  });

  it('timeout holds the socket, then drops it after holdMs; without holdMs it never answers', async () => {
    sim.control.setFaults([{ type: 'timeout', holdMs: 200, pathPrefix: '/me' }]);
    expect(await transportError(`${sim.url}/v24.0/me?access_token=${fb.accessToken}`)).toMatch(/UND_ERR_SOCKET|ECONNRESET/);
    sim.control.setFaults([{ type: 'timeout', pathPrefix: '/me' }]);
    expect(await transportError(`${sim.url}/v24.0/me?access_token=${fb.accessToken}`, { signal: AbortSignal.timeout(300) })).toBe('TimeoutError');
  });

  it('offline drops every network request but never the control API', async () => {
    sim.control.setFaults([{ type: 'offline' }]);
    expect(await transportError(`${sim.url}/v24.0/me`)).not.toBe('no error');
    expect(await transportError(`${sim.url}/2/users/me`)).not.toBe('no error');
    expect(await transportError(`${sim.url}/v24.0/dialog/oauth`)).not.toBe('no error');
    expect((await controlCall(sim, '/faults')).status).toBe(200);
    sim.control.clearFaults();
    expect((await me()).status).toBe(200);
  });
});

describe('seeded dice', () => {
  const FLAKY: FaultSpecInput[] = [{ type: 'http_error', status: 500, probability: 0.5, pathPrefix: '/me' }];

  async function statuses(target: RunningSimulator, token: string): Promise<number[]> {
    const out: number[] = [];
    for (let i = 0; i < 30; i++) out.push((await graph(target, '/me', { access_token: token })).status);
    return out;
  }

  it('repeat exactly for the same seed, differ for another seed, and spare unmatched endpoints', async () => {
    sim.control.setFaults(FLAKY);
    const first = await statuses(sim, fb.accessToken);
    expect(first).toContain(500);
    expect(first).toContain(200);
    sim.control.setFaults(FLAKY);
    expect(await statuses(sim, fb.accessToken)).toEqual(first);
    for (let i = 0; i < 10; i++) expect((await usersMe(sim, x.accessToken)).status).toBe(200);
    const other = await startTestSimulator(43);
    try {
      other.control.setFaults(FLAKY);
      expect(await statuses(other, other.control.mintFacebookUserToken(IDS.ada).accessToken)).not.toEqual(first);
    } finally {
      await other.close();
    }
  });

  it('are logged with the fault name, and tokens are masked in the log', async () => {
    sim.control.setFaults([{ id: 'slow-me', type: 'latency', ms: 1, pathPrefix: '/me' }]);
    await me();
    const entry = sim.control.requests().at(-1);
    expect(entry).toMatchObject({ method: 'GET', network: 'facebook', status: 200, fault: 'slow-me' });
    expect(entry?.url).toBe('/v24.0/me?access_token=***');
  });
});
