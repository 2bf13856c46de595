/**
 * Issue 10 through the whole core against the simulator: more than 100 Pages are all checked, Pages outlive an
 * expired login through their Page tokens, a Page unticked at sign-in is told apart from a lost role, and
 * Pages that appear later are offered, not dropped.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { WorldInput } from '../../../main/simulator';
import { IDS, testWorld } from '../../fixtures/simulator/simulator-kit';
import { startEngineKit, type EngineKit } from '../../fixtures/validation/engine-kit';
import { createRouter } from '../../../main/core/ipc/router';
import { createHandlers } from '../../../main/core/ipc/handlers';
import { createLogger } from '../../../main/core/logging/create-logger';
import type { LoginsAnswer } from '../../../shared/domain/grant-view';

let kit: EngineKit | null = null;
afterEach(async () => {
  await kit?.close();
  kit = null;
});

/** The test world plus `count` Pages that Ada manages, the last of which links a new Instagram account. */
function worldWithManyPages(count: number): WorldInput {
  const world = testWorld() as { pages: Array<Record<string, unknown>>; instagramAccounts: Array<Record<string, unknown>> };
  for (let i = 0; i < count; i += 1) {
    world.pages.push({
      id: String(21000 + i),
      name: `Branch ${i}`,
      category: 'Bakery',
      username: `branch${i}`,
      roles: [{ userId: IDS.ada, tasks: ['MANAGE', 'CREATE_CONTENT'] }],
    });
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
    const login = kit.core.repo.grantViews().find((g) => g.grantId === grant);
    expect(login).toMatchObject({ loginExpired: true });
  });
});

describe('new Pages found on a check', () => {
  it('are offered as "N new Pages available via <login>" over IPC, not dropped', async () => {
    kit = await startEngineKit({ world: worldWithManyPages(2) });
    // When Ada connects she has no role on Branch 0 yet; an admin gives it to her afterwards.
    kit.sim.control.apply({ scenario: 'page_role_removed', target: '21000' });
    const grant = await kit.connectFacebook(IDS.ada);
    const router = createRouter(createHandlers(kit.core), kit.core.events, createLogger('test'));
    const before = (await router.invoke('grants:list', undefined)) as { ok: true; value: LoginsAnswer };
    expect(before.value.logins?.find((g) => g.grantId === grant)).toMatchObject({ newAccounts: [], newAccountsSummary: null, loginExpired: false });

    // Asked again with the tag it holds, the renderer gets no list: nothing changed.
    expect(await router.invoke('grants:list', { since: before.value.tag })).toEqual({ ok: true, value: { tag: before.value.tag, logins: null } });

    kit.sim.control.revert({ scenario: 'page_role_removed', target: '21000' });
    await kit.core.validation.checkNow();
    // Asked with the tag held, the changed list comes back.
    const after = (await router.invoke('grants:list', { since: before.value.tag })) as { ok: true; value: LoginsAnswer };
    expect(after.value.tag).not.toBe(before.value.tag);
    expect(after.value.logins?.find((g) => g.grantId === grant)).toMatchObject({
      newAccounts: [{ provider: 'facebook', networkAccountId: '21000', name: 'Branch 0', handle: null, parentNetworkId: null }],
      newAccountsSummary: '1 new Page available via Ada Lovelace',
    });
    // Not silently added either: the user decides.
    expect(kit.core.accounts.list().some((a) => a.id.endsWith('/facebook:21000'))).toBe(false);
  });
});
