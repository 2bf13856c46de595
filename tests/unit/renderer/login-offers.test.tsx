// Pages a check found that Tether doesn't track yet, and a login expired while its Pages work: both reach the
// dashboard from the core (through grants:list), and one click starts the sign-in for that very login.
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { GrantId } from '../../../shared/domain/ids';
import { mountDashboard, type UiKit, usePortfolioKit } from './ui-kit';

let kit: UiKit;

usePortfolioKit((opened) => (kit = opened));

const facebookGrant = (): GrantId => {
  const grant = kit.core.repo.grantViews().find((g) => g.provider === 'facebook');
  if (!grant) throw new Error('no Facebook login in the portfolio');
  return grant.grantId;
};

describe('what logins offer', () => {
  it('shows nothing while no login offers anything', async () => {
    const store = await mountDashboard(kit.api);
    await act(() => store.getState().loadLogins());
    expect(screen.queryByRole('region', { name: 'Logins' })).toBeNull();
  });

  it('offers the Pages a check found, and starts the sign-in of that login to choose them', async () => {
    const grantId = facebookGrant();
    kit.core.repo.saveGrantOffers(grantId, [{ provider: 'facebook', networkAccountId: 'p-new', name: 'New Page', handle: null, parentNetworkId: null }], null);
    const store = await mountDashboard(kit.api);
    await act(() => store.getState().loadLogins());
    const offers = screen.getByRole('region', { name: 'Logins' });
    expect(offers.textContent).toMatch(/1 new Page available via Owner of/);
    const invoke = vi.spyOn(kit.api, 'invoke');
    fireEvent.click(within(offers).getByRole('button', { name: 'Choose what to add' }));
    await act(async () => {});
    expect(invoke).toHaveBeenCalledWith('signin:start', { network: 'facebook', grantId });
  });

  it('says a login expired while its Pages still work, with its reconnect', async () => {
    const grantId = facebookGrant();
    kit.core.repo.saveGrantOffers(grantId, null, Date.now());
    const store = await mountDashboard(kit.api);
    await act(() => store.getState().loadLogins());
    const offers = screen.getByRole('region', { name: 'Logins' });
    expect(offers.textContent).toMatch(/Facebook login for Owner of .* expired; its Pages still work/);
    expect(within(offers).getByRole('button', { name: /^Reconnect Owner of/ })).toBeTruthy();
  });

  it('re-reads the logins after a sweep only when one changed, and then shows the change', async () => {
    const grantId = facebookGrant();
    const store = await mountDashboard(kit.api);
    await act(() => store.getState().loadLogins());
    const held = store.getState().logins;
    const invoke = vi.spyOn(kit.api, 'invoke');
    await act(() => store.getState().loadLogins());
    // Nothing changed: main answered with the same tag and no list, and the store kept the very same array.
    const unchanged = await invoke.mock.results.at(-1)?.value;
    expect(unchanged).toMatchObject({ ok: true, value: { logins: null } });
    expect(store.getState().logins).toBe(held);
    expect(screen.queryByRole('region', { name: 'Logins' })).toBeNull();

    kit.core.repo.saveGrantOffers(grantId, [{ provider: 'facebook', networkAccountId: 'p-new', name: 'New Page', handle: null, parentNetworkId: null }], null);
    await act(() => store.getState().loadLogins());
    expect(store.getState().logins).not.toBe(held);
    expect(screen.getByRole('region', { name: 'Logins' }).textContent).toMatch(/1 new Page available via Owner of/);
  });
});
