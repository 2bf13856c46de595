// X checks in the dashboard, from the real core's X planner: one app banner when the X app is out of credits (no
// red row per account), the rows' proof of life and next check, and Settings → X checks (plan, budget, cost).
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HOUR, MIN, NOW, PORTFOLIO, mountDashboard, openUiKit, seedAccounts, setHealth, type UiKit } from './ui-kit';
import type { GrantId } from '../../../shared/domain/ids';

let kit: UiKit | undefined;
afterEach(() => {
  cleanup();
  kit?.close();
  kit = undefined;
});

async function start() {
  kit = await openUiKit();
  seedAccounts(kit.core, PORTFOLIO);
  await mountDashboard(kit.api, { withStatus: true });
  return kit;
}

const rows = () => within(screen.getByRole('list', { name: 'Accounts' })).getAllByRole('button');

describe('X checks', () => {
  it('shows one banner for the X app when it is out of credits, with the link to X, and no red row', async () => {
    const k = await start();
    for (const id of ['a-x-cafe', 'a-x-studio']) setHealth(k.core, id, { status: 'connected' });
    expect(screen.queryByRole('region', { name: /X app out of credits/ })).toBeNull();
    // What a 402 "credits depleted" from X leaves in the planner (the provider tests send the real answer).
    act(() => k.core.validation.governor.x.blockApp('credits_depleted', NOW));
    const banner = await screen.findByRole('region', { name: 'X app out of credits: checks paused until you add credits' });
    expect(screen.getAllByRole('region').filter((r) => r.getAttribute('data-banner') === 'x-checks')).toEqual([banner]);
    expect(screen.getAllByRole('region').filter((r) => /credits/.test(r.textContent ?? ''))).toEqual([banner]);
    expect(banner.textContent).toContain('Your X accounts keep their last status');
    expect(banner.textContent).toMatch(/Tether asks X again at \d\d:\d\d, or when you press Check now\./);
    const link = within(banner).getByRole('link', { name: "Open X's Developer Console" });
    expect(link.getAttribute('href')).toBe('https://console.x.com');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    // No row needs the user, none is unverified: the X accounts read "Connected".
    for (const row of rows()) expect(row.className).toContain('attention-ok');
    // The first read that works (credits bought) takes the banner away.
    act(() => k.core.validation.governor.x.recordRead('a-x-cafe-0', NOW + MIN));
    await waitFor(() => expect(screen.queryByRole('region', { name: /X app out of credits/ })).toBeNull());
  });

  it('says in the row and the card when each X account was last proven alive and when its next check is due', async () => {
    const k = await start();
    setHealth(k.core, 'a-x-cafe', { status: 'connected' }, { checkedAt: NOW - 3 * HOUR });
    act(() => {
      k.core.repo.setNextCheckAt('g-x-1' as GrantId, NOW + 40 * MIN);
      k.core.accounts.announce();
    });
    const cafe = await waitFor(() => {
      const row = rows().find((r) => r.textContent?.includes('Café Lumière'));
      expect(row?.textContent).toContain('proven alive 3 h ago · next check in 40 min');
      return row as HTMLElement;
    });
    const studio = rows().find((r) => r.textContent?.includes('Lumen Studio'));
    expect(studio?.textContent).toContain('not proven alive yet');
    // Facebook rows keep their "checked … ago".
    expect(rows().find((r) => r.textContent?.includes('Harbor Bakery'))?.textContent).toContain('not checked yet');
    fireEvent.click(cafe);
    expect(within(screen.getByRole('dialog')).getByText(/proven alive 3 h ago · next check in 40 min/)).toBeTruthy();
  });

  it('takes the plan and a monthly budget in Settings, shows the cost, and says why checks slowed', async () => {
    const k = await start();
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    const section = await screen.findByRole('region', { name: 'X checks' });
    expect(within(section).getByTestId('x-cost').textContent).toBe(
      "Checking 2 X accounts every 30 minutes costs about $0.60 a month. X charges $0.010 for each account's first read of a UTC day; reading it again the same day is free, and renewing a login costs nothing. So far this month: $0.00 by Tether's count.",
    );
    const budget = within(section).getByLabelText('Monthly budget for X checks');
    fireEvent.change(budget, { target: { value: '1.234' } });
    expect(within(section).getByText(/Use dollars and cents from 0.01/)).toBeTruthy();
    fireEvent.change(budget, { target: { value: '0.05' } });
    fireEvent.blur(budget);
    await waitFor(() => expect(k.core.settings.get().xChecks.monthlyBudgetUsd).toBe(0.05));
    // $0.05 can't pay for 2 accounts every day to the end of November: checks slow down, and the banner and Settings say so.
    await waitFor(() => expect(within(section).getByRole('status').textContent).toBe('X checks slowed to stay within $0.05 this month.'));
    expect(screen.getByRole('region', { name: 'X checks slowed to stay within $0.05 this month' }).textContent).toMatch(/reads each one every 2 days until/);
    fireEvent.change(within(section).getByLabelText('Your X app’s plan'), { target: { value: 'capped' } });
    await waitFor(() =>
      expect(within(section).getByTestId('x-cost').textContent).toBe(
        'X allows 25 reads of each account a day on this plan: Tether checks each of your 2 X accounts every 1 h 16 min (19 a day) and keeps the rest for Check now and retries.',
      ),
    );
    expect(within(section).queryByLabelText('Monthly budget for X checks')).toBeNull();
  });
});
