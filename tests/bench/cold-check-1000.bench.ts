/**
 * A cold `tether check` of 1000 accounts (160 Facebook logins with 3 Pages + 3 Instagram accounts each, 40 X
 * accounts) end to end: seeded data folder (tokens sealed in it) and keychain (the one data key), the built CLI in
 * a new process, the simulator as the networks. Needs `npx electron-vite build` first. Run under the keyring wrapper: npm run bench
 */
import { afterAll, bench, describe } from 'vitest';
import { clearColdCheck, coldCheck, coldLine, seedColdCheck } from '../fixtures/validation/cold-check-kit';

const kit = await seedColdCheck(160, 40);
afterAll(() => clearColdCheck(kit));

describe('cold tether check, 1000 accounts', () => {
  bench(
    'tether check (new process, empty caches)',
    async () => {
      console.log(coldLine(1000, await coldCheck(kit)));
    },
    { iterations: 2, warmupIterations: 0, warmupTime: 0, time: 0 },
  );
});
