/**
 * The benchmark's `tether serve` (bench-serve.ts) as its own process, so its memory is its own, pointed at the
 * simulator, with a sampler of its resident memory read from /proc, and a plain WebSocket client for the bench's
 * own questions.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { build } from 'rolldown';
import WebSocket from 'ws';

const LAUNCHER = resolve(__dirname, 'bench-serve.ts');
const REPO = resolve(__dirname, '../../..');

export interface ServeProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Resident memory now, in bytes. */
  rss(): number;
  stop(): Promise<void>;
}

/**
 * Bundles the launcher into one CommonJS file, as electron-vite bundles the CLI, with Tether's own modules taken
 * from `appDir` (another checkout, to measure a baseline) and packages left to node_modules.
 */
async function bundleLauncher(appDir: string): Promise<string> {
  const file = join(tmpdir(), `tether-bench-serve-${process.pid}.cjs`);
  await build({
    input: LAUNCHER,
    platform: 'node',
    logLevel: 'warn',
    external: (id) => !id.startsWith('.') && !isAbsolute(id) && !id.startsWith('\0'),
    plugins: [
      {
        name: 'tether-sources-from-app-dir',
        resolveId(source, importer) {
          if (importer !== LAUNCHER || !source.startsWith('../../../main/')) return null;
          return this.resolve(join(appDir, source.slice('../../../'.length)), importer);
        },
      },
    ],
    output: { file, format: 'cjs' },
  });
  return file;
}

/** Starts the launcher on `dataDir`, hands it the secrets, and resolves with its private link. */
export async function startServeProcess(
  appDir: string,
  dataDir: string,
  networkOrigin: string,
  secrets: readonly (readonly [string, string])[],
): Promise<ServeProcess> {
  const launcher = await bundleLauncher(appDir);
  const child = spawn(process.execPath, [launcher, dataDir, networkOrigin, join(appDir, 'out/renderer')], {
    // Packages resolve from the checkout's node_modules, wherever the bundle was written.
    env: { ...process.env, NODE_PATH: join(REPO, 'node_modules'), TETHER_LOG_LEVEL: 'warn' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin?.end(JSON.stringify(secrets));
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`bench serve exited (${code}): ${stderr}`)));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/#key=\S+/.exec(out)?.[0];
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
            child.once('exit', () => {
              rmSync(launcher, { force: true });
              done();
            });
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
  const { host, hash } = new URL(url);
  const ws = new WebSocket(`ws://${host}/ws`, { headers: { Authorization: `Bearer ${new URLSearchParams(hash.slice(1)).get('key')}` } });
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
