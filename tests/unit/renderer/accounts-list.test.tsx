import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTetherCore, type TetherCore } from '../../../main/core/app/tether-core';
import { createHandlers } from '../../../main/core/ipc/handlers';
import { createRouter, type Router } from '../../../main/core/ipc/router';
import { createLogger } from '../../../main/core/logging/create-logger';
import { createAppStore } from '../../../renderer/src/store/store';
import { connectStoreToMain } from '../../../renderer/src/store/bridge';
import { StoreProvider } from '../../../renderer/src/store/store-context';
import { App } from '../../../renderer/src/App';
import { inProcessApi } from '../../fixtures/in-process-api';
import { addOneMoreAccount, seedFewAccounts } from '../../fixtures/seed-accounts';
import type { TetherApi } from '../../../shared/ipc/channels';

let dir: string;
let core: TetherCore;
let router: Router;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tether-ui-'));
  core = openTetherCore({ dataDir: dir });
  router = createRouter(createHandlers(core), core.events, createLogger('test'));
});
afterEach(() => {
  cleanup();
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function mount(api: TetherApi) {
  const store = createAppStore({ api });
  connectStoreToMain(api, store);
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  await act(() => store.getState().loadAccounts());
  return store;
}

describe('dashboard', () => {
  it('says so when there are no accounts yet', async () => {
    await mount(inProcessApi(router));
    expect(screen.getByText(/No accounts yet/)).toBeTruthy();
  });

  it('lists accounts with network and status, and follows pushed changes', async () => {
    seedFewAccounts(core.accounts);
    await mount(inProcessApi(router));
    const list = screen.getByRole('list', { name: 'Accounts' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(list.textContent).toContain('Northside Cycles');
    expect(list.textContent).toContain('X');
    expect(within(list).getAllByText('Connected')).toHaveLength(3);
    act(() => addOneMoreAccount(core.accounts));
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getByRole('status').textContent).toBe('All good');
  });

  it('shows a load failure with a way to retry', async () => {
    const failing: TetherApi = {
      invoke: () => Promise.resolve({ ok: false, error: { code: 'unavailable', message: 'Lost the connection to Tether.' } }),
      on: () => () => undefined,
    };
    await mount(failing);
    expect(screen.getByRole('alert').textContent).toContain('Lost the connection to Tether.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
