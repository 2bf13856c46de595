// The History screen against a real core, in jsdom: no canvas here, so each chart is its summary and its table
// (open), and nothing tries to load or draw uPlot. The drawing itself is checked in Chromium (tests/e2e/screens).
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { statusChange } from '../../fixtures/history/status-change';
import { halfHourlyChecks } from '../../fixtures/history/half-hourly-checks';
import { DAY, NOW, mountDashboard, usePortfolioKit, type UiKit } from './ui-kit';

let kit: UiKit;
usePortfolioKit((opened) => (kit = opened));

/** Harbor Bakery dropped for a day ten days ago; Café Lumière has been down for three; checks every half hour for two weeks. */
function seed(): void {
  kit.core.history.recordMany([
    statusChange('a-harbor', NOW - 10 * DAY, 'connected', 'needs_reconnect', 'password_changed'),
    statusChange('a-harbor', NOW - 9 * DAY, 'needs_reconnect', 'connected'),
    statusChange('a-x-cafe', NOW - 3 * DAY, 'connected', 'needs_reconnect', 'access_revoked'),
    ...halfHourlyChecks(['a-harbor', 'a-north', 'a-x-cafe'], NOW, 14),
  ]);
}

const cells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('History screen without a canvas', () => {
  it('shows each chart as its summary and its numbers, and never loads uPlot', async () => {
    seed();
    await mountDashboard(kit.api);
    fireEvent.click(within(screen.getByRole('navigation', { name: 'Screens' })).getByRole('button', { name: 'History' }));

    await screen.findByRole('img', { name: '2 disconnections in this range, at most 1 in one day.' }, { timeout: 15_000 });
    expect(screen.getByRole('img', { name: 'Lowest uptime: Café Lumière 78.6%, Harbor Bakery 92.9%, Northside Cycles 100%' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Median time to reconnect: 24 hours over 1 outages' })).toBeTruthy();
    expect(screen.getByText('Uptime over the last 30 days: 90.5% overall')).toBeTruthy();
    expect(screen.getByText('1 reconnected (mean 24 hours); 1 still open.')).toBeTruthy();
    expect(
      within(screen.getByRole('list', { name: 'Reasons' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent?.trim()),
    ).toEqual(expect.arrayContaining(['Password changed: 1', "Tether's access was removed: 1"]));

    // No canvas, no "Drawing the chart…", no error: the numbers are simply open.
    expect(document.querySelector('canvas')).toBeNull();
    expect(screen.queryByText('Drawing the chart…')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    const details = [...document.querySelectorAll('details.chart-numbers')];
    expect(details.map((d) => (d as HTMLDetailsElement).open)).toEqual([true, true, true]);

    const days = cells(screen.getByRole('table', { name: 'Days with disconnections (the others had none)' }));
    expect(days[0]).toEqual(expect.arrayContaining(['Day', 'Password changed', "Tether's access was removed", 'Total']));
    expect(days.slice(1).map((row) => [row[0], row[row.length - 1]])).toEqual([
      [isoDay(NOW - 10 * DAY), '1'],
      [isoDay(NOW - 3 * DAY), '1'],
    ]);
    expect(cells(screen.getByRole('table', { name: 'The accounts with the lowest uptime' }))).toEqual([
      ['Account', 'Network', 'Uptime'],
      ['Café Lumière', 'X', '78.6% (below 95%)'],
      ['Harbor Bakery', 'Facebook', '92.9% (below 95%)'],
      ['Northside Cycles', 'Facebook', '100%'],
    ]);
    expect(cells(screen.getByRole('table', { name: 'Time to reconnect per network' }))).toEqual([
      ['Network', 'Median', 'Mean', 'Reconnected', 'Still open'],
      ['All networks', '24 hours', '24 hours', '1', '1'],
      ['Facebook', '24 hours', '24 hours', '1', '0'],
      ['X', '—', '—', '0', '1'],
    ]);
  });
});
