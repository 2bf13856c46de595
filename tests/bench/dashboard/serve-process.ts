/**
 * `tether serve` as its own process (so its memory is its own), pointed at the simulator, with a sampler of its
 * resident memory read from /proc, and a plain WebSocket client for the bench's own questions.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';

export interface ServeProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Resident memory now, in bytes. */
  rss(): number;
  stop(): Promise<void>;
}

/** Starts `node <appDir>/bin/tether.cjs serve` and resolves with its private link. */
export function startServeProcess(appDir: string, dataDir: string, networkOrigin: string): Promise<ServeProcess> {
  const child = spawn(process.execPath, [join(appDir, 'bin/tether.cjs'), 'serve', '--data-dir', dataDir], {
    env: { ...process.env, TETHER_NETWORK_ORIGIN: networkOrigin, TETHER_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`tether serve exited (${code}): ${stderr}`)));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/\?key=\S+/.exec(out)?.[0];
      if (!url) return;
      child.stdout?.removeAllListeners('data');
      child.stdout?.resume();
      resolve({
        url,
        child,
        rss: () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024,
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGINT');
          }),
      });
    });
  });
}

/** Samples `read` every `everyMs` until stopped; returns the highest value seen. */
export function sampleMax(read: () => number, everyMs = 100): () => number {
  let max = read();
  const timer = setInterval(() => (max = Math.max(max, read())), everyMs);
  return () => {
    clearInterval(timer);
    return Math.max(max, read());
  };
}

/** A WebSocket client of the serve process, for invoking channels and watching events. */
export async function benchClient(
  url: string,
): Promise<{ invoke(channel: string, req?: unknown): Promise<unknown>; on(event: string, fn: (payload: unknown) => void): void; close(): void }> {
  const { host, searchParams } = new URL(url);
  const ws = new WebSocket(`ws://${host}/ws`, { headers: { Authorization: `Bearer ${searchParams.get('key')}` } });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map<number, (v: unknown) => void>();
  const listeners = new Map<string, Array<(p: unknown) => void>>();
  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as { type: string; id?: number; result?: { ok: boolean; value?: unknown }; event?: string; payload?: unknown };
    if (m.type === 'result' && m.id !== undefined) pending.get(m.id)?.(m.result?.value);
    if (m.type === 'event' && m.event) listeners.get(m.event)?.forEach((fn) => fn(m.payload));
  });
  return {
    invoke: (channel, req) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        ws.send(JSON.stringify({ type: 'invoke', id, channel, ...(req === undefined ? {} : { req }) }));
      }),
    on: (event, fn) => listeners.set(event, [...(listeners.get(event) ?? []), fn]),
    close: () => ws.close(),
  };
}
