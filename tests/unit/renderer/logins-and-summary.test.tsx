// Who connected what, against the real core: each row says through whom, the list grouped by login says what one
// reconnect fixes, and the summary line counts what needs the user, what expires this week and the last full check.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { DAY, MIN, NOW, PORTFOLIO, mountDashboard, setHealth, type UiKit, usePortfolioKit } from './ui-kit';

let kit: UiKit;

usePortfolioKit((opened) => (kit = opened));

const list = () => screen.getByRole('list', { name: 'Accounts' });
const row = (name: string) =>
  within(list())
    .getAllByRole('button')
    .find((b) => b.querySelector('.row-name')?.textContent === name) as HTMLElement;
const summary = () => screen.getByLabelText('Summary').textContent;

describe('who connected what', () => {
  it('says on each row through whose login the account is connected', async () => {
    await mountDashboard(kit.api);
    expect(row('Harbor Bakery').querySelector('.row-via')?.textContent).toBe(' · via Owner of g-fb');
    expect(row('Lumen Studio').querySelector('.row-via')?.textContent).toBe(' · via Owner of g-x-2');
  });

  it('groups accounts under their login, the login that needs a reconnect first, saying one reconnect fixes them', async () => {
    await mountDashboard(kit.api);
    for (const id of ['a-harbor', 'a-north', 'a-ig']) setHealth(kit.core, id, { status: 'needs_reconnect', reason: 'password_changed' });
    fireEvent.click(screen.getByRole('button', { name: 'By login' }));
    expect(screen.getByRole('button', { name: 'By login' }).getAttribute('aria-pressed')).toBe('true');
    const headings = within(list())
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['Owner of g-fb · Facebook login', 'Owner of g-x-1 · X login', 'Owner of g-x-2 · X login']);
    const first = list().querySelector('.login-header') as HTMLElement;
    expect(first.querySelector('.login-covers')?.textContent).toBe('3 accounts');
    expect(first.querySelector('.login-verdict')?.textContent).toBe('One reconnect fixes these 3');
    expect(within(first).getByRole('button', { name: "Check Owner of g-fb's login" })).toBeTruthy();
  });

  it('moves through accounts with the arrow keys across logins, skipping the headings', async () => {
    await mountDashboard(kit.api);
    fireEvent.click(screen.getByRole('button', { name: 'By login' }));
    const rows = within(list())
      .getAllByRole('button')
      .filter((b) => b.dataset.accountId);
    rows[2]?.focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement?.querySelector('.row-name')?.textContent).toBe('Café Lumière');
  });
});

describe('summary line', () => {
  it('counts who needs the user, what expires this week, and when everything was last checked', async () => {
    await mountDashboard(kit.api);
    expect(summary()).toBe('None of 5 need you · 0 expiring this week · not every account checked yet');
    for (const a of PORTFOLIO) setHealth(kit.core, a.id, { status: 'connected' }, { checkedAt: NOW - 4 * MIN });
    setHealth(kit.core, 'a-north', { status: 'expiring', expiresAt: NOW + 2 * DAY }, { checkedAt: NOW - 6 * MIN });
    setHealth(kit.core, 'a-harbor', { status: 'connected', expiresAt: NOW + 30 * DAY }, { checkedAt: NOW - 4 * MIN });
    setHealth(kit.core, 'a-x-studio', { status: 'needs_action', reason: 'account_locked' }, { checkedAt: NOW - 4 * MIN });
    expect(summary()).toBe('1 of 5 needs you · 1 expiring this week · last full check 6 min ago');
  });

  it('shows the expiry countdown on rows, and an honest "never expires" once a check found none', async () => {
    await mountDashboard(kit.api);
    expect(row('Lumen Studio').querySelector('.row-expiry')).toBeNull();
    setHealth(kit.core, 'a-harbor', { status: 'connected', expiresAt: NOW + 30 * DAY });
    setHealth(kit.core, 'a-x-cafe', { status: 'connected', expiresAt: null });
    expect(row('Harbor Bakery').querySelector('.row-expiry')?.textContent).toBe('expires in 30 days');
    expect(row('Café Lumière').querySelector('.row-expiry')?.textContent).toBe('never expires');
  });
});
