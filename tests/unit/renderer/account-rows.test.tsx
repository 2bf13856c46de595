// What each row says with a fixed clock: status in words, the reason's summary, countdowns, "can't verify", last check.
import { describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { startClockTicker } from '../../../renderer/src/store/clock-ticker';
import { DAY, HOUR, MIN, NOW, mountDashboard, setHealth, type UiKit, usePortfolioKit } from './ui-kit';

let kit: UiKit;

usePortfolioKit((opened) => (kit = opened));

/** The row button of an account, found by its name. */
const row = (name: string): HTMLElement => {
  const list = screen.getByRole('list', { name: 'Accounts' });
  const found = within(list)
    .getAllByRole('button')
    .find((b) => b.querySelector('.row-name')?.textContent === name);
  if (!found) throw new Error(`no row for ${name}`);
  return found;
};

describe('account rows', () => {
  it('shows network, name, handle, status in words and when it was last checked', async () => {
    await mountDashboard(kit.api);
    setHealth(kit.core, 'a-x-cafe', { status: 'connected' }, { checkedAt: NOW - 2 * MIN - 10_000 });
    const cafe = row('Café Lumière');
    expect(cafe.querySelector('.row-network')?.textContent).toBe('X');
    expect(cafe.textContent).toContain('@cafelumiere');
    expect(cafe.querySelector('.status')?.textContent).toBe('Connected');
    // An X row says when the account was last proven alive (X checks are spaced by X's prices and limits).
    expect(cafe.textContent).toContain('proven alive 2 min ago');
    expect(row('Lumen Studio').textContent).toContain('not proven alive yet');
    setHealth(kit.core, 'a-harbor', { status: 'connected' }, { checkedAt: NOW - 2 * MIN - 10_000 });
    expect(row('Harbor Bakery').textContent).toContain('checked 2 min ago');
    expect(row('Northside Cycles').textContent).toContain('not checked yet');
  });

  it("gives the reason's one-line summary when an account needs the user", async () => {
    await mountDashboard(kit.api);
    setHealth(kit.core, 'a-harbor', { status: 'needs_reconnect', reason: 'password_changed' });
    setHealth(kit.core, 'a-x-studio', { status: 'needs_action', reason: 'account_suspended' });
    expect(row('Harbor Bakery').querySelector('.status')?.textContent).toBe('Needs reconnect');
    expect(row('Harbor Bakery').querySelector('.row-summary')?.textContent).toBe(
      'Facebook ended this login because the password changed or a sign-in looked unusual.',
    );
    expect(row('Lumen Studio').querySelector('.status')?.textContent).toBe('Needs your action');
    expect(row('Lumen Studio').querySelector('.row-summary')?.textContent).toBe('X has suspended this account, so no app can use it.');
  });

  it('counts down to an expiry, never overstating the time left', async () => {
    await mountDashboard(kit.api);
    setHealth(kit.core, 'a-north', { status: 'expiring', expiresAt: NOW + 6 * DAY + 20 * HOUR });
    setHealth(kit.core, 'a-harbor', { status: 'expiring', expiresAt: NOW + 50 * MIN });
    expect(row('Northside Cycles').querySelector('.status')?.textContent).toBe('Expiring soon');
    expect(row('Northside Cycles').querySelector('.row-summary')?.textContent).toBe('Login expires in 6 days');
    expect(row('Harbor Bakery').querySelector('.row-summary')?.textContent).toBe('Login expires in 50 minutes');
  });

  it('says "can\'t verify since 3 h" once checks have failed for 3 hours, with the last known status', async () => {
    await mountDashboard(kit.api);
    setHealth(kit.core, 'a-ig', {
      status: 'unverified',
      reason: 'transient_provider_error',
      unverifiedSince: NOW - 3 * HOUR - 5 * MIN,
      lastKnownStatus: 'connected',
    });
    const ig = row('harbor.bakes');
    expect(ig.querySelector('.status')?.textContent).toBe("Can't verify");
    expect(ig.querySelector('.row-summary')?.textContent).toBe("Can't verify since 3 h · last known: Connected");
    expect(ig.textContent).not.toContain('checking had trouble');
  });

  it('keeps the last known status with a quiet hint while checks have failed for less than 3 hours', async () => {
    await mountDashboard(kit.api);
    setHealth(kit.core, 'a-ig', {
      status: 'unverified',
      reason: 'rate_limited',
      unverifiedSince: NOW - 2 * HOUR - 59 * MIN,
      lastKnownStatus: 'expiring',
      expiresAt: NOW + 3 * DAY,
    });
    const ig = row('harbor.bakes');
    expect(ig.querySelector('.status')?.textContent).toBe('Expiring soon');
    expect(ig.querySelector('.row-trouble')?.textContent).toContain('checking had trouble');
    expect(ig.querySelector('.row-summary')?.textContent).toBe('Login expires in 3 days');
  });

  it('moves "can\'t verify" on as the clock ticks', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let now = NOW;
    const store = await mountDashboard(kit.api, { clock: { now: () => now } });
    const stop = startClockTicker(store, 30_000);
    try {
      setHealth(kit.core, 'a-ig', { status: 'unverified', reason: 'transient_provider_error', unverifiedSince: NOW - 3 * HOUR - 5 * MIN });
      expect(row('harbor.bakes').querySelector('.row-summary')?.textContent).toContain("Can't verify since 3 h");
      now = NOW + 2 * HOUR;
      expect(row('harbor.bakes').querySelector('.row-summary')?.textContent).toContain("Can't verify since 3 h");
      act(() => {
        vi.advanceTimersByTime(30_000);
      });
      expect(row('harbor.bakes').querySelector('.row-summary')?.textContent).toContain("Can't verify since 5 h");
    } finally {
      stop();
      vi.useRealTimers();
    }
  });
});
