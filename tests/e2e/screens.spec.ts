/**
 * Every view of the dashboard in Chromium against `tether serve` on a real data folder: each checked with axe-core
 * (zero violations) in light and dark, with a screenshot of each saved under test-results/<test>/. Also what each
 * screen must do: who connected what, settings that save, history that filters and exports, errors as toasts.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startTetherServe, type RunningTetherServe } from '../../main/serve/start-tether-serve';
import { openTetherCore } from '../../main/core/app/tether-core';
import type { AccountId } from '../../shared/domain/ids';
import { seedFewAccounts } from '../fixtures/seed-accounts';
import { statusChange } from '../fixtures/history/status-change';

const staticDir = resolve(__dirname, '../../out/renderer');
const DAY = 86_400_000;
let dataDir: string;
let running: RunningTetherServe;

async function serve(seed: boolean): Promise<void> {
  dataDir = mkdtempSync(join(tmpdir(), 'tether-e2e-screens-'));
  if (seed) {
    const core = await openTetherCore({ dataDir });
    seedFewAccounts(core.accounts);
    const now = Date.now();
    // Harbor Bakery dropped twice this month (password, then a lost role) and came back; the X account is down now.
    const change = (...args: Parameters<typeof statusChange>) => core.history.record(statusChange(...args));
    change('a-page-1', now - 20 * DAY, 'connected', 'needs_reconnect', 'password_changed');
    change('a-page-1', now - 19 * DAY, 'needs_reconnect', 'connected', null);
    change('a-page-1', now - 5 * DAY, 'connected', 'needs_action', 'insufficient_page_role');
    change('a-page-1', now - 4 * DAY, 'needs_action', 'connected', null);
    change('a-x-1', now - 2 * DAY, 'connected', 'needs_reconnect', 'access_revoked');
    core.repo.saveHealth(
      'a-x-1' as AccountId,
      {
        status: 'needs_reconnect',
        reason: 'access_revoked',
        statusSince: now - 2 * DAY,
        lastKnownStatus: 'needs_reconnect',
        unverifiedSince: null,
        expiresAt: null,
      },
      null,
      new Set(),
      now - 3 * 60_000,
    );
    core.repo.saveHealth(
      'a-page-2' as AccountId,
      { status: 'expiring', reason: null, statusSince: now - DAY, lastKnownStatus: 'expiring', unverifiedSince: null, expiresAt: now + 5 * DAY },
      null,
      new Set(),
      now - 4 * 60_000,
    );
    core.close();
  }
  running = await startTetherServe({ dataDir, staticDir, background: false });
}

test.afterEach(async () => {
  await running?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** No axe violations on the page as it is, and a screenshot of it. */
async function checkView(page: Page, name: string, scheme: 'light' | 'dark'): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // Under test-results/<this test>/ (gitignored); Playwright keeps them as the run's artifacts.
  await page.screenshot({ path: test.info().outputPath(`${name}-${scheme}.png`), fullPage: true });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every view passes axe and is captured (${scheme})`, async ({ page }) => {
    await serve(true);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(running.server.url);
    const list = page.getByRole('list', { name: 'Accounts' });
    await expect(list.getByRole('listitem')).toHaveCount(3);
    await expect(page.getByLabel('Summary')).toContainText('1 of 3 needs you · 1 expiring this week');
    await checkView(page, 'dashboard', scheme);

    await page.getByRole('button', { name: 'By login' }).click();
    await expect(list.getByRole('heading', { level: 3 })).toHaveCount(2);
    await checkView(page, 'dashboard-by-login', scheme);
    await page.getByRole('button', { name: 'Accounts', exact: true }).click();

    await list.getByRole('button').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await checkView(page, 'account-detail', scheme);
    await page.keyboard.press('Escape');

    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'History' }).click();
    await expect(page.getByText(/disconnections? in this range/)).toHaveCount(0);
    await expect(page.getByRole('img', { name: /3 disconnections in this range/ })).toBeVisible();
    await checkView(page, 'history', scheme);

    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await expect(page.getByText(dataDir)).toBeVisible();
    await checkView(page, 'settings', scheme);
  });

  test(`first run passes axe and is captured (${scheme})`, async ({ page }) => {
    await serve(false);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(running.server.url);
    await expect(page.getByRole('heading', { name: 'No accounts yet' })).toBeVisible();
    await checkView(page, 'first-run', scheme);
  });
}

test('settings save from the UI, the theme applies at once, and a refused value says why', async ({ page }) => {
  await serve(true);
  await page.goto(running.server.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  const interval = page.getByLabel('Check every connection every');
  await interval.fill('45');
  await interval.press('Enter');
  await expect.poll(() => running.core.settings.get().checkIntervalMinutes).toBe(45);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByLabel('No notifications during quiet hours').check();
  await expect.poll(() => running.core.settings.get().notifications.quietHours.enabled).toBe(true);
  await page.getByLabel('Launch Tether when I log in').check();
  await expect.poll(() => running.core.settings.get().launchAtLogin).toBe(true);
  await interval.fill('2');
  await expect(page.getByText('Use a whole number from 5 to 1440.')).toBeVisible();
  await interval.press('Enter');
  expect(running.core.settings.get().checkIntervalMinutes).toBe(45);
});

test('history filters by reason and exports the month as a CSV download', async ({ page }) => {
  await serve(true);
  await page.goto(running.server.url);
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('img', { name: /3 disconnections in this range/ })).toBeVisible();
  await page.getByRole('combobox', { name: /^Reason/ }).selectOption('password_changed');
  await expect(page.getByRole('img', { name: /1 disconnection in this range/ })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Events as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^tether-events-\d{4}-\d\d-\d\d-to-\d{4}-\d\d-\d\d\.csv$/);
  const text = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(text).toString()).toContain('password_changed');
});

test('the list works from the keyboard: one tab stop, arrows, Enter opens, Esc closes, focus is visible', async ({ page }) => {
  await serve(true);
  await page.goto(running.server.url);
  const rows = page.getByRole('list', { name: 'Accounts' }).getByRole('button');
  await expect(rows).toHaveCount(3);
  await rows.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  const outline = await rows.nth(1).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(rows.nth(1)).toBeFocused();
});

test('a request that fails shows a toast with Retry', async ({ page }) => {
  await serve(true);
  await page.goto(running.server.url);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  // The server goes away: the next save can't reach it, and the window says so instead of dropping it.
  await running.server.close();
  // It shows ticked, then goes back when the save fails: nothing is kept that main didn't save.
  await page.getByLabel('Launch Tether when I log in').click();
  const toast = page.getByRole('alert').filter({ hasText: "Couldn't save the settings" });
  await expect(toast).toBeVisible();
  await expect(toast.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(page.getByLabel('Launch Tether when I log in')).not.toBeChecked();
});
