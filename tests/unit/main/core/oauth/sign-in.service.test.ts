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
import { IDS, classicLoginWorld } from '../../../../fixtures/simulator/simulator-kit';

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

describe('connecting Facebook with Login for Business (a Business app today)', () => {
  it('asks for the configuration, lists Pages with their Instagram accounts in the picker, and adds only the chosen ones', async () => {
    kit = await startSignInKit();
    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ada }));
    const picked = await kit.signIn({ network: 'facebook' });
    const url = new URL(kit.agent.opened[0]?.url ?? '');
    expect(url.pathname).toBe('/v24.0/dialog/oauth');
    expect(url.searchParams.get('config_id')).toBe(IDS.userTokenConfig);
    expect(url.searchParams.get('scope')).toBeNull();
    // With the App Secret the code flow, which can also bring a system-user token.
    expect(url.searchParams.get('response_type')).toBe('code');
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
    expect(done).toMatchObject({ kind: 'connected', network: 'facebook', accounts: 3, reconnected: false, lifetime: 'long', leftOutScopes: [] });
    expect(kit.core.accounts.list().map((a) => [a.name, a.status])).toEqual(
      [
        ['Alpha Bakery', 'connected'],
        ['Beta Books', 'connected'],
        ['Alpha Bakery IG', 'connected'],
      ].map(([n, s]) => [expect.stringContaining((n as string).split(' ')[0] as string), s]),
    );
    // debug_token said USER, so the App Secret made it a ~60-day login.
    const tokens = await kit.core.vault.read(`facebook:${IDS.ada}` as GrantId);
    expect((tokens?.accessExpiresAt ?? 0) - kit.sim.control.now()).toBeGreaterThan(50 * 24 * 3_600_000);
    expect(tokens?.scopes).toContain('pages_manage_posts');
    await expect(kit.core.signIn.choose(picked.flowId, [`facebook:${IDS.alphaPage}`])).rejects.toThrow(/over/);
  });

  it('a system-user configuration gives a login Facebook says never expires: no expiry, no warning, a year on', async () => {
    kit = await startSignInKit();
    kit.core.settings.update({ networkApps: { metaConfigId: IDS.systemUserConfig } });
    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ada }));
    const picked = await kit.signIn({ network: 'facebook' });
    if (picked.kind !== 'pick') throw new Error(JSON.stringify(picked));
    const done = await kit.core.signIn.choose(picked.flowId, [`facebook:${IDS.alphaPage}`, `instagram:${IDS.alphaIg}`]);
    expect(done).toMatchObject({ kind: 'connected', lifetime: 'never' });
    const tokens = await kit.core.vault.read(`facebook:${IDS.ada}` as GrantId);
    expect(tokens?.accessExpiresAt).toBeNull();
    // The type came from debug_token, not from a guess: Tether asked it, and never tried to extend the token.
    const asked = kit.sim.control.requests().map((r) => r.url);
    expect(asked.some((u) => u.includes('/debug_token?'))).toBe(true);
    expect(asked.some((u) => u.includes('fb_exchange_token'))).toBe(false);
    kit.sim.control.advanceTime(365 * 86_400_000);
    await kit.core.validation.checkNow();
    for (const account of kit.core.accounts.list()) {
      expect(account.status).toBe('connected');
      expect(account.expiresAt).toBeNull();
    }
    expect(kit.eventKinds()).not.toContain('expiry_warning');
  });

  it('without the App Secret takes the long-lived token the redirect carries beside the short one', async () => {
    kit = await startSignInKit({ metaSecret: null });
    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ada }));
    const picked = await kit.signIn({ network: 'facebook' });
    expect(new URL(kit.agent.opened[0]?.url ?? '').searchParams.get('response_type')).toBe('token');
    if (picked.kind !== 'pick') throw new Error(JSON.stringify(picked));
    const done = await kit.core.signIn.choose(picked.flowId, [`facebook:${IDS.alphaPage}`]);
    expect(done).toMatchObject({ kind: 'connected', lifetime: 'long' });
    const tokens = await kit.core.vault.read(`facebook:${IDS.ada}` as GrantId);
    // About 60 days (Meta's figure for a long-lived token; no debug_token without the secret), not an hour.
    expect((tokens?.accessExpiresAt ?? 0) - kit.sim.control.now()).toBeGreaterThan(50 * 24 * 3_600_000);
    const inspected = await fetch(
      `${kit.sim.url}/v24.0/debug_token?input_token=${encodeURIComponent(tokens?.accessToken ?? '')}&access_token=${encodeURIComponent(kit.sim.control.appToken())}`,
    );
    expect(((await inspected.json()) as { data: { expires_at: number } }).data.expires_at * 1000 - kit.sim.control.now()).toBeGreaterThan(59 * 86_400_000);
  });

  it('a system-user configuration without the App Secret fails up front in the dialog, and Tether saves nothing', async () => {
    kit = await startSignInKit({ metaSecret: null });
    kit.core.settings.update({ networkApps: { metaConfigId: IDS.systemUserConfig } });
    kit.agent.script = async (req) => {
      const page = await fetch(req.url);
      return { kind: 'failed', message: `${page.status} ${(await page.text()).includes('need response_type=code') ? 'code needed' : 'other'}` };
    };
    expect(await kit.signIn({ network: 'facebook' })).toMatchObject({ kind: 'failed', failure: 'failed', detail: '400 code needed' });
    await nothingSaved(kit);
  });
});

describe('connecting Facebook with classic Facebook Login', () => {
  it('asks for scopes with response_type=token, and the App Secret makes a ~60-day login', async () => {
    kit = await startSignInKit({ world: classicLoginWorld() });
    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ada }));
    const picked = await kit.signIn({ network: 'facebook' });
    const url = new URL(kit.agent.opened[0]?.url ?? '');
    expect(url.searchParams.get('response_type')).toBe('token');
    expect(url.searchParams.get('config_id')).toBeNull();
    expect(url.searchParams.get('scope')).toContain('pages_manage_posts');
    if (picked.kind !== 'pick') throw new Error(JSON.stringify(picked));
    const done = await kit.core.signIn.choose(picked.flowId, [`facebook:${IDS.alphaPage}`]);
    expect(done).toMatchObject({ kind: 'connected', lifetime: 'long', leftOutScopes: [] });
    const tokens = await kit.core.vault.read(`facebook:${IDS.ada}` as GrantId);
    expect((tokens?.accessExpiresAt ?? 0) - kit.sim.control.now()).toBeGreaterThan(50 * 24 * 3_600_000);
  });

  it('flags a Page where the role is too weak to publish before it is added', async () => {
    const world = classicLoginWorld() as { pages: Array<{ id: string; roles: Array<{ userId: string; tasks: string[] }> }> };
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
    kit = await startSignInKit({ world: classicLoginWorld(), metaSecret: null });
    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ada }));
    const picked = await kit.signIn({ network: 'facebook' });
    if (picked.kind !== 'pick') throw new Error(JSON.stringify(picked));
    const done = await kit.core.signIn.choose(picked.flowId, [`facebook:${IDS.alphaPage}`]);
    expect(done).toMatchObject({ kind: 'connected', lifetime: 'short' });
    const tokens = await kit.core.vault.read(`facebook:${IDS.ada}` as GrantId);
    expect((tokens?.accessExpiresAt ?? 0) - kit.sim.control.now()).toBeLessThanOrEqual(2 * 3_600_000);
  });

  it('names the permissions left unticked', async () => {
    kit = await startSignInKit({ world: classicLoginWorld() });
    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ada, untick: ['pages_manage_posts'] }));
    const picked = await kit.signIn({ network: 'facebook' });
    if (picked.kind !== 'pick') throw new Error(JSON.stringify(picked));
    const done = await kit.core.signIn.choose(picked.flowId, [`facebook:${IDS.alphaPage}`]);
    expect(done).toMatchObject({ kind: 'connected', leftOutScopes: ['pages_manage_posts'] });
  });
});

describe('where Facebook can only sign in from the desktop app (tether serve)', () => {
  it('refuses up front: nothing opens, nothing is asked of Facebook, nothing is saved', async () => {
    kit = await startSignInKit();
    kit.agent.available = { facebook: 'desktop_app_only', twitter: 'here' };
    const before = kit.sim.control.requests().length;
    const started = await kit.core.signIn.start({ network: 'facebook' });
    expect(started.openUrl).toBeNull();
    expect(await kit.core.signIn.result(started.flowId)).toEqual({ kind: 'failed', network: 'facebook', failure: 'desktop_app_only', detail: null });
    expect(kit.agent.opened).toEqual([]);
    expect(kit.sim.control.requests().length).toBe(before);
    expect(kit.core.signIn.redirectUri('facebook')).toBeNull();
    await nothingSaved(kit);
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
