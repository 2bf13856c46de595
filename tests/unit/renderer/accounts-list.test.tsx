// The dashboard list against the real core: what it lists, the order, the filters, the search and the header verdict.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { TetherApi } from '../../../shared/ipc/channels';
import { addOneMoreAccount, seedFewAccounts } from '../../fixtures/seed-accounts';
import { DAY, HOUR, NOW, PORTFOLIO, mountDashboard, openUiKit, seedAccounts, setHealth, type UiKit } from './ui-kit';

let kit: UiKit;

beforeEach(async () => {
  kit = await openUiKit();
});
afterEach(() => {
  cleanup();
  kit.close();
});

const rows = () => within(screen.getByRole('list', { name: 'Accounts' })).getAllByRole('button');
const rowNames = () => rows().map((row) => row.querySelector('.row-name')?.textContent);
const overall = () => screen.getByRole('status', { name: 'Overall state' }).textContent;

describe('dashboard list', () => {
  it('says so when there are no accounts yet', async () => {
    await mountDashboard(kit.api);
    expect(screen.getByText(/No accounts yet/)).toBeTruthy();
    expect(overall()).toBe('Nothing to check yet');
    expect(screen.getByRole('button', { name: 'Check all now' }).hasAttribute('disabled')).toBe(true);
  });

  it('lists accounts with network and status, and follows pushed changes', async () => {
    seedFewAccounts(kit.core.accounts);
    await mountDashboard(kit.api);
    const list = screen.getByRole('list', { name: 'Accounts' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(list.textContent).toContain('Northside Cycles');
    expect(list.textContent).toContain('X');
    expect(within(list).getAllByText('Connected')).toHaveLength(3);
    act(() => addOneMoreAccount(kit.core.accounts));
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    expect(overall()).toBe('All good');
  });

  it('shows a load failure with a way to retry', async () => {
    const failing: TetherApi = {
      invoke: () => Promise.resolve({ ok: false, error: { code: 'unavailable', message: 'Lost the connection to Tether.' } }),
      on: () => () => undefined,
    };
    await mountDashboard(failing);
    expect(screen.getByRole('alert').textContent).toContain('Lost the connection to Tether.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('order and header', () => {
  beforeEach(() => seedAccounts(kit.core, PORTFOLIO));

  it('puts accounts that need the user first, then can’t verify, then expiring (soonest first), then the rest by name', async () => {
    await mountDashboard(kit.api);
    expect(rowNames()).toEqual(['Café Lumière', 'Harbor Bakery', 'harbor.bakes', 'Lumen Studio', 'Northside Cycles']);
    setHealth(kit.core, 'a-north', { status: 'expiring', expiresAt: NOW + 6 * DAY });
    setHealth(kit.core, 'a-harbor', { status: 'expiring', expiresAt: NOW + 2 * DAY });
    setHealth(kit.core, 'a-x-studio', { status: 'needs_action', reason: 'account_locked' });
    setHealth(kit.core, 'a-ig', { status: 'unverified', reason: 'transient_provider_error', unverifiedSince: NOW - 4 * HOUR });
    expect(rowNames()).toEqual(['Lumen Studio', 'harbor.bakes', 'Harbor Bakery', 'Northside Cycles', 'Café Lumière']);
    expect(overall()).toBe("1 needs you · 1 can't verify · 2 expiring");
  });

  it('keeps an account whose checks failed only briefly where its last known status puts it', async () => {
    await mountDashboard(kit.api);
    setHealth(kit.core, 'a-ig', { status: 'unverified', reason: 'rate_limited', unverifiedSince: NOW - 2 * HOUR, lastKnownStatus: 'connected' });
    expect(rowNames()[0]).toBe('Café Lumière');
    expect(overall()).toBe('All good');
  });
});

describe('filters and search', () => {
  beforeEach(() => seedAccounts(kit.core, PORTFOLIO));

  it('filters by network', async () => {
    await mountDashboard(kit.api);
    fireEvent.change(screen.getByRole('combobox', { name: 'Network' }), { target: { value: 'twitter' } });
    expect(rowNames()).toEqual(['Café Lumière', 'Lumen Studio']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Network' }), { target: { value: 'instagram' } });
    expect(rowNames()).toEqual(['harbor.bakes']);
  });

  it('filters by state', async () => {
    await mountDashboard(kit.api);
    setHealth(kit.core, 'a-north', { status: 'needs_reconnect', reason: 'password_changed' });
    setHealth(kit.core, 'a-harbor', { status: 'needs_reconnect', reason: 'password_changed' });
    fireEvent.change(screen.getByRole('combobox', { name: 'State' }), { target: { value: 'needs_you' } });
    expect(rowNames()).toEqual(['Harbor Bakery', 'Northside Cycles']);
    fireEvent.change(screen.getByRole('combobox', { name: 'State' }), { target: { value: 'ok' } });
    expect(rowNames()).toEqual(['Café Lumière', 'harbor.bakes', 'Lumen Studio']);
  });

  it('searches names and handles, ignoring case and accents', async () => {
    await mountDashboard(kit.api);
    const search = screen.getByRole('searchbox', { name: /Search accounts/ });
    fireEvent.change(search, { target: { value: 'CAFE' } });
    expect(rowNames()).toEqual(['Café Lumière']);
    fireEvent.change(search, { target: { value: '@harbor' } });
    expect(rowNames()).toEqual(['harbor.bakes']);
    fireEvent.change(search, { target: { value: 'lum' } });
    expect(rowNames()).toEqual(['Café Lumière', 'Lumen Studio']);
  });

  it('says when nothing matches and clears the filters on request', async () => {
    await mountDashboard(kit.api);
    fireEvent.change(screen.getByRole('searchbox', { name: /Search accounts/ }), { target: { value: 'nobody here' } });
    expect(screen.getByText('No accounts match these filters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(rows()).toHaveLength(5);
    expect((screen.getByRole('searchbox', { name: /Search accounts/ }) as HTMLInputElement).value).toBe('');
  });

  it('focuses the search with "/", but not while typing in a field', async () => {
    await mountDashboard(kit.api);
    const search = screen.getByRole('searchbox', { name: /Search accounts/ });
    const firstRow = rows()[0] as HTMLElement;
    firstRow.focus();
    fireEvent.keyDown(firstRow, { key: '/' });
    expect(document.activeElement).toBe(search);
    const network = screen.getByRole('combobox', { name: 'Network' });
    network.focus();
    fireEvent.keyDown(network, { key: '/' });
    expect(document.activeElement).toBe(network);
  });

  it('clears the search with Esc', async () => {
    await mountDashboard(kit.api);
    const search = screen.getByRole('searchbox', { name: /Search accounts/ }) as HTMLInputElement;
    fireEvent.change(search, { target: { value: 'lumen' } });
    expect(rows()).toHaveLength(1);
    fireEvent.keyDown(search, { key: 'Escape' });
    expect(search.value).toBe('');
    expect(rows()).toHaveLength(5);
  });
});
