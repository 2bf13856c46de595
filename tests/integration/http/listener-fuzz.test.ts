/**
 * Fuzz: every HTTP listener Tether opens takes a seeded stream of malformed request lines, headers and cookies
 * (and, for `tether serve`, WebSocket upgrades, frames and payloads) over raw loopback sockets, and after every one
 * of them still answers a good request:
 * - `tether serve` and `tether simulate` as real processes (the built bin), so a throw anywhere ends the process;
 * - the X sign-in loopback listener in this process, where an uncaught throw fails the run.
 * Bounded in count and time; the summary line gives the seed to replay a failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { spawnTether, type TetherProcess } from '../../fixtures/cli/tether-process';
import { ALL_KINDS, HTTP_KINDS, malformedInputs, type InputKind } from '../../fixtures/serve/malformed-inputs';
import { startLoopbackListener, type LoopbackListener } from '../../../main/core/oauth/loopback-listener';

const SEED = 20261208;
const BUDGET_MS = 45_000;

/** One GET, with its status (0 when it failed). */
function statusOf(port: number, path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, headers, timeout: 5000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', () => resolve(0));
    req.end();
  });
}

interface Target {
  readonly port: number;
  readonly secret: string;
  alive(): boolean | Promise<boolean>;
  why(): string;
}

/** Sends the stream at `target`, checking after each input that it still answers; returns the summary. */
async function fuzz(name: string, target: Target, count: number, kinds: readonly InputKind[], extraCheck?: () => Promise<boolean>): Promise<string> {
  const tried: Partial<Record<InputKind, number>> = {};
  let stillUp = 0;
  const started = Date.now();
  for (const [i, input] of malformedInputs(SEED, count, kinds).entries()) {
    if (Date.now() - started > BUDGET_MS) break;
    await input.send(target.port, target.secret);
    tried[input.kind] = (tried[input.kind] ?? 0) + 1;
    if (!(await target.alive())) {
      await new Promise((r) => setTimeout(r, 100));
      throw new Error(`${name} stopped answering after input #${i} (${input.label}), seed ${SEED}.\n${target.why()}`);
    }
    stillUp += 1;
    if (extraCheck && i % 20 === 0) expect(await extraCheck()).toBe(true);
  }
  const total = Object.values(tried).reduce((a, b) => a + b, 0);
  expect(total).toBeGreaterThanOrEqual(Math.min(count, 100));
  expect(stillUp).toBe(total);
  const kindsTried = Object.entries(tried)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return `${name} fuzz (seed ${SEED}): ${total} malformed inputs (${kindsTried}); still up after ${stillUp}/${total}; ${Date.now() - started} ms`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('tether serve under malformed input', () => {
  let dataDir: string;
  let serve: TetherProcess;
  let port = 0;
  let secret = '';

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tether-fuzz-'));
    serve = spawnTether(['serve', '--data-dir', dataDir]);
    const [, p = '', key = ''] = await serve.waitFor(/http:\/\/127\.0\.0\.1:(\d+)\/#key=([A-Za-z0-9_-]+)/);
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

  /** A good WebSocket call, as the page makes it: app:status answers. */
  function goodInvoke(): Promise<boolean> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, ['tether.v1', `tether.key.${secret}`]);
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

  it('survives malformed requests, headers, cookies, upgrades, frames and payloads, and answers a good request after each', async (context) => {
    const target: Target = {
      port,
      secret,
      alive: async () => serve.alive() && (await statusOf(port, '/session', { Authorization: `Bearer ${secret}` })) === 204,
      why: () => `stderr: ${serve.stderr()}`,
    };
    const summary = await fuzz('tether serve', target, 300, ALL_KINDS, goodInvoke);
    console.log(summary);
    await context.annotate(summary);
    expect(await goodInvoke()).toBe(true);
    expect(serve.stderr()).not.toContain(secret);
  }, 120_000);
});

describe('tether simulate under malformed input', () => {
  let sim: TetherProcess;
  let port = 0;

  beforeAll(async () => {
    sim = spawnTether(['simulate', '--port', '0']);
    const [, p = ''] = await sim.waitFor(/Network simulator running at http:\/\/127\.0\.0\.1:(\d+)/);
    port = Number(p);
  });

  afterAll(async () => {
    if (sim.alive()) {
      sim.child.kill('SIGTERM');
      await sim.exited;
    }
  });

  it('survives malformed requests, headers and cookies on its Graph, login dialog, X and control routes', async (context) => {
    const target: Target = {
      port,
      secret: 'not-the-control-key',
      // A request without a token: Graph answers it with its own error, which proves the server still answers.
      alive: async () => sim.alive() && (await statusOf(port, '/v24.0/me')) >= 400,
      why: () => `stderr: ${sim.stderr()}`,
    };
    const summary = await fuzz('tether simulate', target, 160, HTTP_KINDS);
    console.log(summary);
    await context.annotate(summary);
  }, 120_000);
});

describe('the X sign-in loopback listener under malformed input', () => {
  let listener: LoopbackListener;
  let port = 0;
  const state = 'the-one-real-state-of-this-sign-in-0123456789';

  beforeAll(async () => {
    port = await freePort();
    listener = startLoopbackListener({ port, path: '/callback', state });
    // Until it listens, connections are refused: wait for the first answer.
    for (let i = 0; i < 50 && (await statusOf(port, '/')) === 0; i += 1) await new Promise((r) => setTimeout(r, 20));
  });

  afterAll(() => listener.close());

  it('survives malformed requests, headers and cookies while a sign-in waits, and still completes it', async (context) => {
    let landed = false;
    void listener.landed.then(() => (landed = true));
    const target: Target = {
      port,
      secret: '',
      // Any answer proves it listens; the sign-in must still be waiting (no stray request may end it).
      alive: async () => (await statusOf(port, '/not-the-callback')) === 404 && !landed,
      why: () => (landed ? 'a malformed request ended the sign-in' : 'the listener stopped answering'),
    };
    const summary = await fuzz('X loopback listener', target, 160, HTTP_KINDS);
    console.log(summary);
    await context.annotate(summary);
    // The answer that carries the code is a 204: a navigation that never commits, so no browser history keeps it.
    expect(await statusOf(port, `/callback?state=${state}&code=abc`)).toBe(204);
    const landing = await listener.landed;
    expect(landing).toMatchObject({ kind: 'redirected' });
  }, 120_000);
});
