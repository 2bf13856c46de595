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

const cookie = () => ({ Cookie: `tether_key=${running.server.secret}` });

function openSocket(headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${running.server.port}/ws`, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function nextMessage(ws: WebSocket): Promise<Record<string, unknown>> {
  return new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)) as Record<string, unknown>)));
}

describe('tether serve', () => {
  it('listens on 127.0.0.1 with a random port and a fresh secret per launch', async () => {
    expect(running.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?key=[A-Za-z0-9_-]{32}$/);
    const other = await startTetherServe({ dataDir: mkdtempSync(join(tmpdir(), 'tether-serve2-')), staticDir, background: false });
    expect(other.server.secret).not.toBe(running.server.secret);
    expect(other.server.port).not.toBe(running.server.port);
    await other.stop();
  });

  it('answers 401 to any request without the secret', async () => {
    for (const path of ['/', '/index.html', '/assets/app.js', '/ws', '/?key=wrong']) {
      expect((await get(path)).status).toBe(401);
    }
    expect((await get('/', { Cookie: 'tether_key=nope' })).status).toBe(401);
    await expect(openSocket({})).rejects.toThrow('401');
  });

  it('trades the secret in the link for an HttpOnly SameSite cookie', async () => {
    const res = await get(`/?key=${running.server.secret}`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(String(res.headers['set-cookie'])).toMatch(/tether_key=.+; HttpOnly; SameSite=Strict/);
    const page = await get('/', cookie());
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Tether</title>');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it("preloads the page's script and stylesheet, then the accounts snapshot, and answers it over HTTP only with the secret", async () => {
    const page = await get('/', cookie());
    // The script first: the server sends it before it serializes the snapshot, and the first paint waits for it.
    expect(String(page.headers.link)).toBe(
      '</assets/app.js>; rel=modulepreload, </assets/app.css>; rel=preload; as=style; crossorigin, </accounts-snapshot>; rel=preload; as=fetch; crossorigin',
    );
    expect((await get('/assets/app.js', cookie())).headers.link).toBeUndefined();
    expect((await get('/accounts-snapshot')).status).toBe(401);
    expect((await get('/accounts-snapshot', { ...cookie(), Host: 'evil.example:80' })).status).toBe(401);
    const res = await get('/accounts-snapshot', cookie());
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

  it('refuses other hosts and origins even with the secret (DNS rebinding, cross-site sockets)', async () => {
    expect((await get('/', { ...cookie(), Host: 'evil.example:80' })).status).toBe(401);
    await expect(openSocket({ ...cookie(), Origin: 'https://evil.example' })).rejects.toThrow('401');
  });

  it('serves only files inside the renderer folder', async () => {
    expect((await get('/assets/app.js', cookie())).body).toBe('console.log(1)');
    const traversal = await get('/..%2f' + encodeURIComponent(dataDir.split('/').pop() ?? '') + '%2foutside.txt', cookie());
    expect(traversal.body).not.toContain('private');
  });

  it('serves the contract over WebSocket and pushes changes', async () => {
    const ws = await openSocket({ ...cookie(), Origin: `http://127.0.0.1:${running.server.port}` });
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
    const ws = await openSocket(cookie());
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
    expect((await get('//[', cookie())).status).toBe(400);
    const ws = await openSocket(cookie());
    ws.on('error', () => undefined);
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send('x'.repeat(1024 * 1024 + 1));
    expect(await closed).toBe(1009);
    expect((await get('/', cookie())).status).toBe(200);
  });
});
