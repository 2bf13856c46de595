/**
 * End to end in Chromium under `tether serve --demo`: the tab's title (and favicon) carry the count of accounts
 * that need the user; a Web Notification appears only after the user allowed them by a click, never before, and
 * the browser is never asked on load. Settings shows browser notifications, not the desktop's tray settings.
 * Chromium's own Notification API is used; an init script only records what the page asks of it.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveAppCore, type RunningTetherServe } from '../../main/serve/start-tether-serve';
import { openDemoCore } from '../../main/app/demo/open-demo-core';

const staticDir = resolve(__dirname, '../../out/renderer');

let root: string;
let running: RunningTetherServe;

test.beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'tether-e2e-alerts-'));
  running = await serveAppCore(await openDemoCore(join(root, 'data')), { staticDir, background: false });
});

test.afterEach(async () => {
  await running.stop();
  rmSync(root, { recursive: true, force: true });
});

interface NotifyLog {
  readonly created: Array<{ title: string; body: string | undefined; tag: string | undefined }>;
  asked: number;
}

/** Records every Notification the page creates and every permission request, passing both on to Chromium's own. */
async function recordNotifications(page: Page): Promise<() => Promise<NotifyLog>> {
  await page.addInitScript(() => {
    const Real = window.Notification;
    const log: NotifyLog = { created: [], asked: 0 };
    (window as unknown as { notifyLog: NotifyLog }).notifyLog = log;
    class Recorded extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        log.created.push({ title, body: options?.body, tag: options?.tag });
      }
    }
    const request = Real.requestPermission.bind(Real);
    Object.defineProperty(Recorded, 'requestPermission', {
      value: (...args: Parameters<typeof Notification.requestPermission>) => {
        log.asked += 1;
        return request(...args);
      },
    });
    window.Notification = Recorded;
  });
  return () => page.evaluate(() => (window as unknown as { notifyLog: NotifyLog }).notifyLog);
}

/** Counts the `notifications:decided` events the tab received over its WebSocket. */
function countDecided(page: Page): () => number {
  let decided = 0;
  page.on('websocket', (ws) =>
    ws.on('framereceived', ({ payload }) => {
      if (String(payload).includes('"event":"notifications:decided"')) decided += 1;
    }),
  );
  return () => decided;
}

async function applyScenario(page: Page, scenario: string, picker: string, option: string): Promise<void> {
  const panel = page.getByRole('region', { name: 'Scenarios' });
  await panel.getByRole('combobox', { name: `${picker} for “${scenario}”` }).selectOption({ label: option });
  await panel.getByRole('button', { name: `Apply “${scenario}”` }).click();
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the tab carries the count, and Web Notifications come only once allowed (${scheme})`, async ({ page, context }) => {
    const notifyLog = await recordNotifications(page);
    const decided = countDecided(page);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(running.server.url);

    // The demo starts with one login whose Page role is too low: its Page and Instagram account need the user.
    await expect(page).toHaveTitle('(2) Tether');
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/^data:image\/svg\+xml,.*%3E2%3C%2Ftext%3E/);
    const bar = page.getByRole('region', { name: 'Get told when an account needs you' });
    await expect(bar).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`notifications-bar-${scheme}.png`) });

    // Maya Chen changes her Facebook password: 8 more accounts need the user (her Pages, their Instagram accounts and
    // the client Page she reaches through her agency's Business portfolio). The tab hears the decided
    // notification, but shows none: nobody allowed them, and nothing asked the browser.
    await page.getByRole('region', { name: 'Demo mode' }).getByRole('button', { name: 'Show scenarios' }).click();
    await applyScenario(page, 'Password changed', 'Person', 'Maya Chen');
    await expect(page).toHaveTitle('(10) Tether');
    await expect.poll(decided).toBe(1);
    expect(await notifyLog()).toEqual({ created: [], asked: 0 });

    // The user allows them, with a click.
    await context.grantPermissions(['notifications'], { origin: new URL(running.server.url).origin });
    await bar.getByRole('button', { name: 'Turn on browser notifications' }).click();
    await expect(bar).toHaveCount(0);
    expect((await notifyLog()).asked).toBe(1);

    // The next news shows as a Web Notification, with the card's words.
    await applyScenario(page, 'X account locked', 'X account', '@trailheadgear');
    await expect(page).toHaveTitle('(11) Tether');
    await expect.poll(async () => (await notifyLog()).created.length).toBe(1);
    const [shown] = (await notifyLog()).created;
    expect(shown?.title).toMatch(/X account locked$/);
    expect(shown?.tag).toMatch(/^disconnection:/);

    // Settings in the browser: browser notifications on, no tray or login-item settings.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Settings' }).click();
    const browser = page.getByRole('region', { name: 'Browser notifications' });
    await expect(browser.getByRole('status')).toHaveText(/^On\./);
    await expect(page.getByRole('region', { name: 'Desktop' })).toHaveCount(0);
    await expect(page.getByLabel('Launch Tether when I log in')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Team alerts' })).toBeVisible();
    // The Settings screen itself (the demo banner's toggle points at a panel only the dashboard renders).
    expect((await new AxeBuilder({ page }).include('.settings').analyze()).violations).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`settings-browser-${scheme}.png`), fullPage: true });
  });
}
