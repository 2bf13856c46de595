/**
 * The transport-agnostic sign-in flow against the simulator's real dialogs and token endpoints: every outcome
 * (success, denied, closed, timeout, state mismatch, PKCE failure, wrong app credentials, network error), and
 * that nothing is saved when a step fails.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { GrantId } from '../../../../../shared/domain/ids';
import type { SignInOutcome } from '../../../../../shared/domain/sign-in';
import { answerFacebookDialog, answerXAuthorize } from '../../../../fixtures/oauth/dialog-driver';
import { redirected } from '../../../../fixtures/oauth/scripted-agent';
import { startSignInKit, type SignInKit } from '../../../../fixtures/oauth/sign-in-kit';
import { IDS, testWorld } from '../../../../fixtures/simulator/simulator-kit';

let kit: SignInKit;
afterEach(async () => kit?.close());

function expectFailure(outcome: SignInOutcome, failure: string): void {
  expect(outcome).toMatchObject({ kind: 'failed', failure });
}

async function nothingSaved(k: SignInKit): Promise<void> {
  expect(k.core.accounts.list()).toEqual([]);
  expect(k.core.repo.grantsForScheduling()).toEqual([]);
  expect(await k.store.listByGrant(`facebook:${IDS.ada}` as GrantId)).toEqual([]);
  expect(await k.store.listByGrant(`twitter:${IDS.alphaX}` as GrantId)).toEqual([]);
}

describe('connecting Facebook', () => {
  it('opens the dialog with state, lists Pages with their Instagram accounts in the picker, and adds only the chosen ones', async () => {
    kit = await startSignInKit();
    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ada }));
    const picked = await kit.signIn({ network: 'facebook' });
    const url = new URL(kit.agent.opened[0]?.url ?? '');
    expect(url.pathname).toBe('/v24.0/dialog/oauth');
    expect(url.searchParams.get('response_type')).toBe('token');
    expect(url.searchParams.get('redirect_uri')).toBe(`${kit.sim.url}/connect/login_success.html`);
    expect(url.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('auth_type')).toBeNull();
    // Nothing is saved before the person chooses.
    await nothingSaved(kit);
    if (picked.kind !== 'pick') throw new Error(JSON.stringify(picked));
    expect(picked.signedInAs).toBe('Ada Lovelace');
    expect(picked.candidates.map((c) => [c.key, c.canPublish, c.parentKey])).toEqual([
      [`facebook:${IDS.alphaPage}`, true, null],
      [`instagram:${IDS.alphaIg}`, true, `facebook:${IDS.alphaPage}`],
      [`facebook:${IDS.betaPage}`, true, null],
      [`instagram:${IDS.betaIg}`, true, `facebook:${IDS.betaPage}`],
    ]);
    const done = await kit.core.signIn.choose(picked.flowId, [`facebook:${IDS.alphaPage}`, `instagram:${IDS.alphaIg}`, `facebook:${IDS.betaPage}`]);
    expect(done).toMatchObject({ kind: 'connected', network: 'facebook', accounts: 3, reconnected: false, shortLived: false, leftOutScopes: [] });
    expect(kit.core.accounts.list().map((a) => [a.name, a.status])).toEqual(
      [
        ['Alpha Bakery', 'connected'],
        ['Beta Books', 'connected'],
        ['Alpha Bakery IG', 'connected'],
      ].map(([n, s]) => [expect.stringContaining((n as string).split(' ')[0] as string), s]),
    );
    // The App Secret made it a ~60-day login.
    const tokens = await kit.core.vault.read(`facebook:${IDS.ada}` as GrantId);
    expect((tokens?.accessExpiresAt ?? 0) - kit.sim.control.now()).toBeGreaterThan(50 * 24 * 3_600_000);
    await expect(kit.core.signIn.choose(picked.flowId, [`facebook:${IDS.alphaPage}`])).rejects.toThrow(/over/);
  });

  it('flags a Page where the role is too weak to publish before it is added', async () => {
    const world = testWorld() as { pages: Array<{ id: string; roles: Array<{ userId: string; tasks: string[] }> }> };
    const alpha = world.pages.find((p) => p.id === IDS.alphaPage);
    if (alpha) alpha.roles = alpha.roles.map((r) => (r.userId === IDS.ben ? { ...r, tasks: ['MODERATE', 'ANALYZE'] } : r));
    kit = await startSignInKit({ world: world as never });
    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ben }));
    const picked = await kit.signIn({ network: 'facebook' });
    if (picked.kind !== 'pick') throw new Error(JSON.stringify(picked));
    const alphaRow = picked.candidates.find((c) => c.key === `facebook:${IDS.alphaPage}`);
    expect(alphaRow).toMatchObject({ canPublish: false, tasks: ['MODERATE', 'ANALYZE'] });
    expect(picked.candidates.find((c) => c.key === `instagram:${IDS.alphaIg}`)?.canPublish).toBe(false);
    expect(picked.candidates.find((c) => c.key === 'facebook:20003')?.canPublish).toBe(true);
  });

  it('without the App Secret still connects, with a login of about an hour', async () => {
    kit = await startSignInKit({ metaSecret: null });
    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ada }));
    const picked = await kit.signIn({ network: 'facebook' });
    if (picked.kind !== 'pick') throw new Error(JSON.stringify(picked));
    const done = await kit.core.signIn.choose(picked.flowId, [`facebook:${IDS.alphaPage}`]);
    expect(done).toMatchObject({ kind: 'connected', shortLived: true });
    const tokens = await kit.core.vault.read(`facebook:${IDS.ada}` as GrantId);
    expect((tokens?.accessExpiresAt ?? 0) - kit.sim.control.now()).toBeLessThanOrEqual(2 * 3_600_000);
  });

  it('names the permissions left unticked', async () => {
    kit = await startSignInKit();
    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ada, untick: ['pages_manage_posts'] }));
    const picked = await kit.signIn({ network: 'facebook' });
    if (picked.kind !== 'pick') throw new Error(JSON.stringify(picked));
    const done = await kit.core.signIn.choose(picked.flowId, [`facebook:${IDS.alphaPage}`]);
    expect(done).toMatchObject({ kind: 'connected', leftOutScopes: ['pages_manage_posts'] });
  });
});

describe('connecting X', () => {
  it('uses PKCE S256 and offline.access, and connects the one account at once', async () => {
    kit = await startSignInKit();
    kit.agent.script = async (req) => redirected(await answerXAuthorize(req.url, IDS.alphaX));
    const done = await kit.signIn({ network: 'twitter' });
    const url = new URL(kit.agent.opened[0]?.url ?? '');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('scope')?.split(' ')).toContain('offline.access');
    expect(url.searchParams.get('redirect_uri')).toBe(IDS.xRedirect);
    expect(done).toMatchObject({ kind: 'connected', network: 'twitter', signedInAs: '@alpha_x', accounts: 1, leftOutScopes: [] });
    const tokens = await kit.core.vault.read(`twitter:${IDS.alphaX}` as GrantId);
    expect(tokens?.refreshToken).toBeTruthy();
  });
});

describe('every failure has its own outcome and saves nothing', () => {
  it('denied: the person pressed Cancel in the dialog', async () => {
    kit = await startSignInKit();
    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ada, cancel: true }));
    expectFailure(await kit.signIn({ network: 'facebook' }), 'denied');
    kit.agent.script = async (req) => redirected(await answerXAuthorize(req.url, IDS.alphaX, true));
    expectFailure(await kit.signIn({ network: 'twitter' }), 'denied');
    await nothingSaved(kit);
  });

  it('closed: the window was closed, or the person cancelled in Tether', async () => {
    kit = await startSignInKit();
    kit.agent.script = () => ({ kind: 'closed' });
    expectFailure(await kit.signIn({ network: 'facebook' }), 'closed');
    kit.agent.script = () => 'hang';
    const started = await kit.core.signIn.start({ network: 'twitter' });
    expect(kit.core.signIn.cancel(started.flowId)).toBe(true);
    expectFailure(await kit.core.signIn.result(started.flowId), 'closed');
    expect(kit.agent.closedCount).toBe(2);
    await nothingSaved(kit);
  });

  it('timeout: nobody finished signing in; the page is closed', async () => {
    kit = await startSignInKit({ signInTimeoutMs: 150 });
    kit.agent.script = () => 'hang';
    expectFailure(await kit.signIn({ network: 'twitter' }), 'timeout');
    expect(kit.agent.closedCount).toBe(1);
    await nothingSaved(kit);
  });

  it('state mismatch: a redirect Tether did not start is refused before any exchange', async () => {
    kit = await startSignInKit();
    kit.agent.script = async (req) => {
      const landing = new URL(await answerXAuthorize(req.url, IDS.alphaX));
      landing.searchParams.set('state', 'forged-state-forged-state-forged-state-0000');
      return redirected(landing.href);
    };
    expectFailure(await kit.signIn({ network: 'twitter' }), 'state_mismatch');
    kit.agent.script = async (req) => redirected((await answerFacebookDialog(req.url, { userId: IDS.ada })).replace(/state=[^&]+/, 'state=nope'));
    expectFailure(await kit.signIn({ network: 'facebook' }), 'state_mismatch');
    // The code was never exchanged: the simulator still holds it unused.
    expect(kit.sim.control.requests().filter((r) => r.url.includes('oauth2/token') || r.url.includes('oauth/access_token'))).toEqual([]);
    await nothingSaved(kit);
  });

  it('PKCE failure: a code issued for another challenge is refused at the token endpoint', async () => {
    kit = await startSignInKit();
    kit.agent.script = async (req) => {
      const tampered = new URL(req.url);
      tampered.searchParams.set('code_challenge', 'A'.repeat(43));
      return redirected(await answerXAuthorize(tampered.href, IDS.alphaX));
    };
    const outcome = await kit.signIn({ network: 'twitter' });
    expectFailure(outcome, 'code_rejected');
    expect(outcome).toMatchObject({ detail: 'Value passed for the authorization code was invalid.' });
    await nothingSaved(kit);
  });

  it('wrong app credentials: a Meta App Secret that does not match', async () => {
    kit = await startSignInKit({ metaSecret: 'not-the-secret-of-this-app' });
    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ada }));
    const outcome = await kit.signIn({ network: 'facebook' });
    expectFailure(outcome, 'bad_app_credentials');
    await nothingSaved(kit);
  });

  it('network error: the token endpoint cannot be reached', async () => {
    kit = await startSignInKit();
    kit.sim.control.addFault({ type: 'offline', network: 'x', pathPrefix: '/2/oauth2/token' });
    kit.agent.script = async (req) => redirected(await answerXAuthorize(req.url, IDS.alphaX));
    expectFailure(await kit.signIn({ network: 'twitter' }), 'network_error');
    await nothingSaved(kit);
  });

  it('not set up: no app ID yet', async () => {
    kit = await startSignInKit();
    kit.core.settings.update({ networkApps: { xClientId: null } });
    const started = await kit.core.signIn.start({ network: 'twitter' });
    expect(started.openUrl).toBeNull();
    expectFailure(await kit.core.signIn.result(started.flowId), 'not_set_up');
    expect(kit.agent.opened).toEqual([]);
  });
});
