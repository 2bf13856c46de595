// The account detail and its reason cards: per-network copy, steps, links, prevention, support line and copy, Reconnect.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { cardForNetwork } from '../../../shared/reasons/catalog';
import { DAY, HOUR, NOW, PORTFOLIO, mountDashboard, openUiKit, seedAccounts, setHealth, type UiKit } from './ui-kit';

let kit: UiKit;
let written: string[];

beforeEach(async () => {
  kit = await openUiKit();
  seedAccounts(kit.core, PORTFOLIO);
  written = [];
  // jsdom has no clipboard: give it one that records what the page writes.
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: (text: string) => Promise.resolve(void written.push(text)) },
  });
});
afterEach(() => {
  cleanup();
  kit.close();
  Reflect.deleteProperty(navigator, 'clipboard');
});

/** Opens the detail of the account with this name and returns the dialog. */
function open(name: string): HTMLElement {
  const list = screen.getByRole('list', { name: 'Accounts' });
  const button = within(list)
    .getAllByRole('button')
    .find((b) => b.querySelector('.row-name')?.textContent === name);
  if (!button) throw new Error(`no row for ${name}`);
  fireEvent.click(button);
  return screen.getByRole('dialog', { name });
}

const cards = (dialog: HTMLElement) => within(dialog).getAllByRole('article');
const steps = (card: HTMLElement) =>
  within(card)
    .getAllByRole('listitem')
    .filter((li) => li.closest('ol'));

describe('a Facebook reason', () => {
  beforeEach(() => {
    setHealth(
      kit.core,
      'a-harbor',
      { status: 'needs_reconnect', reason: 'password_changed' },
      { problem: { code: 190, subcode: 460, traceId: 'AbC123xyz', detail: null } },
    );
    setHealth(
      kit.core,
      'a-ig',
      { status: 'needs_reconnect', reason: 'password_changed' },
      { problem: { code: 190, subcode: 460, traceId: 'AbC123xyz', detail: null } },
    );
  });

  it('shows the card: title, summary, what happened on Facebook, ordered steps, links, prevention', async () => {
    await mountDashboard(kit.api);
    const dialog = open('Harbor Bakery');
    const [card] = cards(dialog);
    if (!card) throw new Error('no card');
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe('Password changed');
    expect(card.textContent).toContain('Facebook ended this login because the password changed');
    expect(card.textContent).toContain(cardForNetwork('password_changed', 'facebook').whatHappened);
    expect(card.textContent).toContain('Every Page and Instagram account under this login is affected.');
    expect(steps(card).map((li) => li.textContent)).toEqual([...cardForNetwork('password_changed', 'facebook').whatToDo]);
    expect(steps(card)[1]?.textContent).toBe('Click Reconnect and sign in to Facebook with the same account as before.');
    expect(card.textContent).toContain('One-click reconnect fixes this on its own.');
    const link = within(card).getByRole('link', { name: /Open Facebook password and security/ });
    expect(link.getAttribute('href')).toBe('https://accountscenter.facebook.com/password_and_security');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(within(card).getByRole('heading', { name: 'How to prevent it' })).toBeTruthy();
    expect(card.textContent).toContain("Don't share one login between people");
  });

  it("tells an Instagram account's story through its Facebook login", async () => {
    await mountDashboard(kit.api);
    const [card] = cards(open('harbor.bakes'));
    const instagram = cardForNetwork('password_changed', 'instagram').whatHappened;
    expect(instagram).not.toBe(cardForNetwork('password_changed', 'facebook').whatHappened);
    expect(card?.textContent).toContain('Tether reaches this Instagram account through a Facebook login');
    expect(card?.textContent).toContain(instagram);
  });

  it('shows the details for support and copies exactly that line', async () => {
    await mountDashboard(kit.api);
    const dialog = open('Harbor Bakery');
    const support = within(dialog).getByRole('region', { name: 'Details for support' });
    expect(support.querySelector('code')?.textContent).toBe('Facebook error 190 · subcode 460 · trace AbC123xyz');
    fireEvent.click(within(support).getByRole('button', { name: 'Copy details for support' }));
    expect(await within(support).findByText('Copied')).toBeTruthy();
    expect(written).toEqual(['Facebook error 190 · subcode 460 · trace AbC123xyz']);
  });

  it('says so when the copy fails', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    await mountDashboard(kit.api);
    const support = within(open('Harbor Bakery')).getByRole('region', { name: 'Details for support' });
    fireEvent.click(within(support).getByRole('button', { name: 'Copy details for support' }));
    expect(await within(support).findByText(/Couldn't copy/)).toBeTruthy();
  });

  it('shows Reconnect; with no way to show a sign-in here, the dialog says so instead of pretending', async () => {
    await mountDashboard(kit.api);
    const reconnect = within(open('Harbor Bakery')).getByRole('button', { name: 'Reconnect' });
    expect(reconnect.hasAttribute('disabled')).toBe(false);
    fireEvent.click(reconnect);
    const dialog = await screen.findByRole('dialog', { name: 'Reconnect Facebook and Instagram' });
    expect((await within(dialog).findByRole('alert')).textContent).toContain("Couldn't sign in: Signing in is not available in this window.");
  });
});

describe('an X reason', () => {
  it('shows the locked card, says reconnect alone will not fix it, and offers no Reconnect', async () => {
    setHealth(
      kit.core,
      'a-x-studio',
      { status: 'needs_action', reason: 'account_locked' },
      { problem: { code: 'locked', subcode: null, traceId: null, detail: null } },
    );
    await mountDashboard(kit.api);
    const dialog = open('Lumen Studio');
    const [card] = cards(dialog);
    if (!card) throw new Error('no card');
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe('X account locked');
    expect(card.textContent).toContain('X locks an account for a while');
    expect(steps(card)).toHaveLength(3);
    expect(steps(card)[0]?.textContent).toBe('Log in at x.com with this account.');
    expect(card.textContent).toContain("Reconnecting alone won't fix this: first do the steps above on X.");
    expect(
      within(card)
        .getByRole('link', { name: /Unlock your X account/ })
        .getAttribute('href'),
    ).toBe('https://x.com/account/access');
    expect(within(dialog).queryByRole('button', { name: 'Reconnect' })).toBeNull();
    expect(within(dialog).getByRole('region', { name: 'Details for support' }).querySelector('code')?.textContent).toBe('X error locked');
  });
});

describe('check-derived cards', () => {
  it("shows can't verify with its headline, then the failure behind it, with the network's own status page", async () => {
    setHealth(
      kit.core,
      'a-ig',
      { status: 'unverified', reason: 'transient_provider_error', unverifiedSince: NOW - 4 * HOUR - 10 * 60_000 },
      { problem: { code: 2, subcode: null, traceId: 'Tr4ce', detail: null } },
    );
    await mountDashboard(kit.api);
    const dialog = open('harbor.bakes');
    const [first, second] = cards(dialog);
    expect(first?.querySelector('h3')?.textContent).toBe("Can't verify right now");
    expect(first?.querySelector('.card-headline')?.textContent).toBe("Can't verify since 4 h · last known: Connected");
    expect(
      within(first as HTMLElement)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['https://metastatus.com/']);
    expect(second?.querySelector('h3')?.textContent).toBe('Network having trouble');
    expect(within(dialog).queryByRole('button', { name: 'Reconnect' })).toBeNull();
    expect(within(dialog).getByRole('region', { name: 'Details for support' }).querySelector('code')?.textContent).toBe('Instagram error 2 · trace Tr4ce');
  });

  it('shows the expiry card with a countdown, and Reconnect', async () => {
    setHealth(kit.core, 'a-north', { status: 'expiring', expiresAt: NOW + 6 * DAY + 3 * HOUR });
    setHealth(kit.core, 'a-ig', { status: 'expiring', expiresAt: NOW + 20 * HOUR });
    await mountDashboard(kit.api);
    const [fb] = cards(open('Northside Cycles'));
    expect(fb?.querySelector('h3')?.textContent).toBe('Login expiring soon');
    expect(fb?.querySelector('.card-headline')?.textContent).toBe('Facebook login expires in 6 days');
    expect(fb?.textContent).toContain('Facebook logins last about 60 days.');
    expect(screen.getByRole('button', { name: 'Reconnect' }).hasAttribute('disabled')).toBe(false);
    const [ig] = cards(open('harbor.bakes'));
    expect(ig?.querySelector('.card-headline')?.textContent).toBe('Facebook login expires in 20 hours');
    expect(ig?.textContent).toContain('Tether reaches this Instagram account through a Facebook login');
  });

  it("shows what the check saw on the reason's card", async () => {
    setHealth(
      kit.core,
      'a-north',
      { status: 'needs_reconnect', reason: 'missing_permissions' },
      { problem: { code: null, subcode: null, traceId: null, detail: 'pages_manage_posts was declined' } },
    );
    await mountDashboard(kit.api);
    const dialog = open('Northside Cycles');
    expect(cards(dialog)[0]?.querySelector('.card-observed')?.textContent).toBe('Tether saw: pages_manage_posts was declined');
    expect(within(dialog).getByRole('region', { name: 'Details for support' }).querySelector('code')?.textContent).toBe('Facebook: no error code');
  });

  it('says all is well for a healthy account, with no card and no support line', async () => {
    await mountDashboard(kit.api);
    const dialog = open('Café Lumière');
    expect(within(dialog).queryAllByRole('article')).toHaveLength(0);
    expect(dialog.textContent).toContain('Everything works.');
    expect(within(dialog).queryByRole('region', { name: 'Details for support' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Check now' })).toBeTruthy();
  });
});
