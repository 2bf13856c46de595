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
  // The secret moved from the address into a cookie.
  expect(page.url()).not.toContain('key=');

  let reloaded = false;
  page.on('load', () => {
    reloaded = true;
  });
  addOneMoreAccount(running.core.accounts);
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await expect(list).toContainText('@lumenstudio');
  expect(reloaded).toBe(false);
});

test('refuses a visitor without the launch secret', async ({ page }) => {
  const response = await page.goto(`http://127.0.0.1:${running.server.port}/`);
  expect(response?.status()).toBe(401);
  await expect(page.locator('body')).toContainText('needs the key');
});
