/** `tether serve` over real HTTP and WebSocket on loopback: the secret, the origin checks, static files and the contract. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startTetherServe, type RunningTetherServe } from '../../../main/serve/start-tether-serve';
import { addOneMoreAccount, seedFewAccounts } from '../../fixtures/seed-accounts';

let dataDir: string;
let staticDir: string;
let running: RunningTetherServe;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tether-serve-'));
  staticDir = mkdtempSync(join(tmpdir(), 'tether-static-'));
  writeFileSync(
    join(staticDir, 'index.html'),
    '<!doctype html><title>Tether</title><script type="module" crossorigin src="./assets/app.js"></script><link rel="stylesheet" crossorigin href="./assets/app.css">',
  );
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dataDir, 'outside.txt'), 'private');
  running = await startTetherServe({ dataDir, staticDir, background: false });
  seedFewAccounts(running.core.accounts);
});

afterEach(async () => {
  await running.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(staticDir, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: running.server.port, path, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const bearer = () => ({ Authorization: `Bearer ${running.server.secret}` });

function request2(
  method: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: running.server.port, path, method, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A socket as the page opens it: the key offered as a subprotocol beside ours. */
function openSocket(headers: Record<string, string>, protocols: string[] = []): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${running.server.port}/ws`, protocols, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

const pageProtocols = () => ['tether.v1', `tether.key.${running.server.secret}`];

function nextMessage(ws: WebSocket): Promise<Record<string, unknown>> {
  return new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)) as Record<string, unknown>)));
}

describe('tether serve', () => {
  it('listens on 127.0.0.1 with a random port and a fresh key per launch, carried in the fragment', async () => {
    expect(running.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#key=[A-Za-z0-9_-]{32}$/);
    const other = await startTetherServe({ dataDir: mkdtempSync(join(tmpdir(), 'tether-serve2-')), staticDir, background: false });
    expect(other.server.secret).not.toBe(running.server.secret);
    expect(other.server.port).not.toBe(running.server.port);
    await other.stop();
  });

  it("serves the page's own files without the key (they hold no data), and every data route only with it", async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Tether</title>');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(page.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(page.headers['set-cookie']).toBeUndefined();
    expect((await get('/assets/app.js')).body).toBe('console.log(1)');
    for (const path of ['/accounts-snapshot', '/session']) {
      expect((await get(path)).status).toBe(401);
      expect((await get(path, { Authorization: 'Bearer wrong' })).status).toBe(401);
    }
    expect((await request2('POST', '/export-tickets')).status).toBe(401);
    await expect(openSocket({})).rejects.toThrow('401');
    await expect(openSocket({}, ['tether.v1', 'tether.key.wrong'])).rejects.toThrow('401');
    expect((await get('/session', bearer())).status).toBe(204);
  });

  it('never takes the key from a cookie or the address, and never sets a cookie', async () => {
    const key = running.server.secret;
    expect((await get('/accounts-snapshot', { Cookie: `tether_key=${key}` })).status).toBe(401);
    expect((await get(`/accounts-snapshot?key=${key}`)).status).toBe(401);
    const linkWithQuery = await get(`/?key=${key}`);
    expect(linkWithQuery.status).toBe(200);
    expect(linkWithQuery.headers['set-cookie']).toBeUndefined();
    await expect(openSocket({ Cookie: `tether_key=${key}` })).rejects.toThrow('401');
  });

  it('never redirects, so a request that carries the key cannot be sent on to another site', async () => {
    for (const path of [`//evil.example/?key=${running.server.secret}`, `/\\evil.example/`, '//evil.example/%2e%2e', '/session/..//evil.example']) {
      for (const headers of [{}, bearer()]) {
        const res = await get(path, headers);
        expect(res.status, path).not.toBe(301);
        expect([200, 204, 400, 401, 404], path).toContain(res.status);
        expect(res.headers.location, path).toBeUndefined();
      }
    }
  });

  it('survives malformed cookies, which used to end the process', async () => {
    for (const c of ['tether_key=%E0%A4%A', 'tether_key=%', '%zz=%zz', '=;;=;tether_key', 'a=%00b']) {
      expect((await get('/', { Cookie: c })).status).toBe(200);
      expect((await get('/session', { Cookie: c, ...bearer() })).status).toBe(204);
    }
  });

  it("preloads the page's script and stylesheet, and answers the accounts snapshot over HTTP only with the key", async () => {
    const page = await get('/');
    // The script first: the first paint waits for it.
    expect(String(page.headers.link)).toBe('</assets/app.js>; rel=modulepreload, </assets/app.css>; rel=preload; as=style; crossorigin');
    expect((await get('/assets/app.js')).headers.link).toBeUndefined();
    expect((await get('/accounts-snapshot', { ...bearer(), Host: 'evil.example:80' })).status).toBe(421);
    const res = await get('/accounts-snapshot', bearer());
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const result = JSON.parse(res.body) as { ok: boolean; value: { version: number; accounts: { id: string }[] } };
    expect(result.ok).toBe(true);
    expect(result.value.accounts.map((a) => a.id).sort()).toEqual(
      running.core.accounts
        .list()
        .map((a) => a.id)
        .sort(),
    );
  });

  it('refuses other hosts and origins even with the key (DNS rebinding, cross-site sockets)', async () => {
    expect((await get('/', { Host: 'evil.example:80' })).status).toBe(421);
    expect((await get('/session', { ...bearer(), Origin: 'http://127.0.0.1:1' })).status).toBe(401);
    await expect(openSocket({ Origin: 'https://evil.example' }, pageProtocols())).rejects.toThrow('401');
    await expect(openSocket({ Origin: 'http://127.0.0.1:1' }, pageProtocols())).rejects.toThrow('401');
  });

  it('answers the socket with its own protocol and never echoes the key', async () => {
    const ws = await openSocket({ Origin: `http://127.0.0.1:${running.server.port}` }, pageProtocols());
    expect(ws.protocol).toBe('tether.v1');
    ws.close();
  });

  it('serves only files inside the renderer folder', async () => {
    const traversal = await get('/..%2f' + encodeURIComponent(dataDir.split('/').pop() ?? '') + '%2foutside.txt');
    expect(traversal.body).not.toContain('private');
  });

  it('gives export downloads a one-time ticket that works once, for a minute, and only when asked for with the key', async () => {
    const ticket = JSON.parse((await request2('POST', '/export-tickets', bearer())).body) as { ticket: string };
    expect(ticket.ticket).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const since = Date.now() - 86_400_000;
    const path = `/export?what=events&format=csv&since=${since}&until=${Date.now()}`;
    expect((await get(path)).status).toBe(403);
    const first = await get(`${path}&ticket=${ticket.ticket}`);
    expect(first.status).toBe(200);
    expect(String(first.headers['content-disposition'])).toMatch(/^attachment; filename=/);
    expect((await get(`${path}&ticket=${ticket.ticket}`)).status).toBe(403);
  });

  it('serves the contract over WebSocket and pushes changes', async () => {
    const ws = await openSocket({ Origin: `http://127.0.0.1:${running.server.port}` }, pageProtocols());
    ws.send(JSON.stringify({ type: 'invoke', id: 7, channel: 'accounts:list' }));
    const reply = await nextMessage(ws);
    expect(reply).toMatchObject({ type: 'result', id: 7, result: { ok: true } });
    expect((reply.result as { value: unknown[] }).value).toHaveLength(3);

    const pushed = nextMessage(ws);
    addOneMoreAccount(running.core.accounts);
    const event = await pushed;
    // Only what changed travels: the new account, not the whole list.
    expect(event).toMatchObject({ type: 'event', event: 'accounts:changed', payload: { kind: 'delta', removed: [] } });
    const delta = event.payload as { from: number; to: number; changed: Array<{ name?: string }> };
    expect(delta.to).toBe(delta.from + 1);
    expect(delta.changed.map((a) => a.name)).toEqual(['Lumen Studio']);
    ws.close();
  });

  it('answers malformed messages with clear errors and keeps the socket open', async () => {
    const ws = await openSocket(bearer());
    ws.send('not json');
    expect(await nextMessage(ws)).toEqual({ type: 'error', message: 'Messages must be JSON.' });
    ws.send(JSON.stringify({ type: 'invoke', id: 1, channel: 'accounts:list', req: { extra: 1 } }));
    expect(await nextMessage(ws)).toMatchObject({ id: 1, result: { ok: false, error: { code: 'invalid_request' } } });
    ws.send(JSON.stringify({ type: 'invoke', id: 2, channel: 'nope:nope' }));
    expect(await nextMessage(ws)).toMatchObject({ id: 2, result: { ok: false, error: { code: 'unknown_channel' } } });
    ws.send(JSON.stringify({ type: 'invoke', id: 'x' }));
    expect(await nextMessage(ws)).toEqual({ type: 'error', message: 'Malformed message.' });
    ws.send(JSON.stringify({ type: 'invoke', id: 3, channel: 'accounts:list' }));
    expect(await nextMessage(ws)).toMatchObject({ id: 3, result: { ok: true } });
    ws.close();
  });

  it('answers 400 to a path that is not a URL, and closes a socket whose message is over 1 MiB with 1009', async () => {
    expect((await get('//[')).status).toBe(400);
    const ws = await openSocket(bearer());
    ws.on('error', () => undefined);
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send('x'.repeat(1024 * 1024 + 1));
    expect(await closed).toBe(1009);
    expect((await get('/session', bearer())).status).toBe(204);
  });
});
