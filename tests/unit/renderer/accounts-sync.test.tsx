// The renderer's copy of the accounts against the real core: deltas replace only what they name, a gap in the
// versions fetches a snapshot, and stale or duplicate messages change nothing.
import { describe, expect, it } from 'vitest';
import { act } from '@testing-library/react';
import type { TetherApi } from '../../../shared/ipc/channels';
import { mountDashboard, setHealth, type UiKit, usePortfolioKit } from './ui-kit';

let kit: UiKit;

usePortfolioKit((opened) => (kit = opened));

describe('accounts kept in sync by deltas', () => {
  it('replaces only the account a delta names; every other account keeps its object', async () => {
    const store = await mountDashboard(kit.api);
    const before = store.getState().accountsById;
    setHealth(kit.core, 'a-north', { status: 'needs_reconnect', reason: 'access_revoked' });
    const after = store.getState().accountsById;
    expect(after['a-north']).not.toBe(before['a-north']);
    expect(after['a-north']).toMatchObject({ status: 'needs_reconnect', reason: 'access_revoked', connectedBy: 'Owner of g-fb' });
    for (const id of ['a-harbor', 'a-ig', 'a-x-cafe', 'a-x-studio']) expect(after[id]).toBe(before[id]);
    expect(store.getState().accountsVersion).toBe(kit.core.accounts.snapshot().version);
  });

  it('asks for a snapshot when a delta does not follow on from the version it holds', async () => {
    let snapshots = 0;
    const counting: TetherApi = {
      on: kit.api.on.bind(kit.api),
      invoke: ((channel, req) => {
        if (channel === 'accounts:snapshot') snapshots += 1;
        return kit.api.invoke(channel, req);
      }) as TetherApi['invoke'],
    };
    const store = await mountDashboard(counting);
    const version = store.getState().accountsVersion ?? 0;
    // A delta from further on than this window got: it must not be applied on top of what the window holds.
    await act(async () => {
      store
        .getState()
        .receiveAccountsChange({ kind: 'delta', from: version + 3, to: version + 4, changed: [{ id: 'a-ig' as never, name: 'renamed' }], removed: [] });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(store.getState().accountsById['a-ig']?.name).toBe('harbor.bakes');
    expect(store.getState().accountsVersion).toBe(kit.core.accounts.snapshot().version);
    // One at start, one for the gap.
    expect(snapshots).toBe(2);
  });

  it('ignores a delta it already has, and an older snapshot', async () => {
    const store = await mountDashboard(kit.api);
    const state = store.getState();
    const version = state.accountsVersion ?? 0;
    act(() => state.receiveAccountsChange({ kind: 'delta', from: version - 1, to: version, changed: [{ id: 'a-ig' as never, name: 'stale' }], removed: [] }));
    act(() => state.receiveAccountsChange({ kind: 'snapshot', version: version - 1, accounts: [] }));
    expect(store.getState().accounts).toHaveLength(5);
    expect(store.getState().accountsById['a-ig']?.name).toBe('harbor.bakes');
  });
});
