/**
 * One sweep of 1,000 accounts over 200 grants (160 Facebook logins with 3 Pages and 3 Instagram accounts each,
 * 40 X accounts) against the simulator: wall time per sweep, and HTTP requests and Graph calls per account.
 * Run under the keyring wrapper: npm run bench
 */
import { afterAll, bench, describe } from 'vitest';
import { IDS } from '../fixtures/simulator/simulator-kit';
import { startEngineKit, type EngineKit } from '../fixtures/validation/engine-kit';
import type { WorldInput } from '../../main/simulator';

const FB_LOGINS = Number(process.env.SWEEP_FB_LOGINS ?? 160);
const X_ACCOUNTS = Number(process.env.SWEEP_X_ACCOUNTS ?? 40);

/** A world big enough for the sweep: every person manages three Pages, each with an Instagram account. */
function bigWorld(): WorldInput {
  const id = (base: number, i: number) => String(base + i);
  const users = Array.from({ length: FB_LOGINS }, (_, i) => ({ id: id(100000, i), name: `Manager ${i}` }));
  const pages = users.flatMap((u, i) =>
    [0, 1, 2].map((k) => ({
      id: id(200000, i * 3 + k),
      name: `Page ${i}-${k}`,
      roles: [{ userId: u.id, tasks: ['MANAGE', 'CREATE_CONTENT'] as const }],
      instagramAccountId: id(300000, i * 3 + k),
    })),
  );
  const instagramAccounts = pages.map((p, n) => ({ id: id(300000, n), username: `ig_${n}`, name: `IG ${n}` }));
  const xUsers = Array.from({ length: X_ACCOUNTS }, (_, i) => ({ id: id(400000, i), name: `X ${i}`, username: `x_${i}` }));
  return {
    name: 'Sweep bench',
    meta: { appId: IDS.appId, appSecret: IDS.appSecret, name: 'Tether Bench', redirectUris: ['https://www.facebook.com/connect/login_success.html'] },
    x: { clientId: IDS.xClientId, name: 'Tether Bench', redirectUris: [IDS.xRedirect] },
    facebookUsers: users,
    pages: pages.map((p) => ({ ...p, roles: p.roles.map((r) => ({ ...r, tasks: [...r.tasks] })) })),
    instagramAccounts,
    xUsers,
  } as WorldInput;
}

let httpRequests = 0;
const kit: EngineKit = await startEngineKit({
  world: bigWorld(),
  wrapFetch: (inner) => (input, init) => {
    httpRequests += 1;
    return inner(input, init);
  },
});
const started = Date.now();
for (let i = 0; i < FB_LOGINS; i += 1) await kit.connectFacebook(String(100000 + i));
for (let i = 0; i < X_ACCOUNTS; i += 1) await kit.connectX(String(400000 + i));
const accounts = kit.core.accounts.list().length;
console.log(`[sweep bench] connected ${kit.core.repo.grantsForScheduling().length} grants, ${accounts} accounts in ${Date.now() - started} ms`);

let sweeps = 0;
httpRequests = 0;
kit.sim.control.clearRequests();
const graphBefore = kit.sim.control.counters();

afterAll(async () => {
  const graphAfter = kit.sim.control.counters();
  const perSweep = httpRequests / Math.max(1, sweeps);
  console.log(`[sweep bench] ${sweeps} sweeps; per sweep: ${perSweep.toFixed(0)} HTTP requests = ${(perSweep / accounts).toFixed(3)} per account`);
  const appCalls = (c: typeof graphAfter): number => c.graph.app?.callsLastHour ?? 0;
  const graphCalls = (appCalls(graphAfter) - appCalls(graphBefore)) / Math.max(1, sweeps);
  console.log(
    `[sweep bench] Graph calls counted against the app's hourly limit, per sweep: ${graphCalls.toFixed(0)} = ${(graphCalls / accounts).toFixed(2)} per account`,
  );
  await kit.close();
});

describe(`one sweep of ${accounts} accounts over ${FB_LOGINS + X_ACCOUNTS} grants`, () => {
  bench(
    'check everything',
    async () => {
      await kit.core.validation.checkNow();
      sweeps += 1;
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
});
