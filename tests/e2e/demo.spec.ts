/**
 * End to end: `tether serve --demo` (the simulator plays the networks), the dashboard in Chromium, and a person
 * causing a Facebook-wide failure and an X one from the Scenarios panel, reading the cards, then reverting both.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { filesUnder } from '../fixtures/data-files';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveAppCore, type RunningTetherServe } from '../../main/serve/start-tether-serve';
import { openDemoCore, type DemoCore } from '../../main/app/demo/open-demo-core';

const staticDir = resolve(__dirname, '../../out/renderer');

let root: string;
let running: RunningTetherServe;
let demo: DemoCore;

test.beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'tether-e2e-demo-'));
  // Demo mode works in `<data-dir>-demo`, so both stay inside the temp folder.
  demo = await openDemoCore(join(root, 'data'));
  running = await serveAppCore(demo, { staticDir, background: false });
});

test.afterEach(async () => {
  // After the whole run: no token the demo held appears in any file of its data folder (SQLite, WAL, settings).
  const secrets: string[] = [];
  for (const grant of demo.core.repo.grantsForScheduling()) {
    for (const key of await demo.core.secrets.listByGrant(grant.id)) {
      const value = await demo.core.secrets.get(key);
      if (value)
        secrets.push(
          value,
          ...Object.values(JSON.parse(value.startsWith('{') ? value : '{}') as Record<string, unknown>).filter(
            (v): v is string => typeof v === 'string' && v.length > 20,
          ),
        );
    }
  }
  expect(secrets.length).toBeGreaterThan(10);
  const files = filesUnder(running.core.dataDir);
  expect(files.some((f) => f.path.endsWith('tether.db'))).toBe(true);
  for (const file of files) for (const secret of secrets) expect(file.bytes.includes(Buffer.from(secret)), `a token in ${file.path}`).toBe(false);
  await running.stop();
  rmSync(root, { recursive: true, force: true });
});

/** The first reason card's title and the support line of the open account's panel. */
async function expectCard(page: Page, account: string, title: string, support: RegExp): Promise<void> {
  const dialog = page.getByRole('dialog', { name: account });
  await expect(dialog.getByRole('article').first().getByRole('heading', { level: 3 })).toHaveText(title);
  await expect(dialog.locator('.support-line')).toHaveText(support);
}

const badge = (rows: Locator, status: string) => rows.filter({ has: rows.page().locator('.status', { hasText: new RegExp(`^${status}$`) }) });

// The list is virtualized: a tall window keeps all 20 demo accounts in the page, so every row can be asserted on.
test.use({ viewport: { width: 1280, height: 2000 } });

test('causes a Facebook-wide and an X failure from the Scenarios panel, explains them, and reverts them', async ({ page }) => {
  await page.goto(running.server.url);
  let reloaded = false;
  page.on('load', () => {
    reloaded = true;
  });

  const banner = page.getByRole('region', { name: 'Demo mode' });
  await expect(banner).toContainText('simulated networks, no real accounts');
  const list = page.getByRole('list', { name: 'Accounts' });
  const rows = list.getByRole('button');
  await expect(rows).toHaveCount(22);
  // The demo world starts with one person whose Page role is too low (Priya Nair on Northside Yoga): that login's
  // Page and its Instagram account need action from the start; everything else is connected, Summit Veterinary
  // (a client Page Maya reaches only through the Brightline Social portfolio) included.
  await expect(badge(rows, 'Connected')).toHaveCount(20);
  await expect(badge(rows, 'Connected').filter({ hasText: 'Summit Veterinary' })).toHaveCount(2);
  await expect(badge(rows, 'Needs your action')).toHaveCount(2);
  await expect(badge(rows, 'Needs your action').filter({ hasText: 'Northside Yoga' })).toHaveCount(2);

  await banner.getByRole('button', { name: 'Show scenarios' }).click();
  const panel = page.getByRole('region', { name: 'Scenarios' });
  await expect(panel.getByRole('heading', { name: 'Facebook' })).toBeVisible();
  const status = panel.getByRole('status', { name: 'Scenario progress' });

  // Facebook-wide, with the mouse: Maya Chen changed her password.
  await panel.getByRole('combobox', { name: 'Person for “Password changed”' }).selectOption({ label: 'Maya Chen' });
  await panel.getByRole('button', { name: 'Apply “Password changed”' }).click();
  await expect(status).toHaveText('8 accounts changed — open a card to see why.');
  await expect(badge(rows, 'Needs reconnect')).toHaveCount(8);
  await expect(badge(rows, 'Connected')).toHaveCount(12);
  await panel.getByRole('button', { name: 'Open Copper Kettle Bakery (Facebook)' }).click();
  await expectCard(page, 'Copper Kettle Bakery', 'Password changed', /^Facebook error 190 · subcode 460 · trace \S+$/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // X, with the keyboard: pick @trailheadgear in the "X account locked" picker, Tab to Apply, Enter.
  const picker = panel.getByRole('combobox', { name: 'X account for “X account locked”' });
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  await expect(picker.locator('option:checked')).toHaveText('@trailheadgear');
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Apply “X account locked”' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Trailhead Outfitters (X) now needs your action — open its card.');
  const xRow = rows.filter({ hasText: '@trailheadgear' });
  await expect(xRow.locator('.status')).toHaveText('Needs your action');
  await expect(badge(rows, 'Connected')).toHaveCount(11);
  await panel.getByRole('button', { name: 'Open Trailhead Outfitters (X)' }).press('Enter');
  await expectCard(page, 'Trailhead Outfitters', 'X account locked', /^X error 326\b/);
  await page.keyboard.press('Escape');

  // Revert both from the active list: one by mouse, one by keyboard.
  const active = panel.getByRole('region', { name: 'Active now' });
  await expect(active.getByRole('listitem')).toHaveCount(2);
  await active.getByRole('button', { name: 'Revert “X account locked” for @trailheadgear' }).click();
  await expect(status).toHaveText('Undone: Trailhead Outfitters (X) is connected again.');
  await active.getByRole('button', { name: 'Revert “Password changed” for Maya Chen' }).press('Enter');
  await expect(status).toHaveText('Undone: all 8 accounts are connected again.');
  await expect(active).toContainText('No scenario is active.');
  await expect(badge(rows, 'Connected')).toHaveCount(20);
  await expect(badge(rows, 'Needs reconnect')).toHaveCount(0);
  await expect(badge(rows, 'Needs your action')).toHaveCount(2);
  expect(reloaded).toBe(false);
});
