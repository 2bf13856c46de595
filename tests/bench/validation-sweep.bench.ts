/**
 * One sweep of 1,000 accounts over 200 grants (160 Facebook logins with 3 Pages and 3 Instagram accounts each,
 * 40 X accounts) against the simulator: wall time per sweep, and HTTP requests and Graph calls per account.
 * Run under the keyring wrapper: npm run bench
 */
import { afterAll, bench, describe } from 'vitest';
import { startEngineKit, type EngineKit } from '../fixtures/validation/engine-kit';
import { bigWorld } from '../fixtures/validation/big-world';

const FB_LOGINS = Number(process.env.SWEEP_FB_LOGINS ?? 160);
const X_ACCOUNTS = Number(process.env.SWEEP_X_ACCOUNTS ?? 40);

let httpRequests = 0;
const kit: EngineKit = await startEngineKit({
  world: bigWorld(FB_LOGINS, X_ACCOUNTS),
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
