/**
 * End to end: how a sign-in that fails says so in the browser, and that nothing changed: app credentials Facebook
 * refuses, a network that can't be reached, a sign-in nobody finishes, and one cancelled in Tether. (State mismatch,
 * PKCE failure and a closed window are unit tests of main/core/oauth.) After each test the browser's profile is
 * searched for every token and code issued (sign-in-kit.ts).
 */
import { expect, type Page } from '@playwright/test';
import { test, throughFacebook, throughX } from './sign-in-kit';

const failure = (page: Page) => page.getByRole('dialog', { name: "Couldn't connect" });

test('app credentials Facebook refuses, and a network that cannot be reached', async ({ page, world }) => {
  await world.core.appSecrets.setMetaAppSecret('not-the-secret-of-this-app');
  await page.goto(world.running.server.url);
  await throughFacebook(world, () => page.getByRole('button', { name: 'Connect Facebook & Instagram' }).click(), { logInAs: 'Maya Chen' });
  await expect(failure(page).getByRole('alert')).toHaveText("Facebook didn't accept your app's credentials. Check them in Network apps. Nothing changed.");
  await failure(page).getByRole('button', { name: 'Open Network apps' }).click();
  await expect(page.getByRole('dialog', { name: 'Network apps' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Network apps' }).getByRole('button', { name: 'Close' }).click();

  world.sim.control.addFault({ type: 'offline', network: 'x', pathPrefix: '/2/oauth2/token' });
  await throughX(page, () => page.getByRole('button', { name: 'Connect X' }).click(), /@harborcoffee/);
  await expect(failure(page).getByRole('alert')).toHaveText("Tether couldn't reach X. Check your connection. Nothing changed.");
  await failure(page).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('list', { name: 'Accounts' }).getByRole('button')).toHaveCount(0);
});

test.describe('with a short sign-in timeout', () => {
  test.use({ worldOptions: { signInTimeoutMs: 1_500 } });

  test('a sign-in nobody finishes times out and closes its tab', async ({ page, world }) => {
    await page.goto(world.running.server.url);
    const opened = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Connect X' }).click();
    const tab = await opened;
    await expect(page.getByRole('dialog', { name: 'Connect X' })).toContainText('Finish signing in to X in the tab that opened.');
    await expect(failure(page).getByRole('alert')).toHaveText('The sign-in took too long, so Tether stopped waiting. Nothing changed.');
    await expect.poll(() => tab.isClosed()).toBe(true);
    await failure(page).getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('button', { name: 'Connect X' })).toBeEnabled();
  });
});

test('a sign-in cancelled in Tether closes its window', async ({ page, world }) => {
  await page.goto(world.running.server.url);
  const window = world.facebookWindow?.nextWindow();
  await page.getByRole('button', { name: 'Connect Facebook & Instagram' }).click();
  const signInWindow = await window;
  const waiting = page.getByRole('dialog', { name: 'Connect Facebook and Instagram' });
  await expect(waiting).toContainText('Finish signing in to Facebook in the window that opened.');
  await waiting.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect.poll(() => signInWindow?.isClosed()).toBe(true);
  await expect(page.getByRole('button', { name: 'Connect X' })).toBeEnabled();
});
