/** End to end: `tether serve` on a seeded data folder, the dashboard in Chromium, and a live update without reload. */
import { test, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startTetherServe, type RunningTetherServe } from '../../main/serve/start-tether-serve';
import { openTetherCore } from '../../main/core/app/tether-core';
import { addOneMoreAccount, seedFewAccounts } from '../fixtures/seed-accounts';

const staticDir = resolve(__dirname, '../../out/renderer');
let dataDir: string;
let running: RunningTetherServe;

test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tether-e2e-'));
  const seeding = await openTetherCore({ dataDir });
  seedFewAccounts(seeding.accounts);
  seeding.close();
  running = await startTetherServe({ dataDir, staticDir, background: false });
});

test.afterEach(async () => {
  await running.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('lists the seeded accounts and updates live when one is added', async ({ page }) => {
  await page.goto(running.server.url);
  const list = page.getByRole('list', { name: 'Accounts' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list).toContainText('Harbor Bakery');
  await expect(list).toContainText('Northside Cycles');
  await expect(list).toContainText('@harborbakery');
  // The key left the address bar once the page took it, and no cookie ever carried it.
  expect(page.url()).not.toContain('key=');
  expect(await page.context().cookies()).toEqual([]);

  let reloaded = false;
  page.on('load', () => {
    reloaded = true;
  });
  addOneMoreAccount(running.core.accounts);
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await expect(list).toContainText('@lumenstudio');
  expect(reloaded).toBe(false);
});

test('shows a visitor without the link where to find it, and no data', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${running.server.port}/`);
  await expect(page.getByRole('heading', { name: 'Open Tether from its private link' })).toBeVisible();
  await expect(page.locator('body')).toContainText('#key=');
  await expect(page.locator('body')).not.toContainText('Harbor Bakery');
});

test('keeps working on a reload and in a new tab opened from the link, within one launch', async ({ page, context }) => {
  await page.goto(running.server.url);
  const list = page.getByRole('list', { name: 'Accounts' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await page.reload();
  await expect(list.getByRole('listitem')).toHaveCount(3);
  const second = await context.newPage();
  await second.goto(running.server.url);
  await expect(second.getByRole('list', { name: 'Accounts' }).getByRole('listitem')).toHaveCount(3);
});
