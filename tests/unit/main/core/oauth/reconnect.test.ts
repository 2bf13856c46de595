/**
 * Reconnect is bound to its grant: the same person restores every account at once (with a `reconnected` event),
 * another person overwrites nothing and can be added as a new connection instead; a Page or permission left out
 * keeps its account disconnected. Disconnect revokes at the network, deletes the secrets and keeps the history.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { GrantId } from '../../../../../shared/domain/ids';
import { answerFacebookDialog, answerXAuthorize } from '../../../../fixtures/oauth/dialog-driver';
import { redirected } from '../../../../fixtures/oauth/scripted-agent';
import { startSignInKit, type SignInKit } from '../../../../fixtures/oauth/sign-in-kit';
import { IDS, classicLoginWorld, graph, usersMe } from '../../../../fixtures/simulator/simulator-kit';

let kit: SignInKit;
afterEach(async () => kit?.close());

const ADA = `facebook:${IDS.ada}` as GrantId;
const ALPHA_X = `twitter:${IDS.alphaX}` as GrantId;

async function connectAda(k: SignInKit): Promise<void> {
  k.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ada }));
  const picked = await k.signIn({ network: 'facebook' });
  if (picked.kind !== 'pick') throw new Error(JSON.stringify(picked));
  await k.core.signIn.choose(
    picked.flowId,
    picked.candidates.map((c) => c.key),
  );
}

const statuses = (k: SignInKit) => k.core.accounts.list().map((a) => a.status);

describe('reconnect', () => {
  it('after a password change restores every account of the login at once', async () => {
    kit = await startSignInKit();
    await connectAda(kit);
    kit.sim.control.apply({ scenario: 'password_changed', target: IDS.ada });
    await kit.core.validation.checkNow({ grantId: ADA });
    expect(statuses(kit)).toEqual(['needs_reconnect', 'needs_reconnect', 'needs_reconnect', 'needs_reconnect']);
    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ada }));
    const outcome = await kit.signIn({ network: 'facebook', grantId: ADA });
    expect(outcome).toMatchObject({ kind: 'connected', reconnected: true, accounts: 4, leftOutAccounts: [], leftOutScopes: [] });
    expect(statuses(kit)).toEqual(['connected', 'connected', 'connected', 'connected']);
    expect(kit.eventKinds()).toContain('reconnected');
  });

  it('by another person shows who signed in, overwrites nothing, and can add that login instead', async () => {
    kit = await startSignInKit();
    await connectAda(kit);
    const before = await kit.core.vault.read(ADA);
    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ben }));
    const outcome = await kit.signIn({ network: 'facebook', grantId: ADA });
    if (outcome.kind !== 'wrong_account') throw new Error(JSON.stringify(outcome));
    // The desktop window opens on an empty session, so trying again asks who is signing in.
    expect(outcome).toMatchObject({ expected: 'Ada Lovelace', signedInAs: 'Ben Okafor', freshLogin: true });
    expect(await kit.core.vault.read(ADA)).toEqual(before);
    expect(kit.core.repo.grant(`facebook:${IDS.ben}` as GrantId)).toBeNull();
    expect(kit.eventKinds()).not.toContain('reconnected');
    // "Try again" is the same sign-in again: never auth_type=reauthenticate, which Meta says not to rely on to switch people.
    kit.agent.script = () => 'hang';
    const retry = await kit.core.signIn.start({ network: 'facebook', grantId: ADA });
    expect(new URL(kit.agent.opened.at(-1)?.url ?? '').searchParams.get('auth_type')).toBeNull();
    kit.core.signIn.cancel(retry.flowId);
  });

  it('"add it as a new connection" after a wrong account goes through the picker', async () => {
    kit = await startSignInKit();
    await connectAda(kit);
    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ben }));
    const outcome = await kit.signIn({ network: 'facebook', grantId: ADA });
    if (outcome.kind !== 'wrong_account') throw new Error(JSON.stringify(outcome));
    const picked = await kit.core.signIn.addInstead(outcome.flowId);
    if (picked.kind !== 'pick') throw new Error(JSON.stringify(picked));
    expect(picked.signedInAs).toBe('Ben Okafor');
    const done = await kit.core.signIn.choose(picked.flowId, ['facebook:20003']);
    expect(done).toMatchObject({ kind: 'connected', reconnected: false, accounts: 1 });
    expect(kit.core.accounts.list()).toHaveLength(5);
  });

  it('X by another account: the browser keeps its session, and the outcome says so', async () => {
    kit = await startSignInKit();
    kit.agent.script = async (req) => redirected(await answerXAuthorize(req.url, IDS.alphaX));
    await kit.signIn({ network: 'twitter' });
    kit.agent.script = async (req) => redirected(await answerXAuthorize(req.url, IDS.betaX));
    expect(await kit.signIn({ network: 'twitter', grantId: ALPHA_X })).toMatchObject({
      kind: 'wrong_account',
      expected: '@alpha_x',
      signedInAs: '@beta_x',
      freshLogin: false,
    });
  });

  it('with a Page and a permission left out (classic Facebook Login): names them, and that account stays disconnected', async () => {
    kit = await startSignInKit({ world: classicLoginWorld() });
    await connectAda(kit);
    kit.sim.control.apply({ scenario: 'app_removed', target: IDS.ada });
    await kit.core.validation.checkNow({ grantId: ADA });
    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ada, leaveOutPages: [IDS.betaPage] }));
    const outcome = await kit.signIn({ network: 'facebook', grantId: ADA });
    expect(outcome).toMatchObject({ kind: 'connected', reconnected: true, leftOutAccounts: ['Beta Books', expect.stringMatching(/beta/i)] });
    const byName = new Map(kit.core.accounts.list().map((a) => [a.id.split(':').at(-1), a]));
    expect(byName.get(IDS.alphaPage)?.status).toBe('connected');
    // Left unticked, not a lost role: one reconnect with the Page ticked fixes it.
    expect(byName.get(IDS.betaPage)).toMatchObject({
      status: 'needs_reconnect',
      reason: 'page_not_selected',
      problem: { detail: "Not shared with Tether in Facebook's dialog" },
    });
    expect(byName.get(IDS.betaIg)).toMatchObject({ status: 'needs_reconnect', reason: 'missing_permissions' });

    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ada, untick: ['pages_read_engagement'] }));
    const again = await kit.signIn({ network: 'facebook', grantId: ADA, mode: 'rerequest' });
    expect(new URL(kit.agent.opened.at(-1)?.url ?? '').searchParams.get('auth_type')).toBe('rerequest');
    expect(again).toMatchObject({ kind: 'connected', leftOutScopes: ['pages_read_engagement'] });
    const alpha = kit.core.accounts.list().find((a) => a.id.endsWith(`facebook:${IDS.alphaPage}`));
    expect(alpha?.reason).toBe('missing_permissions');
  });
});

describe('disconnect', () => {
  it('revokes at Facebook, deletes the tokens, removes the accounts and keeps the history', async () => {
    kit = await startSignInKit();
    await connectAda(kit);
    const token = (await kit.core.vault.read(ADA))?.accessToken ?? '';
    const result = await kit.core.disconnect(ADA);
    expect(result).toEqual({ revokedAtNetwork: true, detail: null, accounts: 4 });
    expect(kit.core.accounts.list()).toEqual([]);
    expect(await kit.store.listByGrant(ADA)).toEqual([]);
    expect((await graph(kit.sim, '/me', { access_token: token })).status).not.toBe(200);
    expect(kit.eventKinds().at(-1)).toBe('disconnected_by_user');
    await expect(kit.core.disconnect(ADA)).rejects.toThrow(/not connected/);
  });

  it('revokes at X', async () => {
    kit = await startSignInKit();
    kit.agent.script = async (req) => redirected(await answerXAuthorize(req.url, IDS.alphaX));
    await kit.signIn({ network: 'twitter' });
    const token = (await kit.core.vault.read(ALPHA_X))?.accessToken ?? '';
    expect(await kit.core.disconnect(ALPHA_X)).toMatchObject({ revokedAtNetwork: true, accounts: 1 });
    expect((await usersMe(kit.sim, token)).status).toBe(401);
    expect(await kit.store.listByGrant(ALPHA_X)).toEqual([]);
  });

  it('still removes the login when the network cannot be reached, and says so', async () => {
    kit = await startSignInKit();
    kit.agent.script = async (req) => redirected(await answerXAuthorize(req.url, IDS.alphaX));
    await kit.signIn({ network: 'twitter' });
    kit.sim.control.addFault({ type: 'offline', network: 'x' });
    const result = await kit.core.disconnect(ALPHA_X);
    expect(result.revokedAtNetwork).toBe(false);
    expect(result.detail).toBeTruthy();
    expect(kit.core.accounts.list()).toEqual([]);
  });
});
