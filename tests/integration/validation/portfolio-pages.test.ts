/**
 * Pages reached only through a Business portfolio (fixtures/simulator/portfolio-world.ts), end to end: the sign-in
 * finds them (the agency's client_pages, and the login's pages_show_list grant read by id), the picker says which
 * portfolio each comes through, they are added with their Page tokens, and checks find them connected although
 * /me/accounts never lists them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerFacebookDialog } from '../../fixtures/oauth/dialog-driver';
import { redirected } from '../../fixtures/oauth/scripted-agent';
import { startSignInKit, type SignInKit } from '../../fixtures/oauth/sign-in-kit';
import { graph, IDS } from '../../fixtures/simulator/simulator-kit';
import { PORTFOLIO_IDS, portfolioWorld } from '../../fixtures/simulator/portfolio-world';
import type { FlowId } from '../../../shared/domain/sign-in';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDemoCore } from '../../../main/app/demo/open-demo-core';

let kit: SignInKit;
beforeEach(async () => {
  kit = await startSignInKit({ world: portfolioWorld() });
});
afterEach(() => kit.close());

/** Ada signs in; leaving Beta Books out makes her Page pick explicit, so debug_token names the Pages she ticked. */
async function signInAda(): Promise<Extract<Awaited<ReturnType<SignInKit['signIn']>>, { kind: 'pick' }>> {
  kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ada, leaveOutPages: [IDS.betaPage] }));
  const outcome = await kit.signIn({ network: 'facebook' });
  if (outcome.kind !== 'pick') throw new Error(`expected the picker, got ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('a Page reachable only through a Business portfolio', () => {
  it('is discovered with the portfolio it comes through, added, and checked as connected', async () => {
    const pick = await signInAda();
    const rows = pick.candidates.map((c) => [c.key, c.viaPortfolio]);
    expect(rows).toEqual([
      [`facebook:${IDS.alphaPage}`, undefined],
      [`instagram:${IDS.alphaIg}`, undefined],
      [`facebook:${PORTFOLIO_IDS.deltaPage}`, 'Ada Agency'],
      [`instagram:${PORTFOLIO_IDS.deltaIg}`, 'Ada Agency'],
      // Named only by the login's grant: no portfolio of hers lists it, so its portfolio can't be named.
      [`facebook:${PORTFOLIO_IDS.epsilonPage}`, null],
    ]);
    // Her tasks there come from no list Graph gives for these Pages: nothing is flagged that Graph didn't say.
    expect(pick.candidates.every((c) => c.canPublish)).toBe(true);

    const done = await kit.core.signIn.choose(
      pick.flowId as FlowId,
      pick.candidates.map((c) => c.key),
    );
    expect(done).toMatchObject({ kind: 'connected', accounts: 5 });
    await kit.core.validation.checkNow();
    const list = kit.core.accounts.list();
    expect(list.map((a) => [a.name, a.provider, a.status, a.reason])).toEqual(
      expect.arrayContaining([
        ['Delta Dental', 'facebook', 'connected', null],
        ['Delta Dental', 'instagram', 'connected', null],
        ['Epsilon Eats', 'facebook', 'connected', null],
      ]),
    );
    expect(list.every((a) => a.status === 'connected')).toBe(true);

    // /me/accounts still leaves both out: the verdicts rested on the Pages' own tokens.
    const minted = kit.sim.control.mintFacebookUserToken(IDS.ada, { pageIds: [IDS.alphaPage, PORTFOLIO_IDS.deltaPage, PORTFOLIO_IDS.epsilonPage] });
    const listed = (await graph(kit.sim, '/me/accounts', { access_token: minted.accessToken })).json as { data: Array<{ id: string }> };
    expect(listed.data.map((p) => p.id)).toEqual([IDS.alphaPage]);
  });

  it('that loses its role is reported from the Page token’s own 190/492, not from its absence', async () => {
    const pick = await signInAda();
    await kit.core.signIn.choose(
      pick.flowId as FlowId,
      pick.candidates.map((c) => c.key),
    );
    kit.sim.control.apply({ scenario: 'page_role_removed', target: PORTFOLIO_IDS.deltaPage });
    await kit.core.validation.checkNow();
    const delta = kit.core.accounts.list().find((a) => a.provider === 'facebook' && a.name === 'Delta Dental');
    expect(delta).toMatchObject({ status: 'needs_action', reason: 'insufficient_page_role', problem: { code: 190, subcode: 492 } });
    expect(delta?.problem?.signal).toBe("the Page's own token");
  });
});

describe('the demo world', () => {
  it('has a client Page its owner’s Page list leaves out, connected through the agency’s portfolio', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tether-demo-portfolio-'));
    const demo = await openDemoCore(join(root, 'data'));
    try {
      await demo.core.validation.checkNow();
      const summit = demo.core.accounts.list().filter((a) => a.name.startsWith('Summit Veterinary'));
      expect(summit.map((a) => [a.provider, a.status])).toEqual([
        ['facebook', 'connected'],
        ['instagram', 'connected'],
      ]);
      const maya = demo.simulator.world.facebookUsers[0]?.id ?? '';
      const minted = demo.simulator.control.mintFacebookUserToken(maya);
      const listed = (await graph(demo.simulator, '/me/accounts', { access_token: minted.accessToken })).json as { data: Array<{ name: string }> };
      expect(listed.data.map((p) => p.name)).not.toContain('Summit Veterinary Clinic');
    } finally {
      await demo.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
