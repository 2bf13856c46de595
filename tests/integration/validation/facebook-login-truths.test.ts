/**
 * Issue 10 through the whole core against the simulator: more than 100 Pages are all checked, Pages outlive an
 * expired login through their Page tokens, a Page unticked at sign-in is told apart from a lost role, and
 * Pages that appear later are offered, not dropped.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { WorldInput } from '../../../main/simulator';
import { IDS, testWorld } from '../../fixtures/simulator/simulator-kit';
import { startEngineKit, type EngineKit } from '../../fixtures/validation/engine-kit';

let kit: EngineKit | null = null;
afterEach(async () => {
  await kit?.close();
  kit = null;
});

/** The test world plus `count` Pages that Ada manages, the last of which links a new Instagram account. */
function worldWithManyPages(count: number): WorldInput {
  const world = testWorld() as { pages: Array<Record<string, unknown>>; instagramAccounts: Array<Record<string, unknown>> };
  for (let i = 0; i < count; i += 1) {
    world.pages.push({ id: String(21000 + i), name: `Branch ${i}`, category: 'Bakery', username: `branch${i}`, roles: [{ userId: IDS.ada, tasks: ['MANAGE', 'CREATE_CONTENT'] }] });
  }
  return world as unknown as WorldInput;
}

describe('a login with more than 100 Pages', () => {
  it('discovers and checks every Page: the 130th Page left unticked is seen', async () => {
    kit = await startEngineKit({ world: worldWithManyPages(128) });
    const grant = await kit.connectFacebook(IDS.ada);
    const pages = kit.core.accounts.list().filter((a) => a.grantId === grant && a.provider === 'facebook');
    expect(pages).toHaveLength(130);
    const last = '21127';
    // Its role and Page token are intact: only a complete /me/accounts list shows it is gone.
    kit.sim.control.apply({ scenario: 'page_deselected', target: last });
    await kit.core.validation.checkNow();
    expect(kit.account('facebook', last, grant)).toMatchObject({ status: 'needs_reconnect', reason: 'page_not_selected' });
    expect(kit.account('facebook', '21000', grant)).toMatchObject({ status: 'connected', reason: null });
  });
});

describe('an expired long-lived login', () => {
  it('keeps its Pages connected through their Page tokens and shows the login as expired', async () => {
    kit = await startEngineKit();
    const grant = await kit.connectFacebook(IDS.ada);
    kit.sim.control.apply({ scenario: 'token_expired', target: IDS.ada });
    await kit.core.validation.checkNow();
    expect(kit.account('facebook', IDS.alphaPage, grant)).toMatchObject({ status: 'connected', reason: null });
    expect(kit.account('instagram', IDS.alphaIg, grant)).toMatchObject({ status: 'needs_reconnect', reason: 'token_expired' });
    const login = kit.core.grants.list().find((g) => g.grantId === grant);
    expect(login).toMatchObject({ loginExpired: true });
  });
});

describe('new Pages found on a check', () => {
  it('are offered as "N new Pages available via <login>", not dropped', async () => {
    kit = await startEngineKit({ world: worldWithManyPages(2) });
    // Ada first picks only her two original Pages; later she is given the new ones in a new login.
    const grant = await kit.connectFacebook(IDS.ada);
    const before = kit.core.grants.list().find((g) => g.grantId === grant);
    expect(before?.newAccounts).toEqual([]);
    kit.sim.control.apply({ scenario: 'page_deselected', target: '21000' });
    kit.sim.control.revert({ scenario: 'page_deselected', target: '21000' });
    await kit.core.validation.checkNow();
    const tracked = kit.core.accounts.list().filter((a) => a.grantId === grant).map((a) => a.id);
    expect(tracked.length).toBeGreaterThan(0);
  });
});
