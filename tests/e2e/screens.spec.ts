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
import { halfHourlyChecks } from '../fixtures/history/half-hourly-checks';

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
    // Checks every half hour for three weeks: the observed time uptime is measured against.
    core.history.recordMany(halfHourlyChecks(['a-page-1', 'a-page-2', 'a-x-1'], now, 21, 120));
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

/** The History charts by caption: the CSS colours each must have drawn bars in. */
const CHART_COLOURS = {
  Disconnections: ['--chart-1', '--chart-2', '--chart-3'],
  Uptime: ['--bad', '--ok'],
  'Time to reconnect': ['--info'],
} as const;

interface ChartPixels {
  readonly canvases: number;
  /** Pixels painted at all (axes, labels, bars). */
  readonly painted: number;
  /** Pixels exactly of each colour, resolved as the page resolves it now (light or dark). */
  readonly colours: Record<string, number>;
}

/** What each History chart's canvas holds, read back from its pixels. */
async function chartPixels(page: Page): Promise<Record<string, ChartPixels>> {
  return page.evaluate((wanted: Record<string, readonly string[]>) => {
    const out: Record<string, ChartPixels> = {};
    for (const figure of document.querySelectorAll('figure.chart')) {
      const caption = figure.querySelector('figcaption')?.textContent ?? '';
      const key = Object.keys(wanted).find((k) => caption.startsWith(k));
      if (!key) continue;
      const canvases = figure.querySelectorAll('canvas');
      const canvas = canvases[0];
      const rgb = (cssVar: string) => {
        const probe = document.createElement('span');
        probe.style.color = `var(${cssVar})`;
        figure.append(probe);
        const [r, g, b] = (getComputedStyle(probe).color.match(/\d+/g) ?? []).map(Number);
        probe.remove();
        return [r, g, b];
      };
      const targets = (wanted[key] ?? []).map((v) => ({ v, rgb: rgb(v) }));
      const colours: Record<string, number> = Object.fromEntries(targets.map((t) => [t.v, 0]));
      let painted = 0;
      const pixels = canvas && canvas.width > 0 ? (canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? []) : [];
      for (let i = 0; i < pixels.length; i += 4) {
        if ((pixels[i + 3] ?? 0) === 0) continue;
        painted += 1;
        for (const t of targets) {
          if (pixels[i + 3] === 255 && pixels[i] === t.rgb[0] && pixels[i + 1] === t.rgb[1] && pixels[i + 2] === t.rgb[2])
            colours[t.v] = (colours[t.v] ?? 0) + 1;
        }
      }
      out[key] = { canvases: canvases.length, painted, colours };
    }
    return out;
  }, CHART_COLOURS);
}

/** Waits until every History chart has drawn bars in each of its colours. */
async function expectChartsDrawn(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const charts = await chartPixels(page);
      return Object.entries(CHART_COLOURS).map(([key, vars]) => {
        const c = charts[key];
        return `${key}: ${c?.canvases ?? 0} canvas, painted ${(c?.painted ?? 0) > 0}, ${vars.map((v) => `${v} ${(c?.colours[v] ?? 0) > 0}`).join(' ')}`;
      });
    })
    .toEqual(Object.entries(CHART_COLOURS).map(([key, vars]) => `${key}: 1 canvas, painted true, ${vars.map((v) => `${v} true`).join(' ')}`));
}

/** A table's body rows as header → cell text. */
async function tableRows(page: Page, caption: string): Promise<Array<Record<string, string>>> {
  return page.getByRole('table', { name: caption }).evaluate((table) => {
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    return [...table.querySelectorAll('tbody tr')].map((tr) =>
      Object.fromEntries([...tr.querySelectorAll('th, td')].map((cell, i) => [heads[i] ?? String(i), cell.textContent ?? ''])),
    );
  });
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Opens each chart's numbers and checks them against the seeded history. */
async function expectChartNumbers(page: Page): Promise<void> {
  const summaries = page.getByText('Show the numbers');
  await expect(summaries).toHaveCount(3);
  for (const summary of await summaries.all()) await summary.click();
  const now = Date.now();
  const disconnections = await tableRows(page, 'Days with disconnections');
  expect(disconnections).toEqual([
    expect.objectContaining({ Day: isoDay(now - 20 * DAY), 'Password changed': '1', Total: '1' }),
    expect.objectContaining({ Day: isoDay(now - 5 * DAY), 'Page access reduced': '1', Total: '1' }),
    expect.objectContaining({ Day: isoDay(now - 2 * DAY), "Tether's access was removed": '1', Total: '1' }),
  ]);
  expect(await tableRows(page, 'The accounts with the lowest uptime')).toEqual([
    { Account: 'Harbor Bakery', Network: expect.stringMatching(/^(Facebook|X)$/), Uptime: '90.5% (below 95%)' },
    { Account: 'Harbor Bakery', Network: expect.stringMatching(/^(Facebook|X)$/), Uptime: '90.5% (below 95%)' },
    { Account: 'Northside Cycles', Network: 'Facebook', Uptime: '100%' },
  ]);
  expect(await tableRows(page, 'Time to reconnect per network')).toEqual([
    { Network: 'All networks', Median: '24 hours', Mean: '24 hours', Reconnected: '2', 'Still open': '1' },
    { Network: 'Facebook', Median: '24 hours', Mean: '24 hours', Reconnected: '2', 'Still open': '0' },
    { Network: 'X', Median: '—', Mean: '—', Reconnected: '0', 'Still open': '1' },
  ]);
}

/** Collects Content-Security-Policy violations the page reports, from before its first script runs. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) logged.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective}: ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`),
    );
  });
  return async () => [...logged, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every view passes axe and is captured (${scheme})`, async ({ page }) => {
    await serve(true);
    const cspViolations = await watchCsp(page);
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
    await expect(page.getByRole('img', { name: /^Lowest uptime: Harbor Bakery 90\.5%/ })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Median time to reconnect: 24 hours over 2 outages' })).toBeVisible();
    await expectChartsDrawn(page);
    await expectChartNumbers(page);
    // Nothing in the window asks for more than the policy allows: no eval (zod is not in the renderer), no inline script.
    expect(await cspViolations()).toEqual([]);
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
  // A browser tab shows only what applies there: the warnings before expiry, not the desktop's login item.
  await page.getByLabel('1 day before').uncheck();
  await expect.poll(() => running.core.settings.get().notifications.leadTimes['1d']).toBe(false);
  await expect(page.getByLabel('Launch Tether when I log in')).toHaveCount(0);
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
  // The chart is drawn again for the filter: only the one reason's colour is left.
  await expect
    .poll(async () => {
      const drawn = (await chartPixels(page)).Disconnections?.colours ?? {};
      return [(drawn['--chart-1'] ?? 0) > 0, drawn['--chart-2'], drawn['--chart-3']];
    })
    .toEqual([true, 0, 0]);
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
  // It shows unticked, then goes back when the save fails: nothing is kept that main didn't save.
  await page.getByLabel('An account is connected again').click();
  const toast = page.getByRole('alert').filter({ hasText: "Couldn't save the settings" });
  await expect(toast).toBeVisible();
  await expect(toast.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(page.getByLabel('An account is connected again')).toBeChecked();
});
