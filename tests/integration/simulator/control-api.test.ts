/** The /_sim control API over HTTP: catalogue, apply/revert, faults, time, tokens, reset, log, and its input checks. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { SCENARIO_IDS, startSimulator, type RunningSimulator } from '../../../main/simulator';
import { IDS, call, controlCall, graph, graphError, startTestSimulator } from '../../fixtures/simulator/simulator-kit';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

function control(method: string, path: string, body?: unknown) {
  return controlCall(sim, path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A raw GET, so the test can pick the Host header (fetch always sends the real one). */
function rawGet(path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: sim.port, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('access', () => {
  it('refuses control requests without the key, with a wrong key, or addressed to another host', async () => {
    expect(sim.controlKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const bare = await call(`${sim.url}/_sim/scenarios/apply`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenario: 'checkpoint', target: IDS.ada }),
    });
    expect(bare.status).toBe(401);
    expect((bare.json as { error: { message: string } }).error.message).toContain('control key');
    expect(sim.control.active()).toEqual([]);
    expect((await call(`${sim.url}/_sim`, { headers: { authorization: `Bearer ${sim.controlKey}x` } })).status).toBe(401);
    const auth = { authorization: `Bearer ${sim.controlKey}` };
    expect(await rawGet('/_sim', { ...auth, host: `rebound.example:${sim.port}` })).toBe(403);
    expect(await rawGet('/_sim', { ...auth, host: `localhost:${sim.port}` })).toBe(200);
    // The networks it plays need no key: Tether calls them like the real ones.
    expect((await graph(sim, '/me')).status).not.toBe(401);
  });

  it('takes a fixed key when given one', async () => {
    const fixed = await startSimulator({ controlKey: 'fixed-key-for-this-test', port: 0, seed: 1 });
    try {
      expect(fixed.controlKey).toBe('fixed-key-for-this-test');
      expect((await controlCall(fixed, '')).status).toBe(200);
    } finally {
      await fixed.close();
    }
  });
});

describe('catalogue and targets', () => {
  it('describes itself and lists every scenario with labels, and every target', async () => {
    const info = await control('GET', '');
    expect(info.json).toMatchObject({ simulator: 'tether-network-simulator', seed: 42, controlPrefix: '/_sim', graphBase: `${sim.url}/v24.0` });
    const res = await control('GET', '/scenarios');
    const body = res.json as {
      scenarios: { id: string; label: string; description: string; targetKind: string }[];
      targets: { kind: string; id: string }[];
      active: unknown[];
    };
    expect(body.scenarios.map((s) => s.id)).toEqual([...SCENARIO_IDS]);
    for (const s of body.scenarios) expect(s.label.length).toBeGreaterThan(3);
    expect(body.targets).toContainEqual({ kind: 'facebook_page', id: IDS.alphaPage, label: 'Alpha Bakery' });
    expect(body.targets).toContainEqual({ kind: 'x_account', id: IDS.alphaX, label: '@alpha_x' });
    expect(body.active).toEqual([]);
  });
});

describe('apply and revert', () => {
  it('applies a scenario, lists it as active, and reverts it', async () => {
    const token = (await control('POST', '/tokens/facebook', { userId: IDS.ada })).json as { accessToken: string; pageTokens: Record<string, string> };
    const applied = await control('POST', '/scenarios/apply', { scenario: 'password_changed', target: IDS.ada });
    expect(applied.json).toMatchObject({ applied: { scenario: 'password_changed', target: IDS.ada } });
    expect(graphError(await graph(sim, '/me', { access_token: token.accessToken }))).toMatchObject({ code: 190, error_subcode: 460 });
    expect((await control('GET', '/scenarios')).json).toMatchObject({ active: [{ scenario: 'password_changed', target: IDS.ada }] });
    expect((await control('POST', '/scenarios/revert', { scenario: 'password_changed', target: IDS.ada })).json).toEqual({ reverted: true });
    expect((await graph(sim, '/me', { access_token: token.accessToken })).status).toBe(200);
  });

  it.each([
    [{ scenario: 'nope', target: IDS.ada }, 400, 'scenario'],
    [{ scenario: 'password_changed', target: '123' }, 404, 'there is none with id "123"'],
    [{ scenario: 'page_unpublished', target: IDS.ada }, 404, 'facebook page'],
    [{ scenario: 'checkpoint', target: IDS.ada, options: { permission: 'email' } }, 400, 'takes no permission option'],
    [{ scenario: 'permission_declined', target: IDS.ada, options: { permission: 'public_profile' } }, 400, 'options.permission'],
  ])('refuses %j with %i', async (body, status, text) => {
    const res = await control('POST', '/scenarios/apply', body);
    expect(res.status).toBe(status);
    expect((res.json as { error: { message: string } }).error.message).toContain(text);
    expect(sim.control.active()).toEqual([]);
  });

  it('takes JSON only and answers unknown routes with 404', async () => {
    const form = await controlCall(sim, '/scenarios/apply', { method: 'POST', body: new URLSearchParams({ scenario: 'checkpoint', target: IDS.ada }) });
    expect(form.status).toBe(415);
    expect((await control('GET', '/nothing')).status).toBe(404);
    const broken = await controlCall(sim, '/reset', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(broken.status).toBe(400);
  });
});

describe('faults, time, tokens, reset, log', () => {
  it('sets, lists and clears faults, and refuses a bad spec with a readable message', async () => {
    const bad = await control('PUT', '/faults', { faults: [{ type: 'latency' }] });
    expect(bad.status).toBe(400);
    expect((bad.json as { error: { message: string } }).error.message).toContain('faults.0.ms');
    const bad2 = await control('POST', '/faults', { type: 'http_error', status: 500, pathPattern: '(' });
    expect((bad2.json as { error: { message: string } }).error.message).toContain('valid regular expression');
    const set = await control('PUT', '/faults', { faults: [{ type: 'http_error', status: 502, network: 'x' }] });
    expect(set.json).toEqual({ faults: [{ type: 'http_error', status: 502, network: 'x', probability: 1, body: 'json' }] });
    await control('POST', '/faults', { type: 'latency', ms: 5 });
    expect(((await control('GET', '/faults')).json as { faults: unknown[] }).faults).toHaveLength(2);
    await control('DELETE', '/faults');
    expect(sim.control.faults()).toEqual([]);
  });

  it('travels in time, mints X tokens, resets everything and keeps a masked log', async () => {
    const before = sim.control.now();
    const moved = (await control('POST', '/time', { advanceMs: 3_600_000 })).json as { now: number; offsetMs: number };
    expect(moved.offsetMs).toBe(3_600_000);
    expect(moved.now).toBeGreaterThanOrEqual(before + 3_600_000);
    expect((await control('POST', '/time', { advanceMs: -5 })).status).toBe(400);
    const x = (await control('POST', '/tokens/x', { xUserId: IDS.alphaX })).json as { accessToken: string; refreshToken: string; expiresIn: number };
    expect(x.expiresIn).toBe(7200);
    await call(`${sim.url}/2/users/me`, { headers: { authorization: `Bearer ${x.accessToken}` } });
    const log = (await control('GET', '/requests')).json as { requests: { url: string; status: number; network: string }[] };
    expect(log.requests).toEqual([expect.objectContaining({ url: '/2/users/me', status: 200, network: 'x' })]);
    expect(JSON.stringify(log)).not.toContain(x.accessToken);
    expect((await control('POST', '/tokens/x', { xUserId: '1' })).status).toBe(404);
    await control('POST', '/reset');
    expect(sim.control.now() - Date.now()).toBeLessThan(1000);
    expect(sim.control.requests()).toEqual([]);
    expect((await call(`${sim.url}/2/users/me`, { headers: { authorization: `Bearer ${x.accessToken}` } })).status).toBe(401);
  });
});
