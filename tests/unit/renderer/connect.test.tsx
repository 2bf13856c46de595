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
    expect(dialog.textContent).toContain('X has no way for Tether to ask for a fresh login');
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
});
