/**
 * A cold `tether check` of 2500 accounts (400 Facebook logins with 3 Pages + 3 Instagram accounts each, 100 X
 * accounts) end to end: seeded data folder (tokens sealed in it) and keychain (the one data key), the built CLI in
 * a new process, the simulator as the networks. Needs `npx electron-vite build` first. Run under the keyring wrapper: npm run bench
 */
import { afterAll, bench, describe } from 'vitest';
import { clearColdCheck, coldCheck, coldLine, seedColdCheck } from '../fixtures/validation/cold-check-kit';

const kit = await seedColdCheck(400, 100);
afterAll(() => clearColdCheck(kit));

describe('cold tether check, 2500 accounts', () => {
  bench(
    'tether check (new process, empty caches)',
    async () => {
      console.log(coldLine(2500, await coldCheck(kit)));
    },
    { iterations: 2, warmupIterations: 0, warmupTime: 0, time: 0 },
  );
});
