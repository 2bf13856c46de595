/**
 * X refresh tokens are single-use and rotate. Many checks racing for one grant refresh once and never send a
 * spent refresh token; the new pair is committed in one write before it is used, so a process killed right after
 * loses nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { IDS } from '../../fixtures/simulator/simulator-kit';
import { startEngineKit, type EngineKit } from '../../fixtures/validation/engine-kit';
import type { GrantId } from '../../../shared/domain/ids';
import { TokenVault } from '../../../main/core/secrets/token-vault';

const ROOT = resolve(__dirname, '../../..');
const TWO_HOURS = 2 * 3_600_000;
let kit: EngineKit;
let grant: GrantId;

beforeEach(async () => {
  kit = await startEngineKit();
  grant = await kit.connectX(IDS.alphaX);
});
afterEach(() => kit.close());

function tokenCalls(): Array<{ status: number | null }> {
  return kit.sim.control.requests().filter((r) => r.method === 'POST' && r.url.startsWith('/2/oauth2/token'));
}

describe('X refresh', () => {
  it('refreshes once when many checks race for an expired access token, and never reuses a refresh token', async () => {
    for (let round = 0; round < 3; round += 1) {
      kit.sim.control.advanceTime(TWO_HOURS);
      const racing = [
        ...Array.from({ length: 12 }, () => kit.core.validation.checker.check(grant)),
        kit.core.validation.checkNow(),
        kit.core.validation.checkNow({ grantId: grant }),
      ];
      await Promise.all(racing);
      expect(tokenCalls()).toHaveLength(round + 1);
      expect(tokenCalls().every((c) => c.status === 200)).toBe(true);
      expect(kit.account('twitter', IDS.alphaX)).toMatchObject({ status: 'connected', reason: null });
    }
    const refreshed = kit.core.db.prepare(`SELECT COUNT(*) AS n FROM events WHERE kind = 'token_refreshed'`).get() as { n: number };
    expect(refreshed.n).toBe(3);
  });

  it('keeps the new pair when the process dies right after saving it, before using it', async () => {
    // Inside the project's node_modules, so the child's import('keytar') resolves (NODE_PATH doesn't apply to import()).
    const out = join(ROOT, 'node_modules', '.cache', `tether-refresh-child-${process.pid}`);
    await build({
      configFile: false,
      logLevel: 'warn',
      root: ROOT,
      build: {
        ssr: join(ROOT, 'tests/fixtures/validation/refresh-crash-child.ts'),
        outDir: out,
        minify: false,
        target: 'node20',
        rolldownOptions: { output: { format: 'cjs', entryFileNames: 'child.cjs' } },
      },
      ssr: { external: ['keytar', 'better-sqlite3'] },
    });
    kit.sim.control.advanceTime(TWO_HOURS);
    const before = await kit.core.vault.read(grant);
    const child = spawn(
      process.execPath,
      [join(out, 'child.cjs'), kit.sim.url, kit.dataDir, kit.store.service, grant, IDS.xClientId, String(kit.sim.control.now())],
      {
        env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const signal = await new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, s) => done(s)));
    expect(signal, stderr).toBe('SIGKILL');
    expect(stdout).toBe('SAVED\n');
    expect(tokenCalls()).toHaveLength(1);

    // The app reads again (a new vault, nothing cached): the pair the killed process saved is there.
    const after = await new TokenVault(kit.core.secrets).read(grant);
    expect(after?.refreshToken).not.toBe(before?.refreshToken);
    await kit.core.validation.checkNow();
    expect(kit.account('twitter', IDS.alphaX)).toMatchObject({ status: 'connected', reason: null });
    expect(tokenCalls()).toHaveLength(1);
    kit.sim.control.advanceTime(TWO_HOURS);
    await kit.core.validation.checkNow();
    expect(tokenCalls().map((c) => c.status)).toEqual([200, 200]);
    expect(kit.account('twitter', IDS.alphaX)).toMatchObject({ status: 'connected', reason: null });
    rmSync(out, { recursive: true, force: true });
  }, 60_000);
});
