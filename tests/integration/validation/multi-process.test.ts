/**
 * Two or more Tether processes on one data folder and one keychain (the app and a cron `tether check`, or two
 * checks): 4 real processes sweep the same X grants at the same moment, across three token expiries. Each due
 * refresh happens exactly once among them, no process sends a spent refresh token, nothing is disconnected; and
 * the keychain's health probe, asked by 4 processes at once, never reports a lock that isn't there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { bigWorld, fbUserId, xUserId } from '../../fixtures/validation/big-world';
import { buildChild, runChild, type ChildRun } from '../../fixtures/validation/build-child';
import { startEngineKit, type EngineKit } from '../../fixtures/validation/engine-kit';

const PROCESSES = 4;
const X_ACCOUNTS = 6;
const TWO_HOURS = 2 * 3_600_000;
let kit: EngineKit;
let child: string;

beforeAll(async () => {
  kit = await startEngineKit({ world: bigWorld(1, X_ACCOUNTS) });
  await kit.connectFacebook(fbUserId(0));
  for (let i = 0; i < X_ACCOUNTS; i += 1) await kit.connectX(xUserId(i));
  // From here on only the child processes use the data folder.
  kit.core.close();
  child = await buildChild('tests/fixtures/validation/engine-child.ts', 'engine-child');
}, 120_000);
afterAll(async () => {
  await kit.close();
  if (child) rmSync(dirname(child), { recursive: true, force: true });
});

/** Starts `PROCESSES` children in `mode` that all begin at the same moment, and waits for them. */
async function together(mode: 'check' | 'probe', count = 1): Promise<ChildRun[]> {
  const offset = kit.sim.control.now() - Date.now();
  // Far enough ahead that every child has loaded and opened its core before the starting gun.
  const startAt = Date.now() + 3_000;
  const args = [mode, kit.dataDir, kit.sim.url, kit.store.service, String(offset), String(startAt), String(count)];
  const runs = await Promise.all(Array.from({ length: PROCESSES }, () => runChild(child, args)));
  for (const run of runs) expect(run.code, run.stderr).toBe(0);
  return runs;
}

function query<T>(sql: string): T[] {
  const db = new BetterSqlite3(join(kit.dataDir, 'tether.db'), { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe('several processes on one data folder', () => {
  it('refresh each due X grant exactly once among them, and disconnect nothing', async () => {
    const ROUNDS = 3;
    for (let round = 1; round <= ROUNDS; round += 1) {
      kit.sim.control.advanceTime(TWO_HOURS);
      kit.sim.control.clearRequests();
      const runs = await together('check');
      const tokenCalls = kit.sim.control.requests().filter((r) => r.method === 'POST' && r.url.startsWith('/2/oauth2/token'));
      // One refresh per X grant, and never a spent refresh token (that would be a 400).
      expect(tokenCalls.map((c) => c.status)).toEqual(Array.from({ length: X_ACCOUNTS }, () => 200));
      for (const run of runs) {
        const { accounts } = JSON.parse(run.stdout) as { accounts: Array<{ id: string; status: string; reason: string | null }> };
        for (const a of accounts) expect(a, a.id).toMatchObject({ status: 'connected', reason: null });
      }
    }
    const perGrant = query<{ grant_id: number; n: number }>(
      `SELECT grant_key AS grant_id, COUNT(*) AS n FROM events WHERE kind = 'token_refreshed' GROUP BY grant_key`,
    );
    console.log(`[multi-process] ${PROCESSES} processes, ${ROUNDS} expiries: refreshes per X grant ${perGrant.map((g) => g.n).join(', ')}`);
    expect(perGrant).toHaveLength(X_ACCOUNTS);
    for (const grant of perGrant) expect(grant.n, String(grant.grant_id)).toBe(ROUNDS);
    const disconnected = query<{ n: number }>(
      `SELECT COUNT(*) AS n FROM events WHERE kind = 'status_changed' AND to_status IN ('needs_reconnect', 'needs_action')`,
    );
    expect(disconnected[0]?.n).toBe(0);
  }, 180_000);

  it('never report an unlocked keychain as locked when they probe it at once', async () => {
    const PROBES = 10;
    const runs = await together('probe', PROBES);
    const kinds = runs.flatMap((run) => (JSON.parse(run.stdout) as { kinds: string[] }).kinds);
    const notOk = kinds.filter((k) => k !== 'ok');
    console.log(`[multi-process] health probes: ${kinds.length}, not ok: ${notOk.length} (${notOk.join(', ')})`);
    expect(kinds).toHaveLength(PROCESSES * PROBES);
    expect(notOk).toEqual([]);
  }, 60_000);
});
