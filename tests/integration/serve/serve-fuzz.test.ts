/**
 * Fuzz: the real `tether serve` process (the built bin) takes a seeded stream of malformed HTTP request lines,
 * WebSocket upgrades, frames and payloads over raw loopback sockets, and after every one of them still answers a
 * good request. Bounded in count and time; the summary line gives the seed to replay a failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { spawnTether, type TetherProcess } from '../../fixtures/cli/tether-process';
import { malformedInputs, type InputKind } from '../../fixtures/serve/malformed-inputs';

const SEED = 20261128;
const COUNT = 240;
const BUDGET_MS = 45_000;

let dataDir: string;
let serve: TetherProcess;
let port = 0;
let secret = '';

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tether-fuzz-'));
  serve = spawnTether(['serve', '--data-dir', dataDir]);
  const [, p = '', key = ''] = await serve.waitFor(/http:\/\/127\.0\.0\.1:(\d+)\/\?key=([A-Za-z0-9_-]+)/);
  port = Number(p);
  secret = key;
});

afterAll(async () => {
  if (serve.alive()) {
    serve.child.kill('SIGTERM');
    await serve.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** A good page request: 200 with the dashboard. */
function goodRequest(): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', headers: { Cookie: `tether_key=${secret}` }, timeout: 5000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end();
  });
}

/** A good WebSocket call: app:status answers. */
function goodInvoke(): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { headers: { Cookie: `tether_key=${secret}` } });
    ws.once('error', reject);
    ws.once('open', () => ws.send(JSON.stringify({ type: 'invoke', id: 1, channel: 'app:status' })));
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; id?: number };
      if (message.type !== 'result' || message.id !== 1) return;
      ws.close();
      resolve(true);
    });
  });
}

describe('tether serve under malformed input', () => {
  it('survives every malformed request, upgrade, frame and payload, and answers a good request after each', async (context) => {
    const tried: Record<InputKind, number> = { http: 0, upgrade: 0, frame: 0, payload: 0 };
    let stillUp = 0;
    const started = Date.now();
    for (const [i, input] of malformedInputs(SEED, COUNT).entries()) {
      if (Date.now() - started > BUDGET_MS) break;
      await input.send(port, secret);
      tried[input.kind] += 1;
      const alive = serve.alive() && (await goodRequest().catch(() => 0)) === 200;
      if (!alive) {
        await new Promise((r) => setTimeout(r, 100));
        throw new Error(`the server stopped answering after input #${i} (${input.label}), seed ${SEED}.\nstderr: ${serve.stderr()}`);
      }
      stillUp += 1;
      if (i % 20 === 0) expect(await goodInvoke()).toBe(true);
    }
    const total = Object.values(tried).reduce((a, b) => a + b, 0);
    const summary = `serve fuzz (seed ${SEED}): ${total} malformed inputs tried (http ${tried.http}, upgrade ${tried.upgrade}, frame ${tried.frame}, payload ${tried.payload}); server still up after ${stillUp}/${total}; ${Date.now() - started} ms`;
    console.log(summary);
    await context.annotate(summary);
    expect(total).toBeGreaterThanOrEqual(100);
    expect(stillUp).toBe(total);
    expect(await goodInvoke()).toBe(true);
    expect(serve.stderr()).not.toContain(secret);
  }, 120_000);
});
