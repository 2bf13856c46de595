// The detail panel's History against the real demo core: real checks write real history, the panel reads it back.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../renderer/src/App';
import { connectStoreToMain } from '../../../renderer/src/store/bridge';
import { createAppStore, type AppStore } from '../../../renderer/src/store/store';
import { StoreProvider } from '../../../renderer/src/store/store-context';
import type { AccountId, GrantId } from '../../../shared/domain/ids';
import type { TetherApi } from '../../../shared/ipc/channels';
import { fail } from '../../../shared/ipc/result';
import { openDemoKit, type DemoKit } from './demo-kit';
import { DAY, HOUR, NOW, PORTFOLIO, mountDashboard, openUiKit, seedAccounts, setHealth, type UiKit } from './ui-kit';

let kit: DemoKit | undefined;
let plain: UiKit | undefined;

afterEach(async () => {
  cleanup();
  await kit?.close();
  plain?.close();
  kit = undefined;
  plain = undefined;
});

/** The real API, except that its connection can drop, as the WebSocket client reports it when it does. */
function droppableApi(api: TetherApi): { api: TetherApi; setDown(down: boolean): void } {
  let down = false;
  return {
    setDown: (d) => (down = d),
    api: { on: api.on, invoke: (channel, req) => (down ? Promise.resolve(fail('unavailable', 'Lost the connection to Tether.')) : api.invoke(channel, req)) },
  };
}

interface Started {
  readonly store: AppStore;
  readonly copper: AccountId;
  setDown(down: boolean): void;
}

/** Demo core, dashboard on a small history page, and the scenarios loaded. */
async function start(pageSize: number): Promise<Started> {
  kit = await openDemoKit();
  const transport = droppableApi(kit.api);
  const store = createAppStore({ api: transport.api, clock: { now: () => Date.now() }, historyPageSize: pageSize });
  connectStoreToMain(transport.api, store);
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  await act(async () => {
    await store.getState().loadAccounts();
    await store.getState().loadAppStatus();
    await store.getState().loadDemo();
  });
  const copper = store.getState().accounts.find((a) => a.name === 'Copper Kettle Bakery')?.id;
  if (!copper) throw new Error('the demo world has no Copper Kettle Bakery');
  return { store, copper, setDown: transport.setDown };
}

/** "Password changed" on Maya Chen (Copper Kettle Bakery's only manager), a check, the revert, and another check. */
async function breakAndMend(store: AppStore, copper: AccountId): Promise<void> {
  const listing = store.getState().demoListing;
  const scenario = listing?.scenarios.find((s) => s.label === 'Password changed' && s.network === 'facebook')?.id;
  const target = listing?.targets.find((t) => t.label === 'Maya Chen')?.id;
  if (!scenario || !target) throw new Error('the demo catalogue has no "Password changed" for Maya Chen');
  await act(() => store.getState().applyScenario({ scenario, target }));
  expect(store.getState().accounts.find((a) => a.id === copper)?.status).toBe('needs_reconnect');
  await act(() => store.getState().checkAccount(copper));
  await act(() => store.getState().revertScenario({ scenario, target }));
  await act(() => store.getState().checkAccount(copper));
  expect(store.getState().accounts.find((a) => a.id === copper)?.status).toBe('connected');
}

const section = () => screen.getByRole('region', { name: 'History' });
const inSection = () => within(section());
/** The timeline's lines, with the leading "HH:MM · " of single events taken off. */
const lines = () =>
  inSection()
    .getAllByRole('listitem')
    .map((li) => (li.textContent ?? '').replace(/^\d\d:\d\d · /, ''));
const uptimeFigures = () =>
  within(inSection().getByRole('group', { name: 'Uptime' }))
    .getAllByRole('definition')
    .map((dd) => dd.textContent);

/** What Copper Kettle Bakery's timeline reads after breakAndMend and `extra` more successful checks, newest first. */
const expectedLines = (extra: number) => [
  `${extra + 1} checks OK between`,
  'Connected',
  'Check OK',
  'Check failed — Password changed',
  'Needs reconnect — Password changed',
  'Check failed — Password changed',
  'Check OK',
];
const sameLines = (actual: readonly string[], expected: readonly string[]) => {
  expect(actual.length).toBe(expected.length);
  actual.forEach((line, i) => expect(line.startsWith(expected[i] ?? '?'), `${line} / ${expected[i]}`).toBe(true));
};

async function checkTimes(store: AppStore, id: AccountId, n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) await act(() => store.getState().checkAccount(id));
}

describe('the History section of the account detail', () => {
  it('shows uptime, time to reconnect, and the status changes in words, newest first, with successful checks folded', async () => {
    const { store, copper } = await start(50);
    await breakAndMend(store, copper);
    await checkTimes(store, copper, 3);
    act(() => store.getState().openAccount(copper));
    expect(inSection().getByRole('status').textContent).toBe('Loading history…');
    await inSection().findByRole('list', { name: 'Timeline' });

    const figures = uptimeFigures();
    expect(
      within(inSection().getByRole('group', { name: 'Uptime' }))
        .getAllByRole('term')
        .map((dt) => dt.textContent),
    ).toEqual(['7 days', '30 days', '90 days']);
    for (const figure of figures) {
      expect(figure).toMatch(/^\d{1,2}\.\d%$/);
      // It was down for a moment: never shown as 100%, and not as nothing either.
      expect(Number.parseFloat(figure ?? '')).toBeGreaterThan(0);
    }
    expect(inSection().getByText(/^Back in .+ on average, 1 disconnection in 90 days\.$/)).toBeTruthy();

    sameLines(lines(), expectedLines(3));
    expect(lines()[0]).toMatch(/^4 checks OK between \d\d:\d\d and \d\d:\d\d$/);
    // All of it fits on one page: nothing older to show.
    expect(inSection().queryByRole('button', { name: 'Show older' })).toBeNull();
  });

  it('"Show older" loads the next pages until the oldest event, folding checks across pages', async () => {
    const { store, copper } = await start(3);
    await breakAndMend(store, copper);
    await checkTimes(store, copper, 1);
    act(() => store.getState().openAccount(copper));
    await inSection().findByRole('list', { name: 'Timeline' });
    // Page one: the last check, the one before it, and the change back to Connected.
    sameLines(lines(), ['2 checks OK between', 'Connected']);

    fireEvent.click(inSection().getByRole('button', { name: 'Show older' }));
    await waitFor(() => expect(lines().length).toBe(5));
    sameLines(lines(), expectedLines(1).slice(0, 5));

    fireEvent.click(inSection().getByRole('button', { name: 'Show older' }));
    await waitFor(() => expect(inSection().queryByRole('button', { name: 'Show older' })).toBeNull());
    sameLines(lines(), expectedLines(1));
  });

  it('refreshes the newest page when the account is checked, keeping the list on screen', async () => {
    const { store, copper } = await start(50);
    act(() => store.getState().openAccount(copper));
    const list = await inSection().findByRole('list', { name: 'Timeline' });
    const before = lines();
    expect(before).toEqual(['Check OK']);

    let loadingSeen = false;
    const observer = new MutationObserver(() => {
      if (!section().contains(list) || screen.queryByText('Loading history…')) loadingSeen = true;
    });
    observer.observe(section(), { childList: true, subtree: true });
    await checkTimes(store, copper, 2);
    await waitFor(() => expect(lines()[0]).toMatch(/^3 checks OK between /));
    observer.disconnect();
    expect(loadingSeen).toBe(false);
    expect(inSection().getByRole('list', { name: 'Timeline' })).toBe(list);
  });

  it('says when the history could not be loaded, and Retry loads it', async () => {
    const { store, copper, setDown } = await start(3);
    await breakAndMend(store, copper);
    setDown(true);
    act(() => store.getState().openAccount(copper));
    const alert = await inSection().findByRole('alert');
    expect(alert.textContent).toBe("Couldn't load the history: Lost the connection to Tether. Retry");
    expect(inSection().queryByRole('list', { name: 'Timeline' })).toBeNull();

    setDown(false);
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await inSection().findByRole('list', { name: 'Timeline' });
    expect(inSection().queryByRole('alert')).toBeNull();
    sameLines(lines(), ['Check OK', 'Connected', 'Check OK']);

    // The next page fails too: the error sits under what is shown, which stays.
    setDown(true);
    fireEvent.click(inSection().getByRole('button', { name: 'Show older' }));
    const olderAlert = await inSection().findByRole('alert');
    expect(olderAlert.textContent).toBe("Couldn't load older events: Lost the connection to Tether. Retry");
    expect(lines().length).toBe(3);
    setDown(false);
    fireEvent.click(within(olderAlert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(lines().length).toBe(6));
    expect(inSection().queryByRole('alert')).toBeNull();
  });
});

describe('an account with events but no check yet', () => {
  it('shows "—" for uptime with the reason, no disconnections, and the grant events in words', async () => {
    plain = await openUiKit();
    seedAccounts(plain.core, PORTFOLIO);
    const grantId = 'g-fb' as GrantId;
    const accountId = 'a-harbor' as AccountId;
    // What the login's own upkeep writes, through the real history writer: no check among them.
    plain.core.history.recordMany([
      { kind: 'token_refreshed', at: NOW - 3 * HOUR, grantId, accountId, expiresAt: null },
      { kind: 'expiry_warning', at: NOW - 2 * HOUR, grantId, accountId, threshold: '1d', expiresAt: NOW + DAY },
      { kind: 'permission_drift', at: NOW - HOUR, grantId, accountId, missingScopes: ['pages_manage_posts'], declinedScopes: [] },
    ]);
    // Checked (so the panel asks), though no check outcome was recorded in any window.
    setHealth(plain.core, accountId, { status: 'connected' });
    const store = await mountDashboard(plain.api);
    act(() => store.getState().openAccount(accountId));
    await inSection().findByText('No disconnections in 90 days.');
    expect(uptimeFigures()).toEqual(['—', '—', '—']);
    for (const dd of within(inSection().getByRole('group', { name: 'Uptime' })).getAllByRole('definition')) {
      expect(dd.getAttribute('title')).toBe('No check was recorded in this period, so there is nothing to measure.');
      expect(document.getElementById(dd.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/nothing to measure/);
    }
    expect(lines()).toEqual(['Missing permissions: pages_manage_posts', 'Warned: expires in 1 day', 'Login renewed — never expires']);
    expect(inSection().queryByRole('button', { name: 'Show older' })).toBeNull();
  });
});

describe('an account never checked', () => {
  it('says the history starts with the first check, without asking main or showing an error', async () => {
    plain = await openUiKit();
    seedAccounts(plain.core, PORTFOLIO);
    const store = await mountDashboard(plain.api);
    act(() => store.getState().openAccount('a-north' as AccountId));
    expect(inSection().getByText('Not checked yet: the history starts with the first check.')).toBeTruthy();
    expect(inSection().queryByRole('alert')).toBeNull();
    expect(store.getState().history['a-north']).toBeUndefined();
  });
});
