/**
 * `npm run dist` where Electron's headers can't be downloaded: it must fail loudly in one line, never package a
 * Node-ABI native module labelled as an Electron one, and leave the Node build working for tests and the CLI.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const electronDir = dirname(require.resolve('electron/package.json', { paths: [root] }));
// A machine that could download Electron's binary can also package; there this check doesn't apply.
const offline = !existsSync(join(electronDir, 'path.txt'));

describe('npm run dist without network', () => {
  it.skipIf(!offline)('fails with one clear line and leaves better-sqlite3 loadable in Node', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts/dist.cjs')], { cwd: root, encoding: 'utf8', timeout: 300_000 });
    expect(run.status).toBe(1);
    const ours = run.stderr.split('\n').filter((l) => l.startsWith('Tether dist:'));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatch(/could not rebuild native modules for Electron .*\(ABI \d+\)/);
    expect(existsSync(join(root, 'release'))).toBe(false);
    const load = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()"], { cwd: root, encoding: 'utf8' });
    expect(load.status, load.stderr).toBe(0);
  });
});
