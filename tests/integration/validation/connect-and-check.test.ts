/** Connecting logins against the simulator, and the first checks: every account found, connected, recorded. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDS } from '../../fixtures/simulator/simulator-kit';
import { startEngineKit, type EngineKit } from '../../fixtures/validation/engine-kit';

let kit: EngineKit;
beforeEach(async () => {
  kit = await startEngineKit();
});
afterEach(() => kit.close());

describe('connect and check', () => {
  it('discovers a Facebook login’s Pages and Instagram accounts, and an X account, all connected', async () => {
    const ada = await kit.connectFacebook(IDS.ada);
    const x = await kit.connectX(IDS.alphaX);
    const list = kit.core.accounts.list();
    expect(
      list
        .filter((a) => a.grantId === ada)
        .map((a) => `${a.provider}:${a.name}`)
        .sort(),
    ).toEqual(['facebook:Alpha Bakery', 'facebook:Beta Books', 'instagram:Alpha Bakery', 'instagram:Beta Books']);
    expect(list.find((a) => a.grantId === x)).toMatchObject({ provider: 'twitter', handle: '@alpha_x', status: 'connected' });
    for (const account of list) {
      expect(account.status, `${account.id}: ${account.reason} ${JSON.stringify(account.problem)}`).toBe('connected');
      expect(account.lastCheckedAt).not.toBeNull();
    }
    // The Facebook login's expiry (about 60 days) comes from debug_token.
    const page = kit.account('facebook', IDS.alphaPage);
    expect(page.expiresAt).toBeGreaterThan(kit.sim.control.now() + 50 * 24 * 3_600_000);
  });

  it('checks a Facebook login with one Graph batch, whatever its number of Pages', async () => {
    const ada = await kit.connectFacebook(IDS.ada);
    kit.sim.control.clearRequests();
    await kit.core.validation.checkNow({ grantId: ada });
    const requests = kit.sim.control.requests().filter((r) => r.network !== 'control');
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /v24.0/']);
  });

  it('records a check for every account and never stores a token in the database', async () => {
    await kit.connectFacebook(IDS.ada);
    await kit.core.validation.checkNow();
    const checks = kit.core.db.prepare(`SELECT COUNT(*) AS n FROM events WHERE kind = 'check'`).get() as { n: number };
    expect(checks.n).toBe(8);
    const minted = kit.sim.control.mintFacebookUserToken(IDS.ada);
    const dump = JSON.stringify(kit.core.db.prepare(`SELECT * FROM accounts`).all()) + JSON.stringify(kit.core.db.prepare(`SELECT * FROM grants`).all());
    expect(dump).not.toMatch(/EAA[A-Za-z0-9]{20,}/);
    expect(dump).not.toContain(minted.accessToken);
  });
});
