// "Check all now", "Check now" and the progress of checks, through the real router, validation service and scheduler.
import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ValidationProgress } from '../../../shared/domain/validation-progress';
import type { TetherApi } from '../../../shared/ipc/channels';
import { mountDashboard, type UiKit, usePortfolioKit } from './ui-kit';

let kit: UiKit;

usePortfolioKit((opened) => (kit = opened));

const words = () => screen.getByRole('status', { name: 'Check progress' }).textContent;
const push = (progress: ValidationProgress): void => {
  act(() => {
    kit.core.events.emit('validation:progressed', progress);
  });
};

describe('check progress', () => {
  it('shows "Checking 12 of 40…" with a progress bar while a sweep runs, and clears when it ends', async () => {
    await mountDashboard(kit.api);
    expect(words()).toBe('');
    push({ trigger: 'startup', done: 12, total: 40, finished: false });
    expect(words()).toBe('Checking 12 of 40…');
    const bar = screen.getByRole('progressbar', { name: 'Check progress' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([12, 40]);
    push({ trigger: 'startup', done: 40, total: 40, finished: true });
    expect(words()).toBe('');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('adds up sweeps that run at the same time', async () => {
    await mountDashboard(kit.api);
    push({ trigger: 'startup', done: 12, total: 40, finished: false });
    push({ trigger: 'manual', done: 0, total: 3, finished: false });
    expect(words()).toBe('Checking 12 of 43…');
    push({ trigger: 'manual', done: 3, total: 3, finished: true });
    expect(words()).toBe('Checking 12 of 40…');
  });
});

describe('check all now', () => {
  it('asks main to check everything, follows its progress, and is ready again when main answers', async () => {
    const store = await mountDashboard(kit.api);
    const seen: string[] = [];
    store.subscribe((s) => {
      for (const p of Object.values(s.sweeps)) seen.push(`${p.trigger} ${p.done}/${p.total}`);
    });
    const button = screen.getByRole('button', { name: 'Check all now' });
    fireEvent.click(button);
    expect(button.hasAttribute('disabled')).toBe(true);
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    // The real scheduler reported the sweep over all five accounts of the three logins.
    expect(seen).toContain('manual 0/5');
    expect(Object.keys(store.getState().sweeps)).toEqual([]);
    expect(words()).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when the request fails', async () => {
    const lost: TetherApi = {
      invoke: (channel, req) =>
        channel === 'accounts:check'
          ? Promise.resolve({ ok: false, error: { code: 'unavailable', message: 'Lost the connection to Tether.' } })
          : kit.api.invoke(channel, req),
      on: (event, listener) => kit.api.on(event, listener),
    };
    await mountDashboard(lost);
    fireEvent.click(screen.getByRole('button', { name: 'Check all now' }));
    expect((await screen.findByRole('alert')).textContent).toBe("Couldn't check: Lost the connection to Tether.");
  });
});

describe('check now for one account', () => {
  it('checks the account’s login, marking its accounts as being checked until main answers', async () => {
    const store = await mountDashboard(kit.api);
    const seen: string[] = [];
    store.subscribe((s) => {
      for (const p of Object.values(s.sweeps)) seen.push(`${p.trigger} ${p.done}/${p.total}`);
    });
    const list = screen.getByRole('list', { name: 'Accounts' });
    const northside = within(list)
      .getAllByRole('button')
      .find((b) => b.textContent?.includes('Northside Cycles')) as HTMLElement;
    fireEvent.click(northside);
    const dialog = screen.getByRole('dialog', { name: 'Northside Cycles' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Check now' }));
    expect(within(dialog).getByRole('button', { name: 'Checking…' }).hasAttribute('disabled')).toBe(true);
    // Main checks a whole login: the other accounts of the Facebook login are marked too, the X ones aren't.
    expect(within(list).getAllByText(/checking now/)).toHaveLength(3);
    await within(dialog).findByRole('button', { name: 'Check now' });
    expect(within(list).queryAllByText(/checking now/)).toHaveLength(0);
    expect(seen).toContain('manual 0/3');
  });
});
