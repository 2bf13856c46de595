// Connect, the picker, a wrong account, a failure and Network apps: the dashboard against the real core router,
// whose sign-ins the simulator's real dialogs answer (through a scripted agent instead of a window).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { createHandlers } from '../../../main/core/ipc/handlers';
import { createRouter } from '../../../main/core/ipc/router';
import { createLogger } from '../../../main/core/logging/create-logger';
import type { GrantId } from '../../../shared/domain/ids';
import { inProcessApi } from '../../fixtures/in-process-api';
import { answerFacebookDialog, answerXAuthorize } from '../../fixtures/oauth/dialog-driver';
import { redirected } from '../../fixtures/oauth/scripted-agent';
import { startSignInKit, type SignInKit } from '../../fixtures/oauth/sign-in-kit';
import { IDS } from '../../fixtures/simulator/simulator-kit';
import { mountDashboard } from './ui-kit';
import { createAppStore } from '../../../renderer/src/store/store';

let kit: SignInKit;
let api: ReturnType<typeof inProcessApi>;

beforeEach(async () => {
  kit = await startSignInKit();
  api = inProcessApi(createRouter(createHandlers(kit.core), kit.core.events, createLogger('test')));
});
afterEach(async () => {
  cleanup();
  await kit.close();
});

const accounts = () => within(screen.getByRole('list', { name: 'Accounts' }));

describe('connecting from the dashboard', () => {
  it('connects Facebook: picker with Pages and their Instagram accounts, then the list shows what was chosen', async () => {
    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ada }));
    await mountDashboard(api, { clock: { now: () => Date.now() } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect Facebook & Instagram' }));
    const picker = await screen.findByRole('dialog', { name: 'Choose what to add' });
    expect(within(picker).getByText(/Signed in as Ada Lovelace/)).toBeTruthy();
    const boxes = within(picker).getAllByRole('checkbox');
    expect(boxes).toHaveLength(4);
    fireEvent.click(within(picker).getByRole('checkbox', { name: /Beta Books Facebook/ }));
    fireEvent.click(within(picker).getByRole('checkbox', { name: /beta/i, checked: true }));
    fireEvent.click(within(picker).getByRole('button', { name: 'Add 2 accounts' }));
    const done = await screen.findByRole('dialog', { name: 'Connected' });
    expect(within(done).getByRole('status').textContent).toBe('Connected Ada Lovelace on Facebook: 2 accounts added.');
    fireEvent.click(within(done).getByRole('button', { name: 'Done' }));
    expect(await accounts().findAllByRole('listitem')).toHaveLength(2);
  });

  it('a reconnect by another person explains it and offers both ways out', async () => {
    kit.agent.script = async (req) => redirected(await answerXAuthorize(req.url, IDS.alphaX));
    await kit.signIn({ network: 'twitter' });
    kit.sim.control.apply({ scenario: 'x_app_access_revoked', target: IDS.alphaX });
    await kit.core.validation.checkNow();
    kit.agent.script = async (req) => redirected(await answerXAuthorize(req.url, IDS.betaX));
    await mountDashboard(api, { clock: { now: () => Date.now() } });
    fireEvent.click(await accounts().findByRole('button', { name: /alpha/i }));
    fireEvent.click(within(screen.getByRole('dialog', { name: /alpha/i })).getByRole('button', { name: 'Reconnect' }));
    const dialog = await screen.findByRole('dialog', { name: "That's a different account" });
    expect(within(dialog).getByRole('alert').textContent).toBe('You signed in as @beta_x; this connection is @alpha_x. Nothing was changed.');
    // The browser keeps its X session: log out there first, with the link.
    expect(dialog.textContent).toContain('First log out of X in this browser');
    expect(within(dialog).getByRole('link', { name: 'Log out of X' }).getAttribute('href')).toBe('https://x.com/logout');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add @beta_x as a new connection' }));
    await screen.findByRole('dialog', { name: 'Connected' });
    expect(kit.core.repo.grant(`twitter:${IDS.betaX}` as GrantId)).not.toBeNull();
  });

  it('a click on the notification of a disconnected account runs its reconnect at once', async () => {
    kit.agent.script = async (req) => redirected(await answerXAuthorize(req.url, IDS.alphaX));
    await kit.signIn({ network: 'twitter' });
    kit.sim.control.apply({ scenario: 'x_app_access_revoked', target: IDS.alphaX });
    await kit.core.validation.checkNow();
    await mountDashboard(api, { clock: { now: () => Date.now() } });
    const account = kit.core.accounts.list()[0];
    if (!account) throw new Error('no account');
    expect(account.status).toBe('needs_reconnect');
    kit.core.events.emit('ui:open-requested', { accountId: account.id });
    const done = await screen.findByRole('dialog', { name: 'Reconnected' });
    expect(within(done).getByRole('status').textContent).toContain('Reconnected @alpha_x on X');
    expect(screen.getByRole('dialog', { name: 'Alpha' })).toBeTruthy();
    expect(kit.core.accounts.list()[0]?.status).toBe('connected');
  });

  it('a notification about something reconnecting cannot fix only opens the card', async () => {
    kit.agent.script = async (req) => redirected(await answerXAuthorize(req.url, IDS.alphaX));
    await kit.signIn({ network: 'twitter' });
    kit.sim.control.apply({ scenario: 'x_account_locked', target: IDS.alphaX });
    await kit.core.validation.checkNow();
    await mountDashboard(api, { clock: { now: () => Date.now() } });
    const opened = kit.agent.opened.length;
    const account = kit.core.accounts.list()[0];
    kit.core.events.emit('ui:open-requested', { accountId: account?.id ?? null });
    const card = await screen.findByRole('dialog', { name: 'Alpha' });
    expect(within(card).getByRole('button', { name: 'I’ve done this, check again' })).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Reconnect' })).toBeNull();
    expect(kit.agent.opened.length).toBe(opened);
  });

  it('a Facebook reconnect by another person: the desktop window starts signed out, so trying again asks who it is', async () => {
    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ada }));
    const picked = await kit.signIn({ network: 'facebook' });
    if (picked.kind !== 'pick') throw new Error(JSON.stringify(picked));
    await kit.core.signIn.choose(picked.flowId, [`facebook:${IDS.alphaPage}`]);
    kit.sim.control.apply({ scenario: 'password_changed', target: IDS.ada });
    await kit.core.validation.checkNow();
    kit.agent.script = async (req) => redirected(await answerFacebookDialog(req.url, { userId: IDS.ben }));
    await mountDashboard(api, { clock: { now: () => Date.now() } });
    fireEvent.click(await accounts().findByRole('button', { name: /Alpha Bakery/ }));
    fireEvent.click(within(screen.getByRole('dialog', { name: /Alpha Bakery/ })).getByRole('button', { name: /^Reconnect/ }));
    const dialog = await screen.findByRole('dialog', { name: "That's a different account" });
    expect(dialog.textContent).toContain('Trying again opens a new sign-in window that isn’t signed in to Facebook, so Facebook asks who you are');
    expect(within(dialog).queryByRole('link')).toBeNull();
    kit.agent.script = () => 'hang';
    fireEvent.click(within(dialog).getByRole('button', { name: 'Try again as Ada Lovelace' }));
    await vi.waitFor(() => expect(kit.agent.opened).toHaveLength(3));
    // Never auth_type=reauthenticate: Meta says not to rely on it to switch people.
    expect(new URL(kit.agent.opened[2]?.url ?? '').searchParams.get('auth_type')).toBeNull();
  });

  it('where Facebook can only sign in from the desktop app (tether serve), says so at once and opens no tab', async () => {
    kit.agent.available = { facebook: 'desktop_app_only', twitter: 'here' };
    const openSignInTab = vi.fn(() => null);
    const store = await mountDashboard(api, { clock: { now: () => Date.now() }, openSignInTab });
    // The dashboard learns it before the first click.
    await vi.waitFor(() => expect(store.getState().signInSetup?.facebookSignIn).toBe('desktop_app_only'));
    fireEvent.click(screen.getByRole('button', { name: 'Connect Facebook & Instagram' }));
    const dialog = await screen.findByRole('dialog', { name: "Couldn't connect" });
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'Facebook sign-in works in the Tether desktop app, not in this browser page. Nothing was started.',
    );
    expect(dialog.textContent).toContain('open the Tether desktop app with the same data folder');
    expect(within(dialog).queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(openSignInTab).not.toHaveBeenCalled();
    expect(kit.agent.opened).toEqual([]);
  });

  it('says what a denial means, and that nothing changed', async () => {
    kit.agent.script = async (req) => redirected(await answerXAuthorize(req.url, IDS.alphaX, true));
    await mountDashboard(api, { clock: { now: () => Date.now() } });
    fireEvent.click(screen.getByRole('button', { name: 'Connect X' }));
    const dialog = await screen.findByRole('dialog', { name: "Couldn't connect" });
    expect(within(dialog).getByRole('alert').textContent).toBe('You cancelled on X, so nothing changed.');
    expect(within(dialog).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('cancelling', () => {
  it('before main has even answered ends the flow it started, and shows nothing late', async () => {
    kit.agent.script = () => 'hang';
    const store = createAppStore({ api, openSignInTab: () => null });
    const running = store.getState().startSignIn({ network: 'twitter' });
    await store.getState().cancelSignIn();
    await running;
    expect(store.getState().signIn).toEqual({ phase: 'idle' });
    expect(kit.agent.closedCount).toBe(1);
  });

  it('while waiting ends it as closed in main and leaves the dialog shut', async () => {
    kit.agent.script = () => 'hang';
    const store = createAppStore({ api, openSignInTab: () => null });
    const running = store.getState().startSignIn({ network: 'twitter' });
    await vi.waitFor(() => expect(store.getState().signIn).toMatchObject({ phase: 'waiting', flowId: expect.any(String) }));
    await store.getState().cancelSignIn();
    await running;
    expect(store.getState().signIn).toEqual({ phase: 'idle' });
    expect(kit.agent.closedCount).toBe(1);
  });
});

describe('Network apps', () => {
  it('shows what to register, refuses a secret that does not match, and saves one that does', async () => {
    await mountDashboard(api, { clock: { now: () => Date.now() } });
    fireEvent.click(screen.getByRole('button', { name: 'Network apps' }));
    const dialog = await screen.findByRole('dialog', { name: 'Network apps' });
    expect(((await within(dialog).findByLabelText('Valid OAuth Redirect URI')) as HTMLInputElement).value).toBe(`${kit.sim.url}/connect/login_success.html`);
    expect((within(dialog).getByLabelText('Callback URI') as HTMLInputElement).value).toBe(IDS.xRedirect);
    expect(dialog.textContent).toContain('pages_manage_posts: check that Tether can publish to each Page');
    expect(dialog.textContent).toContain('offline.access: a refresh token');
    fireEvent.change(within(dialog).getByLabelText('App Secret'), { target: { value: 'definitely-not-the-right-secret' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Check and save' }));
    expect((await within(dialog).findByText(/App ID and secret don't match/)).getAttribute('role')).toBe('alert');
    expect(await kit.core.appSecrets.metaAppSecret()).toBe(IDS.appSecret);
    fireEvent.change(within(dialog).getByLabelText('App Secret'), { target: { value: IDS.appSecret } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Check and save' }));
    expect(await within(dialog).findByText('Saved. Facebook confirmed the App ID and App Secret belong together.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('OAuth 2.0 Client ID'), { target: { value: 'has spaces' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/Couldn't save: .*X Client ID/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('OAuth 2.0 Client ID'), { target: { value: 'bmV3LWNsaWVudC1pZA' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/X can confirm a Client ID only when you first sign in/)).toBeTruthy();
    expect(kit.core.settings.get().networkApps.xClientId).toBe('bmV3LWNsaWVudC1pZA');
  });

  it('keeps the Login for Business Configuration ID, guides through both login products, and links every address', async () => {
    await mountDashboard(api, { clock: { now: () => Date.now() } });
    fireEvent.click(screen.getByRole('button', { name: 'Network apps' }));
    const dialog = await screen.findByRole('dialog', { name: 'Network apps' });
    const config = (await within(dialog).findByLabelText('Configuration ID')) as HTMLInputElement;
    await vi.waitFor(() => expect(config.value).toBe(IDS.userTokenConfig));
    expect(dialog.textContent).toContain('Facebook Login for Business (apps of type Business made today have only this one)');
    expect(dialog.textContent).toContain('System-user access token');
    expect(dialog.textContent).toContain('a Business app has no Development or Live mode, only access levels');
    expect(dialog.textContent).toContain('For a colleague, add them in App roles → Roles');
    const links = within(dialog).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(
      expect.arrayContaining(['Meta App Dashboard', 'Meta: access levels', 'Meta: app roles', 'X developer portal']),
    );
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.getAttribute('target')).toBe('_blank');
    }
    // No address in the guidance is left as plain text.
    for (const item of within(dialog).getAllByRole('listitem')) {
      const withoutLinks = [...item.childNodes].filter((n) => n.nodeName !== 'A' && n.nodeName !== 'UL').map((n) => n.textContent ?? '');
      expect(withoutLinks.join('')).not.toMatch(/https?:|\w\.(com|net)\b/);
    }

    fireEvent.change(config, { target: { value: 'not-digits' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Check and save' }));
    expect(await within(dialog).findByText(/Configuration ID is made of digits only/)).toBeTruthy();
    expect(kit.core.settings.get().networkApps.metaConfigId).toBe(IDS.userTokenConfig);
    fireEvent.change(config, { target: { value: ` ${IDS.systemUserConfig} ` } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Check and save' }));
    await vi.waitFor(() => expect(kit.core.settings.get().networkApps.metaConfigId).toBe(IDS.systemUserConfig));
    fireEvent.change(config, { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Check and save' }));
    await vi.waitFor(() => expect(kit.core.settings.get().networkApps.metaConfigId).toBeNull());
    // The App Secret stayed where it was.
    expect(await kit.core.appSecrets.metaAppSecret()).toBe(IDS.appSecret);
  });
});
