/**
 * After real work (connections, checks, refreshes, failures, reconnects), no token appears in any file of the
 * data folder: not in the SQLite file, not in its WAL or shared memory, not in the settings. Tokens are sealed
 * in the database, and the key that seals them stays in the keychain.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { filesUnder } from '../../fixtures/data-files';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDS } from '../../fixtures/simulator/simulator-kit';
import { startEngineKit, type EngineKit } from '../../fixtures/validation/engine-kit';
import { openDemoCore, type DemoCore } from '../../../main/app/demo/open-demo-core';
import type { SecretStore } from '../../../main/core/secrets/secret-store';
import { decodeDataKey } from '../../../main/core/secrets/data-key';
import type { GrantId } from '../../../shared/domain/ids';

/**
 * Every secret value the store holds for these grants, plus the app secret, plus the keychain's data key (raw,
 * and as the keychain keeps it): the key must never reach the folder either.
 */
async function secretValues(store: SecretStore, keychain: SecretStore, grants: readonly GrantId[]): Promise<string[]> {
  const values: string[] = [];
  const key = await keychain.get({ kind: 'data_key' });
  if (key) values.push(key, decodeDataKey(key).bytes.toString('latin1'), decodeDataKey(key).bytes.toString('base64'));
  for (const grant of grants) {
    for (const key of await store.listByGrant(grant)) {
      const value = await store.get(key);
      if (!value) continue;
      values.push(value);
      // A grant's token set is JSON: check each token on its own too.
      try {
        const parsed = JSON.parse(value) as { accessToken?: string; refreshToken?: string | null };
        if (parsed.accessToken) values.push(parsed.accessToken);
        if (parsed.refreshToken) values.push(parsed.refreshToken);
      } catch {
        // a Page token: already added
      }
    }
  }
  const app = await store.get({ kind: 'app_secret', app: 'meta' });
  if (app) values.push(app);
  return values;
}

function expectNoneOnDisk(dataDir: string, secrets: readonly string[]): void {
  expect(secrets.length).toBeGreaterThan(3);
  const files = filesUnder(dataDir);
  expect(files.map((f) => f.path).some((p) => p.endsWith('tether.db'))).toBe(true);
  for (const file of files) {
    for (const secret of secrets) {
      expect(file.bytes.includes(Buffer.from(secret, 'latin1')) || file.bytes.includes(Buffer.from(secret)), `a secret found in ${file.path}`).toBe(false);
    }
  }
}

let kit: EngineKit | undefined;
let demo: DemoCore | undefined;
afterEach(async () => {
  await kit?.close();
  await demo?.close();
  kit = undefined;
  demo = undefined;
});

describe('no token on disk', () => {
  it('after connecting, checking, refreshing, failing and reconnecting (real keychain)', async () => {
    kit = await startEngineKit();
    const grants = [await kit.connectFacebook(IDS.ada), await kit.connectFacebook(IDS.ben), await kit.connectX(IDS.alphaX)];
    kit.sim.control.advanceTime(2 * 3_600_000);
    await kit.core.validation.checkNow();
    kit.sim.control.apply({ scenario: 'password_changed', target: IDS.ada });
    await kit.core.validation.checkNow();
    grants.push(await kit.connectFacebook(IDS.ada));
    await kit.core.validation.checkNow();
    // Before closing: the WAL and shared-memory files are still there and must be clean too.
    expectNoneOnDisk(kit.dataDir, await secretValues(kit.core.secrets, kit.store, grants));
  });

  it('after a demo session with scenarios applied and reverted', async () => {
    const base = mkdtempSync(join(tmpdir(), 'tether-demo-leak-'));
    try {
      demo = await openDemoCore(base);
      const { core, simulator } = demo;
      const person = simulator.world.facebookUsers[0]?.id ?? '';
      const listing = core.demo?.listing();
      expect(listing?.scenarios.length).toBeGreaterThan(10);
      core.demo?.apply({ scenario: 'password_changed', target: person });
      await core.validation.checkNow();
      core.demo?.revert({ scenario: 'password_changed', target: person });
      await core.validation.checkNow();
      const grants = core.repo.grantsForScheduling().map((g) => g.id);
      expectNoneOnDisk(core.dataDir, await secretValues(core.secrets, core.keychain, grants));
    } finally {
      rmSync(base, { recursive: true, force: true });
      rmSync(`${base}-demo`, { recursive: true, force: true });
    }
  });
});
