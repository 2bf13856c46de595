// Demo mode's Scenarios panel against the real demo core: the simulator causes each failure and the real checks find it.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AccountView } from '../../../shared/domain/account-view';
import type { AppStore } from '../../../renderer/src/store/store';
import { openDemoKit, type DemoKit } from './demo-kit';
import { PORTFOLIO, mountDashboard, openUiKit, seedAccounts, type UiKit } from './ui-kit';

let demoKit: DemoKit | undefined;
let plainKit: UiKit | undefined;

afterEach(async () => {
  cleanup();
  await demoKit?.close();
  plainKit?.close();
  demoKit = undefined;
  plainKit = undefined;
});

async function startDemo(): Promise<AppStore> {
  demoKit = await openDemoKit();
  return mountDashboard(demoKit.api, { withStatus: true, clock: { now: () => Date.now() } });
}

const panel = () => screen.getByRole('region', { name: 'Scenarios' });
const progress = () => screen.getByRole('status', { name: 'Scenario progress' }).textContent;
const inPanel = () => within(panel());

async function openPanel(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: 'Show scenarios' }));
  await inPanel().findByRole('heading', { name: 'Facebook' });
}

/** Picks a target by its label in a scenario's picker, as a person would. */
function pick(pickerName: string, label: string): void {
  const picker = inPanel().getByRole('combobox', { name: pickerName }) as HTMLSelectElement;
  const option = within(picker).getByRole('option', { name: label }) as HTMLOptionElement;
  fireEvent.change(picker, { target: { value: option.value } });
  expect(picker.value).toBe(option.value);
}

/** The status badge every row shows, by account id. */
function rowBadges(): Map<string, string> {
  const rows = within(screen.getByRole('list', { name: 'Accounts' })).getAllByRole('button');
  return new Map(rows.map((row) => [row.dataset.accountId ?? '', row.querySelector('.status')?.textContent ?? '']));
}

const stateOf = (accounts: readonly AccountView[]) => new Map(accounts.map((a) => [a.id, `${a.status}/${a.reason ?? '-'}`]));

/** Every account not in `ids` is as it was. */
function othersUnchanged(before: readonly AccountView[], after: readonly AccountView[], ids: readonly string[]): void {
  const was = stateOf(before);
  const others = after.filter((a) => !ids.includes(a.id));
  expect(others.length).toBe(before.length - ids.length);
  for (const a of others) expect(`${a.id} ${a.status}/${a.reason ?? '-'}`).toBe(`${a.id} ${was.get(a.id)}`);
}

const openCardFor = (label: string) =>
  fireEvent.click(within(screen.getByRole('list', { name: 'Accounts that changed' })).getByRole('button', { name: `Open ${label}` }));

describe('the Scenarios panel appears only in demo mode', () => {
  it('has no toggle and no panel outside demo mode, even if asked to open', async () => {
    plainKit = await openUiKit();
    seedAccounts(plainKit.core, PORTFOLIO);
    const store = await mountDashboard(plainKit.api, { withStatus: true });
    expect(screen.queryByRole('button', { name: 'Show scenarios' })).toBeNull();
    act(() => store.getState().setScenariosOpen(true));
    expect(screen.queryByRole('region', { name: 'Scenarios' })).toBeNull();
  });

  it('is toggled from the Demo banner, and Close gives focus back to the toggle', async () => {
    await startDemo();
    const toggle = within(screen.getByRole('region', { name: 'Demo mode' })).getByRole('button', { name: 'Show scenarios' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('region', { name: 'Scenarios' })).toBeNull();
    await openPanel();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide scenarios');
    expect(toggle.getAttribute('aria-controls')).toBe(panel().id);
    expect(progress()).toBe('Pick a scenario and a target, then press Apply.');
    expect(inPanel().getByText('No scenario is active.')).toBeTruthy();
    fireEvent.click(inPanel().getByRole('button', { name: 'Close scenarios' }));
    expect(screen.queryByRole('region', { name: 'Scenarios' })).toBeNull();
    expect(document.activeElement).toBe(toggle);
    expect(toggle.textContent).toBe('Show scenarios');
  });

  it('groups the scenarios by network, says what Tether should report, and limits each picker to its kind of target', async () => {
    const store = await startDemo();
    await openPanel();
    expect(
      inPanel()
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Active now', 'Facebook', 'Instagram', 'X']);
    const listing = store.getState().demoListing;
    if (!listing) throw new Error('no listing');
    const byKind = (kind: string) => listing.targets.filter((t) => t.kind === kind).map((t) => t.label);
    expect([byKind('facebook_user').length, byKind('facebook_page').length, byKind('instagram_account').length, byKind('x_account').length]).toEqual([
      3, 9, 6, 3,
    ]);
    const pickerLabel = { facebook_user: 'Person', facebook_page: 'Page', instagram_account: 'Instagram account', x_account: 'X account' } as const;
    for (const scenario of listing.scenarios) {
      const picker = inPanel().getByRole('combobox', { name: `${pickerLabel[scenario.targetKind]} for “${scenario.label}”` });
      expect(
        within(picker)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(byKind(scenario.targetKind));
      const item = picker.closest('li') as HTMLElement;
      expect(item.textContent).toContain(scenario.description);
    }
    const facts = (label: string) => {
      const item = inPanel().getByRole('heading', { name: label, level: 4 }).closest('li') as HTMLElement;
      return [...item.querySelectorAll('dd')].map((dd) => dd.textContent);
    };
    expect(facts('Password changed')).toEqual(['Password changed', 'Yes, on the real network too']);
    expect(facts('2FA required')).toEqual(['Two-factor authentication needed', 'No: on the real network, someone must act on Facebook first']);
    expect(facts('X account locked')).toEqual(['X account locked', 'No: on the real network, someone must act on X first']);
    expect(facts('Unlinked from Page')).toEqual(['Instagram unlinked from its Page', 'No: on the real network, someone must act on Instagram first']);
  });
});

describe('applying and reverting scenarios', () => {
  it('"Password changed" on a Facebook person turns every account of that login to Needs reconnect, with the password card', async () => {
    const store = await startDemo();
    await openPanel();
    const before = store.getState().accounts;
    // Copper Kettle Bakery is managed by Maya Chen alone, so its login is hers (with Summit Veterinary, a client Page
    // of the Brightline Social portfolio that her own Page list leaves out).
    const mayas = before.filter((a) => a.grantId === before.find((b) => b.name === 'Copper Kettle Bakery')?.grantId).map((a) => a.id);
    expect(mayas.length).toBe(8);

    pick('Person for “Password changed”', 'Maya Chen');
    const apply = inPanel().getByRole('button', { name: 'Apply “Password changed”' });
    fireEvent.click(apply);
    expect(progress()).toBe('Causing “Password changed” for Maya Chen… then checking');
    expect(apply.getAttribute('aria-disabled')).toBe('true');
    await waitFor(() => expect(progress()).toBe('8 accounts changed — open a card to see why.'));

    const after = store.getState().accounts;
    const badges = rowBadges();
    for (const id of mayas) {
      expect(after.find((a) => a.id === id)).toMatchObject({ status: 'needs_reconnect', reason: 'password_changed' });
      expect(badges.get(id)).toBe('Needs reconnect');
    }
    expect(
      after
        .filter((a) => mayas.includes(a.id))
        .map((a) => a.provider)
        .sort(),
    ).toEqual(['facebook', 'facebook', 'facebook', 'facebook', 'facebook', 'instagram', 'instagram', 'instagram']);
    othersUnchanged(before, after, mayas);

    const changed = within(screen.getByRole('list', { name: 'Accounts that changed' })).getAllByRole('listitem');
    expect(changed.length).toBe(8);
    for (const item of changed) expect(item.textContent).toMatch(/^Needs reconnect · Password changedOpen /);
    expect(inPanel().getByRole('heading', { name: /^Password changed/, level: 4 }).textContent).toBe('Password changed · active');
    expect(
      within(inPanel().getByRole('combobox', { name: 'Person for “Password changed”' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Maya Chen (active)', 'Luis Ortega', 'Priya Nair']);
    expect(within(screen.getByRole('region', { name: 'Active now' })).getByRole('listitem').textContent).toMatch(/^Password changed for Maya Chen · just now/);

    openCardFor('Copper Kettle Bakery (Facebook)');
    const dialog = screen.getByRole('dialog', { name: 'Copper Kettle Bakery' });
    expect(within(dialog).getAllByRole('article')[0]?.querySelector('h3')?.textContent).toBe('Password changed');
    expect(within(dialog).getByText(/^Facebook error 190 · subcode 460 · trace \S+$/)).toBeTruthy();
  });

  it('"2FA required" on one Page changes only that Page and its Instagram account', async () => {
    const store = await startDemo();
    await openPanel();
    const before = store.getState().accounts;
    pick('Page for “2FA required”', 'Trailhead Outfitters');
    fireEvent.click(inPanel().getByRole('button', { name: 'Apply “2FA required”' }));
    expect(progress()).toBe('Causing “2FA required” for Trailhead Outfitters… then checking');
    await waitFor(() => expect(progress()).toBe('2 accounts changed — open a card to see why.'));

    const after = store.getState().accounts;
    const hit = after.filter((a) => a.status === 'needs_action' && a.reason === 'two_factor_required');
    expect(hit.map((a) => `${a.provider} ${a.name}`).sort()).toEqual(['facebook Trailhead Outfitters', 'instagram Trailhead Outfitters']);
    // The X account with the same name is another network's account and stays connected.
    expect(after.find((a) => a.provider === 'twitter' && a.name === 'Trailhead Outfitters')?.status).toBe('connected');
    othersUnchanged(
      before,
      after,
      hit.map((a) => a.id),
    );
    const badges = rowBadges();
    for (const a of hit) expect(badges.get(a.id)).toBe('Needs your action');

    openCardFor('Trailhead Outfitters (Instagram)');
    const dialog = screen.getByRole('dialog', { name: 'Trailhead Outfitters' });
    expect(within(dialog).getAllByRole('article')[0]?.querySelector('h3')?.textContent).toBe('Two-factor authentication needed');
    // Decided by the Page's own token: Instagram publishing goes through the Page, which needs 2FA.
    expect(within(dialog).getByText(/^Instagram error 415 · subcode 2859009 · trace \S+ · decided by the Page's own token$/)).toBeTruthy();
  });

  it('points at the one account a scenario changed, in words', async () => {
    await startDemo();
    await openPanel();
    pick('X account for “X account locked”', '@trailheadgear');
    fireEvent.click(inPanel().getByRole('button', { name: 'Apply “X account locked”' }));
    await waitFor(() => expect(progress()).toBe('Trailhead Outfitters (X) now needs your action — open its card.'));
    openCardFor('Trailhead Outfitters (X)');
    expect(
      within(screen.getByRole('dialog', { name: 'Trailhead Outfitters' }))
        .getAllByRole('article')[0]
        ?.querySelector('h3')?.textContent,
    ).toBe('X account locked');
  });

  it('Revert, from the active list or from the scenario, brings the accounts back', async () => {
    const store = await startDemo();
    await openPanel();
    const initial = store.getState().accounts;
    pick('Person for “Password changed”', 'Maya Chen');
    fireEvent.click(inPanel().getByRole('button', { name: 'Apply “Password changed”' }));
    await waitFor(() => expect(progress()).toBe('8 accounts changed — open a card to see why.'));
    pick('Page for “2FA required”', 'Trailhead Outfitters');
    fireEvent.click(inPanel().getByRole('button', { name: 'Apply “2FA required”' }));
    await waitFor(() => expect(progress()).toBe('2 accounts changed — open a card to see why.'));
    const active = within(screen.getByRole('region', { name: 'Active now' }));
    expect(active.getAllByRole('listitem').map((li) => li.textContent?.split(' · ')[0])).toEqual([
      'Password changed for Maya Chen',
      '2FA required for Trailhead Outfitters',
    ]);

    const fromList = active.getByRole('button', { name: 'Revert “2FA required” for Trailhead Outfitters' });
    act(() => fromList.focus());
    fireEvent.click(fromList);
    expect(progress()).toBe('Undoing “2FA required” for Trailhead Outfitters… then checking');
    await waitFor(() => expect(progress()).toBe('Undone: all 2 accounts are connected again.'));
    // The pressed button went with its row; focus lands on the list's heading rather than the page.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Active now' }));
    expect(active.getAllByRole('listitem').length).toBe(1);

    const revert = inPanel().getByRole('button', { name: 'Revert “Password changed”' });
    expect(revert.getAttribute('aria-disabled')).toBe('false');
    fireEvent.click(revert);
    await waitFor(() => expect(progress()).toBe('Undone: all 8 accounts are connected again.'));
    expect(stateOf(store.getState().accounts)).toEqual(stateOf(initial));
    expect(rowBadges()).toEqual(new Map(initial.map((a) => [a.id, a.status === 'connected' ? 'Connected' : 'Needs your action'])));
    expect(inPanel().getByText('No scenario is active.')).toBeTruthy();
    expect(revert.getAttribute('aria-disabled')).toBe('true');
  });
});

describe('one thing at a time, and errors from main', () => {
  it('runs one apply at a time: other buttons stay focusable but do nothing until main answers', async () => {
    const store = await startDemo();
    await openPanel();
    fireEvent.click(inPanel().getByRole('button', { name: 'Apply “Password changed”' }));
    const other = inPanel().getByRole('button', { name: 'Apply “X account locked”' });
    expect(other.getAttribute('aria-disabled')).toBe('true');
    expect(other.hasAttribute('disabled')).toBe(false);
    fireEvent.click(other);
    await waitFor(() => expect(store.getState().demoPending).toBeNull());
    expect(store.getState().demoListing?.active.map((a) => a.scenario)).toEqual(['password_changed']);
    expect(other.getAttribute('aria-disabled')).toBe('false');
  });

  it('shows what main said when an apply fails, and changes nothing', async () => {
    const store = await startDemo();
    await openPanel();
    const before = store.getState().accounts;
    const person = store.getState().demoListing?.targets.find((t) => t.kind === 'facebook_user')?.id ?? '';
    // The pickers only offer valid targets, so ask the store directly: a Page scenario on a person.
    const request = { scenario: 'two_factor_required', target: person };
    const direct = await demoKit?.router.invoke('demo:apply', request);
    if (!direct || direct.ok) throw new Error('main accepted a Page scenario on a person');
    await act(() => store.getState().applyScenario(request));
    const alert = within(panel()).getByRole('alert');
    expect(alert.textContent).toBe(`Couldn't apply “2FA required” for ${person}: ${direct.error.message}`);
    expect(direct.error.message).toContain('applies to a facebook page');
    expect(progress()).toBe('Pick a scenario and a target, then press Apply.');
    expect(stateOf(store.getState().accounts)).toEqual(stateOf(before));
    // The next successful operation clears the error.
    fireEvent.click(inPanel().getByRole('button', { name: 'Apply “X account locked”' }));
    await waitFor(() => expect(progress()).toMatch(/now needs your action/));
    expect(within(panel()).queryByRole('alert')).toBeNull();
  });

  it('says so when main refuses the catalogue, and offers to try again', async () => {
    // The app says demo, but no simulator answers the demo channels.
    plainKit = await openUiKit({ demo: true });
    await mountDashboard(plainKit.api, { withStatus: true });
    fireEvent.click(screen.getByRole('button', { name: 'Show scenarios' }));
    const alert = await within(panel()).findByRole('alert');
    expect(alert.textContent).toBe("Couldn't load the scenarios: Demo mode is off. Start Tether with --demo to use the Scenarios panel.");
    fireEvent.click(inPanel().getByRole('button', { name: 'Try loading the scenarios again' }));
    await waitFor(() => expect(inPanel().getByRole('button', { name: 'Try loading the scenarios again' })).toBeTruthy());
    expect(within(panel()).getByRole('alert').textContent).toContain('Demo mode is off');
  });
});
