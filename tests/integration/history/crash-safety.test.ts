import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { openHistoryDatabase } from '../../../main/core/history/database';
import { tempDir } from '../../fixtures/history/history-db';

const ROOT = resolve(__dirname, '../../..');
const BATCH = 40;

interface Acks {
  events: number[];
  batches: { k: number; first: number; last: number }[];
}

/** Runs the writer until `acks` acknowledgements arrived (plus `extraMs`), then kills it with SIGKILL. */
function runAndKill(bundle: string, dataDir: string, acks: number, extraMs: number): Promise<Acks> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bundle, dataDir], {
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const got: Acks = { events: [], batches: [] };
    let stderr = '';
    let killing = false;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [tag, ...parts] = line.split(' ');
      if (tag === 'E') got.events.push(Number(parts[0]));
      if (tag === 'B') got.batches.push({ k: Number(parts[0]), first: Number(parts[1]), last: Number(parts[2]) });
      if (!killing && got.events.length + got.batches.length >= acks) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the writer ended on its own (code ${code}): ${stderr}`));
      // Let readline deliver the lines already read before the pipe closed.
      else setImmediate(() => resolvePromise(got));
    });
  });
}

describe('history survives a writer killed with SIGKILL', () => {
  let out: { dir: string; remove: () => void };
  let bundle: string;
  beforeAll(async () => {
    out = tempDir('tether-crash-writer-');
    bundle = join(out.dir, 'crash-writer.cjs');
    // The child runs the real TypeScript (database, migrations, writer), bundled for plain node; better-sqlite3 stays external.
    await build({
      configFile: false,
      logLevel: 'warn',
      root: ROOT,
      build: {
        ssr: join(ROOT, 'tests/fixtures/history/crash-writer.ts'),
        outDir: out.dir,
        emptyOutDir: false,
        minify: false,
        target: 'node20',
        rolldownOptions: { output: { format: 'cjs', entryFileNames: 'crash-writer.cjs' } },
      },
      ssr: { external: ['better-sqlite3'] },
    });
  });
  afterAll(() => out.remove());

  it.each([
    [500, 0],
    [2000, 3],
    [4000, 17],
  ])('after %i acknowledgements (+%i ms): integrity ok, every acknowledged event present, batches whole', async (acks, extraMs) => {
    const data = tempDir('tether-crash-data-');
    try {
      const got = await runAndKill(bundle, data.dir, acks, extraMs);
      expect(got.events.length + got.batches.length).toBeGreaterThanOrEqual(acks);

      const { db, recovered } = openHistoryDatabase({ dataDir: data.dir });
      try {
        expect(recovered).toBeNull();
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const present = (ids: number[]): number =>
          (db.prepare('SELECT COUNT(*) AS n FROM events WHERE id IN (SELECT value FROM json_each(?))').get(JSON.stringify(ids)) as { n: number }).n;
        expect(present(got.events)).toBe(got.events.length);
        for (const b of got.batches) {
          const rows = db.prepare('SELECT id, at FROM events WHERE at >= ? AND at < ? ORDER BY id').all(b.k * 1_000_000, b.k * 1_000_000 + BATCH) as {
            id: number;
          }[];
          expect(rows.map((r) => r.id)).toEqual(Array.from({ length: BATCH }, (_, j) => b.first + j));
          expect(b.last - b.first + 1).toBe(BATCH);
        }
        // Batches live at k * 1e6 + j for k ending in 9: one caught half-way by the kill is absent entirely, never partly written.
        const partial = db.prepare('SELECT at / 1000000 AS k, COUNT(*) AS n FROM events WHERE (at / 1000000) % 10 = 9 GROUP BY k HAVING n <> ?').all(BATCH);
        expect(partial).toEqual([]);
        // The database is still writable after the crash.
        expect(() => db.prepare(`INSERT INTO events (at, kind, grant_key) VALUES (1, 'reconnected', 1)`).run()).not.toThrow();
      } finally {
        db.close();
      }
    } finally {
      data.remove();
    }
  });
});
