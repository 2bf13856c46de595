// Keyboard use of the dashboard: one tab stop in the list, arrows/Home/End move, Enter opens, Esc closes, focus returns.
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { mountDashboard, setHealth, type UiKit, usePortfolioKit } from './ui-kit';

let kit: UiKit;

usePortfolioKit((opened) => (kit = opened));

const rows = () => within(screen.getByRole('list', { name: 'Accounts' })).getAllByRole('button');
const nameOf = (el: Element | null) => el?.querySelector('.row-name')?.textContent;
const focusedName = () => nameOf(document.activeElement);
const press = (key: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key });

describe('keyboard navigation', () => {
  it('gives the list a single tab stop that follows the focus', async () => {
    await mountDashboard(kit.api);
    expect(rows().map((r) => r.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    act(() => rows()[0]?.focus());
    press('ArrowDown');
    expect(rows().map((r) => r.tabIndex)).toEqual([-1, 0, -1, -1, -1]);
  });

  it('moves with the arrow keys, Home and End, and stops at the ends', async () => {
    await mountDashboard(kit.api);
    act(() => rows()[0]?.focus());
    expect(focusedName()).toBe('Café Lumière');
    press('ArrowUp');
    expect(focusedName()).toBe('Café Lumière');
    press('ArrowDown');
    press('ArrowDown');
    expect(focusedName()).toBe('harbor.bakes');
    press('End');
    expect(focusedName()).toBe('Northside Cycles');
    press('ArrowDown');
    expect(focusedName()).toBe('Northside Cycles');
    press('Home');
    expect(focusedName()).toBe('Café Lumière');
  });

  it('opens the detail with Enter and moves focus into it', async () => {
    await mountDashboard(kit.api);
    act(() => rows()[1]?.focus());
    press('Enter');
    const dialog = screen.getByRole('dialog', { name: 'Harbor Bakery' });
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { name: 'Harbor Bakery' }));
    expect(rows()[1]?.getAttribute('aria-expanded')).toBe('true');
  });

  it('closes the detail with Esc and gives focus back to the row', async () => {
    await mountDashboard(kit.api);
    act(() => rows()[3]?.focus());
    press('Enter');
    expect(screen.getByRole('dialog', { name: 'Lumen Studio' })).toBeTruthy();
    press('Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(focusedName()).toBe('Lumen Studio');
  });

  it('closes with the Close button too, and focus goes back to the row', async () => {
    await mountDashboard(kit.api);
    fireEvent.click(rows()[2] as HTMLElement);
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(focusedName()).toBe('harbor.bakes');
  });

  it('keeps the focused account under focus when the list reorders', async () => {
    await mountDashboard(kit.api);
    act(() => rows()[4]?.focus());
    expect(focusedName()).toBe('Northside Cycles');
    setHealth(kit.core, 'a-north', { status: 'needs_reconnect', reason: 'access_revoked' });
    expect(nameOf(rows()[0] ?? null)).toBe('Northside Cycles');
    expect(rows()[0]?.tabIndex).toBe(0);
    press('ArrowDown');
    expect(focusedName()).toBe('Café Lumière');
  });

  it('closes the detail when its account goes away', async () => {
    await mountDashboard(kit.api);
    fireEvent.click(rows()[0] as HTMLElement);
    expect(screen.getByRole('dialog')).toBeTruthy();
    act(() => {
      kit.core.db.prepare('DELETE FROM accounts WHERE id = ?').run('a-x-cafe');
      kit.core.accounts.announce();
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(rows()).toHaveLength(4);
  });
});
