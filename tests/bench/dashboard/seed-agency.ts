/**
 * The serve process's data folder, seeded directly: every login connected through the real connect path (tokens
 * minted by the simulator, discovery and first check over HTTP, real SQLite) in this process with an in-memory
 * keychain, then a year of history for every account from the history fixtures' plan. The keychain's one item,
 * the data key the tokens are sealed with, comes back for the serve process's own in-memory keychain.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemorySecretStore } from '../../../main/core/secrets/memory-secret-store';
import { accountOf } from '../../../main/core/secrets/secret-keys';
import type { SecretKey } from '../../../main/core/secrets/secret-store';
import { FACEBOOK_LOGIN_SCOPES } from '../../../main/core/providers/facebook/facebook-scopes';
import { X_SCOPES } from '../../../main/core/providers/twitter/x-scopes';
import { tokenSet } from '../../../main/app/demo/open-demo-core';
import type { RunningSimulator } from '../../../main/simulator';
import type { TokenSet } from '../../../main/core/secrets/token-set.codec';
import { seedHistory } from '../../fixtures/history/seed-history';
import { HOUR } from '../../fixtures/history/seed-plan';
import { IDS } from '../../fixtures/simulator/simulator-kit';
import { FB_PEOPLE, X_ACCOUNTS } from './agency-world';
import { fbUserId, xUserId } from '../../fixtures/validation/big-world';
import { AgencySeedPlan } from './agency-seed-plan';
import { openSimulatorCore } from '../../fixtures/simulator/simulator-core';

export interface SeededAgency {
  readonly dataDir: string;
  readonly logins: number;
  readonly accounts: number;
  /** Keychain account name and value of every item the in-memory keychain holds (the data key). */
  readonly secrets: ReadonlyArray<readonly [string, string]>;
  readonly connectMs: number;
  readonly historyEvents: number;
  readonly historyRollups: number;
  readonly historyMs: number;
}

/** Connects every login of the agency world and writes a year of history; the core is closed again. */
export async function seedAgency(sim: RunningSimulator, days = 365): Promise<SeededAgency> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tether-dash-bench-'));
  const store = new MemorySecretStore();
  const appSecret: SecretKey = { kind: 'app_secret', app: 'meta' };
  await store.set(appSecret, IDS.appSecret);
  const core = await openSimulatorCore(sim, dataDir, store);
  try {
    const started = performance.now();
    const connect = async (network: 'facebook' | 'twitter', tokens: TokenSet): Promise<void> => {
      const outcome = await core.connections.connect(network, tokens);
      if (outcome.kind !== 'connected') throw new Error(`connect failed: ${JSON.stringify(outcome)}`);
    };
    for (let i = 0; i < FB_PEOPLE; i += 1) {
      const minted = sim.control.mintFacebookUserToken(fbUserId(i), { scopes: FACEBOOK_LOGIN_SCOPES });
      await connect('facebook', tokenSet(minted.accessToken, null, minted.expiresIn, FACEBOOK_LOGIN_SCOPES, sim.control.now()));
    }
    for (let i = 0; i < X_ACCOUNTS; i += 1) {
      const minted = sim.control.mintXTokens(xUserId(i), { scopes: X_SCOPES });
      await connect('twitter', tokenSet(minted.accessToken, minted.refreshToken, minted.expiresIn, X_SCOPES, sim.control.now()));
    }
    const connectMs = performance.now() - started;

    const grants = core.repo.grantsForScheduling().map((g) => g.id);
    // The in-memory keychain's items: the data key the tokens are sealed with (the app secret was sealed too).
    const secrets = (await store.readAll()).items.map(({ key, value }) => [accountOf(key), value] as const);

    const accounts = core.accounts.list();
    const plan = new AgencySeedPlan({ accounts: accounts.length, accountsPerGrant: 1, days, now: sim.control.now() }, accounts);
    const seeded = seedHistory(core.db, { ...plan.shape, mode: 'window', keepDays: 30, horizonMs: HOUR }, plan);
    return {
      dataDir,
      logins: grants.length,
      accounts: accounts.length,
      secrets,
      connectMs,
      historyEvents: seeded.events,
      historyRollups: seeded.rollups,
      historyMs: seeded.ms,
    };
  } finally {
    core.close();
  }
}
