/**
 * The data folder and everything Tether writes in it are private to the user: 0700 for the folder, 0600 for the
 * database and its -wal/-shm, settings.json, and the damaged files moved aside. (POSIX only: Windows has no modes.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTetherCore } from '../../../main/core/app/tether-core';
import { MemorySecretStore } from '../../../main/core/secrets/memory-secret-store';

const mode = (path: string): string => (statSync(path).mode & 0o777).toString(8);
let root: string;
let previousUmask: number;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tether-modes-'));
  // The common default: without Tether asking for more, new files would be world-readable.
  previousUmask = process.umask(0o022);
});
afterEach(() => {
  process.umask(previousUmask);
  rmSync(root, { recursive: true, force: true });
});

async function openCore(dataDir: string): Promise<Awaited<ReturnType<typeof openTetherCore>>> {
  const store = new MemorySecretStore();
  return openTetherCore({ dataDir, secrets: { store, health: await store.health() } });
}

describe.skipIf(process.platform === 'win32')('file modes in the data folder', () => {
  it('creates the folder 0700 and the database, its -wal and -shm, and settings.json 0600', async () => {
    const dataDir = join(root, 'nested', 'Tether');
    const core = await openCore(dataDir);
    try {
      expect(core.settings.update({ checkIntervalMinutes: 45 }).ok).toBe(true);
      core.db.prepare('SELECT 1').get();
      expect(mode(dataDir)).toBe('700');
      for (const name of ['tether.db', 'tether.db-wal', 'tether.db-shm', 'settings.json']) {
        expect(existsSync(join(dataDir, name)), name).toBe(true);
        expect(mode(join(dataDir, name)), name).toBe('600');
      }
    } finally {
      core.close();
    }
  });

  it('tightens the world-readable database and settings of an older install to 0600', async () => {
    const first = await openCore(root);
    first.settings.update({ checkIntervalMinutes: 45 });
    first.close();
    for (const name of ['tether.db', 'settings.json']) chmodSync(join(root, name), 0o644);
    const again = await openCore(root);
    again.close();
    for (const name of ['tether.db', 'settings.json']) expect(mode(join(root, name)), name).toBe('600');
  });

  it('keeps a damaged database and a damaged settings file 0600 when it moves them aside', async () => {
    writeFileSync(join(root, 'tether.db'), Buffer.alloc(4096, 'not a database '), { mode: 0o644 });
    writeFileSync(join(root, 'settings.json'), '{ broken', { mode: 0o644 });
    const core = await openCore(root);
    core.close();
    const aside = readdirSync(root).filter((name) => name.includes('.corrupt-'));
    expect(aside.some((name) => name.startsWith('tether.db.corrupt-'))).toBe(true);
    expect(aside.some((name) => name.startsWith('settings.json.corrupt-'))).toBe(true);
    for (const name of aside) expect(mode(join(root, name)), name).toBe('600');
    expect(mode(join(root, 'settings.json'))).toBe('600');
  });
});
