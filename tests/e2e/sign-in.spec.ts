/**
 * End to end: sign-ins through the simulator's own login pages, the dashboard under `tether serve`: X in a browser
 * tab, Facebook in the desktop app's sign-in window (played in Chromium: sign-in-kit.ts), as a Business app made today
 * (Facebook Login for Business). From an empty app to connected Pages, Instagram and X; a system-user configuration
 * that never expires; back from seeded disconnections with one click; a different person, a denial, a Page left out;
 * a permission left out with classic Facebook Login; disconnect with revoke; and serve refusing Facebook up front.
 * After each test, neither the data folder nor the browser's profile holds a token or code.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { expectSignInDialog, test, throughFacebook, throughX } from './sign-in-kit';

test.afterEach(async ({ world }) => {
  // Whatever the test did, no token nor the App Secret sits in any file of the data folder (SQLite, WAL, settings).
  const secrets = await world.heldSecrets();
  expect(secrets.length).toBeGreaterThan(0);
  for (const file of world.dataFiles()) for (const secret of secrets) expect(file.bytes.includes(Buffer.from(secret)), `a secret in ${file.path}`).toBe(false);
});

const rowsOf = (page: Page): Locator => page.getByRole('list', { name: 'Accounts' }).getByRole('button');
const withStatus = (rows: Locator, status: string): Locator => rows.filter({ has: rows.page().locator('.status', { hasText: new RegExp(`^${status}$`) }) });

async function done(page: Page, title: string): Promise<void> {
  await page.getByRole('dialog', { name: title }).getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('dialog', { name: title })).toHaveCount(0);
}

async function reconnectFrom(page: Page, account: string, row = account): Promise<() => Promise<void>> {
  await rowsOf(page).filter({ hasText: row }).first().click();
  const panel = page.getByRole('dialog', { name: account });
  return () => panel.getByRole('button', { name: /^Reconnect/ }).click();
}

test('from an empty app to connected Facebook Pages (Login for Business), an Instagram account and X', async ({ page, world }) => {
  await page.goto(world.running.server.url);
  await expect(rowsOf(page)).toHaveCount(0);

  await throughFacebook(world, () => page.getByRole('button', { name: 'Connect Facebook & Instagram' }).click(), { logInAs: 'Priya Nair' });
  const asked = new URL(world.facebookWindow?.opened[0] ?? '');
  expect(asked.searchParams.get('config_id')).toBe(world.core.settings.get().networkApps.metaConfigId);
  expect(asked.searchParams.get('scope')).toBeNull();
  const picker = page.getByRole('dialog', { name: 'Choose what to add' });
  await expect(picker).toContainText('Signed in as Priya Nair');
  // Her role on Northside Yoga can't publish: flagged, and not ticked.
  const northside = picker.getByRole('checkbox', { name: /^Northside Yoga Studio Facebook/ });
  await expect(northside).not.toBeChecked();
  await expect(picker.locator('label').filter({ hasText: 'Northside Yoga Studio' }).first()).toContainText(
    "Can't publish: your role here (tasks: MODERATE, ANALYZE, MESSAGING)",
  );
  await picker.getByRole('button', { name: 'Add 3 accounts' }).click();
  await expectSignInDialog(page, 'Connected', 'Connected Priya Nair on Facebook: 3 accounts added.');
  await done(page, 'Connected');
  await expect(rowsOf(page)).toHaveCount(3);
  await expect(withStatus(rowsOf(page), 'Connected')).toHaveCount(3);
  await expect(rowsOf(page).filter({ hasText: 'Instagram' })).toHaveCount(1);

  const xTab = await throughX(page, () => page.getByRole('button', { name: 'Connect X' }).click(), 'Trailhead Outfitters (@trailheadgear)');
  await expectSignInDialog(page, 'Connected', 'Connected @trailheadgear on X: 1 account added.');
  // The tab stayed on X's page (the callback answered 204, so the code's address never committed); Tether closed it.
  await expect.poll(() => xTab.isClosed()).toBe(true);
  await done(page, 'Connected');
  await expect(withStatus(rowsOf(page), 'Connected')).toHaveCount(4);
  // Tokens never reached the page.
  expect(await page.content()).not.toMatch(/EAA|access_token/);
});

test.describe('with a Login for Business configuration that issues system-user tokens', () => {
  test.use({ worldOptions: { tokenType: 'system_user' } });

  test('connects, says the login never expires, and a year later there is still no expiry to warn about', async ({ page, world }) => {
    await page.goto(world.running.server.url);
    await throughFacebook(world, () => page.getByRole('button', { name: 'Connect Facebook & Instagram' }).click(), { logInAs: 'Priya Nair' });
    await page.getByRole('dialog', { name: 'Choose what to add' }).getByRole('button', { name: 'Add 3 accounts' }).click();
    await expectSignInDialog(page, 'Connected', 'Facebook says this login never expires');
    await done(page, 'Connected');
    await expect(withStatus(rowsOf(page), 'Connected')).toHaveCount(3);
    world.sim.control.advanceTime(365 * 86_400_000);
    await page.getByRole('button', { name: 'Check all now' }).click();
    await expect(rowsOf(page).filter({ hasText: 'never expires' })).toHaveCount(3);
    await expect(withStatus(rowsOf(page), 'Connected')).toHaveCount(3);
    await expect(withStatus(rowsOf(page), 'Expiring')).toHaveCount(0);
  });
});

test('back from a password change, an app removal and an expired login with one click each, and X after a revoke', async ({ page, world }) => {
  await world.seedFacebook('Priya Nair');
  await world.seedX('trailheadgear');
  await page.goto(world.running.server.url);
  const priya = world.person('Priya Nair');
  // An expired login leaves its Pages working through their Page tokens: only the Instagram accounts, read with the
  // login's own token, need the reconnect. The Instagram row is reached by its handle.
  const broken = { password_changed: 5, app_removed: 5, token_expired: 2 } as const;
  for (const scenario of ['password_changed', 'app_removed', 'token_expired'] as const) {
    world.sim.control.apply({ scenario, target: priya });
    await page.getByRole('button', { name: 'Check all now' }).click();
    await expect(withStatus(rowsOf(page), 'Needs reconnect'), scenario).toHaveCount(broken[scenario]);
    const row = scenario === 'token_expired' ? '@riversidemarket' : 'Riverside Farmers Market';
    await throughFacebook(world, await reconnectFrom(page, 'Riverside Farmers Market', row), { logInAs: 'Priya Nair' });
    await expectSignInDialog(page, 'Reconnected', 'Reconnected Priya Nair on Facebook');
    await done(page, 'Reconnected');
    await expect(withStatus(rowsOf(page), 'Needs reconnect'), scenario).toHaveCount(0);
    // Northside Yoga and its Instagram account still need Priya's role restored: reconnecting can't fix that.
    await expect(withStatus(rowsOf(page), 'Connected'), scenario).toHaveCount(4);
    await expect(withStatus(rowsOf(page), 'Needs your action'), scenario).toHaveCount(2);
    world.sim.control.revert({ scenario, target: priya });
  }
  const trailhead = world.sim.world.xUsers.find((u) => u.username === 'trailheadgear')?.id ?? '';
  world.sim.control.apply({ scenario: 'x_app_access_revoked', target: trailhead });
  await page.getByRole('button', { name: 'Check all now' }).click();
  await expect(withStatus(rowsOf(page), 'Needs reconnect')).toHaveCount(1);
  await throughX(page, await reconnectFrom(page, 'Trailhead Outfitters', '@trailheadgear'), 'Trailhead Outfitters (@trailheadgear)');
  await expectSignInDialog(page, 'Reconnected', 'Reconnected @trailheadgear on X');
  await done(page, 'Reconnected');
  await expect(withStatus(rowsOf(page), 'Connected')).toHaveCount(4);
});

test('a different person, a denial, and a Page left out', async ({ page, world }) => {
  await world.seedFacebook('Priya Nair');
  await page.goto(world.running.server.url);
  world.sim.control.apply({ scenario: 'password_changed', target: world.person('Priya Nair') });
  await page.getByRole('button', { name: 'Check all now' }).click();
  await expect(withStatus(rowsOf(page), 'Needs reconnect')).toHaveCount(5);

  // Signed in as Luis instead: nothing overwritten; the next window starts signed out, so Facebook asks again.
  await throughFacebook(world, await reconnectFrom(page, 'Riverside Farmers Market'), { logInAs: 'Luis Ortega' });
  const mismatch = page.getByRole('dialog', { name: "That's a different account" });
  await expect(mismatch.getByRole('alert')).toHaveText('You signed in as Luis Ortega; this connection is Priya Nair. Nothing was changed.');
  await expect(mismatch).toContainText('Trying again opens a new sign-in window that isn’t signed in to Facebook');
  await expect(withStatus(rowsOf(page), 'Needs reconnect')).toHaveCount(5);
  await throughFacebook(world, () => mismatch.getByRole('button', { name: 'Try again as Priya Nair' }).click(), { logInAs: 'Priya Nair' });
  // Never auth_type=reauthenticate: Meta says not to rely on it to switch people.
  expect(new URL(world.facebookWindow?.opened.at(-1) ?? '').searchParams.get('auth_type')).toBeNull();
  await done(page, 'Reconnected');
  await expect(withStatus(rowsOf(page), 'Needs reconnect')).toHaveCount(0);

  // Denied: Cancel in Facebook's dialog.
  world.sim.control.apply({ scenario: 'app_removed', target: world.person('Priya Nair') });
  await page.getByRole('button', { name: 'Check all now' }).click();
  await expect(withStatus(rowsOf(page), 'Needs reconnect')).toHaveCount(5);
  await throughFacebook(world, await reconnectFrom(page, 'Riverside Farmers Market'), { logInAs: 'Priya Nair', cancel: true });
  const denied = page.getByRole('dialog', { name: "Couldn't reconnect" });
  await expect(denied.getByRole('alert')).toHaveText('You cancelled on Facebook, so nothing changed.');
  await denied.getByRole('button', { name: 'Close' }).click();

  // A Page left out: named, it stays disconnected, and "Ask again" offers it again.
  await throughFacebook(world, await reconnectFrom(page, 'Riverside Farmers Market'), { logInAs: 'Priya Nair', untick: ['Lumen Photo Co.'] });
  const partial = page.getByRole('dialog', { name: 'Reconnected' });
  await expect(partial.getByRole('alert')).toContainText('You left out Lumen Photo Co.');
  await expect(withStatus(rowsOf(page), 'Needs reconnect')).toHaveCount(1);
  await throughFacebook(world, () => partial.getByRole('button', { name: 'Ask again' }).click(), { logInAs: 'Priya Nair', tick: ['Lumen Photo Co.'] });
  const full = page.getByRole('dialog', { name: 'Reconnected' });
  await expect(full.getByRole('status')).toContainText('Reconnected Priya Nair on Facebook');
  await expect(full.getByRole('alert')).toHaveCount(0);
  await done(page, 'Reconnected');
  await expect(withStatus(rowsOf(page), 'Needs reconnect')).toHaveCount(0);
});

test.describe('with classic Facebook Login (a Consumer app, or a Business app made before Login for Business)', () => {
  test.use({ worldOptions: { loginProduct: 'facebook_login' } });

  test('a permission and a Page left out, then asked again', async ({ page, world }) => {
    await world.seedFacebook('Priya Nair');
    await page.goto(world.running.server.url);
    world.sim.control.apply({ scenario: 'app_removed', target: world.person('Priya Nair') });
    await page.getByRole('button', { name: 'Check all now' }).click();
    await expect(withStatus(rowsOf(page), 'Needs reconnect')).toHaveCount(5);
    await throughFacebook(world, await reconnectFrom(page, 'Riverside Farmers Market'), {
      logInAs: 'Priya Nair',
      untick: ['Create and manage content on your Page (pages_manage_posts)', 'Lumen Photo Co.'],
    });
    expect(new URL(world.facebookWindow?.opened.at(-1) ?? '').searchParams.get('scope')).toContain('pages_manage_posts');
    const partial = page.getByRole('dialog', { name: 'Reconnected' });
    await expect(partial.getByRole('alert')).toContainText('You left out Lumen Photo Co., the permission pages_manage_posts.');
    // Lumen (not shared) and Riverside's Page (can't publish without pages_manage_posts) stay disconnected;
    // Riverside's Instagram account doesn't need that permission and is back.
    await expect(withStatus(rowsOf(page), 'Needs reconnect')).toHaveCount(2);
    await expect(withStatus(rowsOf(page), 'Connected')).toHaveCount(1);
    await throughFacebook(world, () => partial.getByRole('button', { name: 'Ask again' }).click(), {
      logInAs: 'Priya Nair',
      tick: ['Create and manage content on your Page (pages_manage_posts)', 'Lumen Photo Co.'],
    });
    expect(new URL(world.facebookWindow?.opened.at(-1) ?? '').searchParams.get('auth_type')).toBe('rerequest');
    const full = page.getByRole('dialog', { name: 'Reconnected' });
    await expect(full.getByRole('status')).toContainText('Reconnected Priya Nair on Facebook');
    await expect(full.getByRole('alert')).toHaveCount(0);
    await done(page, 'Reconnected');
    await expect(withStatus(rowsOf(page), 'Connected')).toHaveCount(3);
    await expect(withStatus(rowsOf(page), 'Needs reconnect')).toHaveCount(0);
  });
});

test.describe('under tether serve as it is', () => {
  test.use({ worldOptions: { facebookSignIn: 'serve' } });

  test('Facebook is refused up front with the way to the desktop app, and X still signs in here', async ({ page, context, world }) => {
    await page.goto(world.running.server.url);
    let tabs = 0;
    context.on('page', () => (tabs += 1));
    await page.getByRole('button', { name: 'Network apps', exact: true }).click();
    const apps = page.getByRole('dialog', { name: 'Network apps' });
    await expect(apps.getByRole('note')).toContainText('This browser page can’t sign in to Facebook');
    await expect(apps.getByRole('link', { name: 'https://www.facebook.com/connect/login_success.html' })).toBeVisible();
    await apps.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Connect Facebook & Instagram' }).click();
    const refused = page.getByRole('dialog', { name: "Couldn't connect" });
    await expect(refused.getByRole('alert')).toHaveText('Facebook sign-in works in the Tether desktop app, not in this browser page. Nothing was started.');
    await expect(refused).toContainText('open the Tether desktop app with the same data folder, and connect Facebook and Instagram there');
    expect(tabs).toBe(0);
    expect(world.sim.control.requests().some((r) => r.url.includes('/dialog/oauth'))).toBe(false);
    await refused.getByRole('button', { name: 'Close' }).click();

    const xTab = await throughX(page, () => page.getByRole('button', { name: 'Connect X' }).click(), 'Trailhead Outfitters (@trailheadgear)');
    await expectSignInDialog(page, 'Connected', 'Connected @trailheadgear on X: 1 account added.');
    await expect.poll(() => xTab.isClosed()).toBe(true);
  });
});

test('disconnect asks first, revokes at the network, and removes the login', async ({ page, world }) => {
  await world.seedX('trailheadgear');
  await world.seedFacebook('Priya Nair');
  await page.goto(world.running.server.url);
  await expect(rowsOf(page)).toHaveCount(6);
  await rowsOf(page).filter({ hasText: '@trailheadgear' }).click();
  const panel = page.getByRole('dialog', { name: 'Trailhead Outfitters' });
  await panel.getByRole('button', { name: 'Disconnect…' }).click();
  const confirm = panel.getByRole('group', { name: 'Confirm disconnect' });
  await expect(confirm).toContainText('Tether asks X to revoke its access, and its tokens are deleted from your keychain. Its history stays.');
  await confirm.getByRole('button', { name: 'Disconnect' }).click();
  await expect(rowsOf(page)).toHaveCount(5);
  await expect(page.locator('.disconnect-note')).toHaveText(
    /^Disconnected: 1 account removed from Tether and the tokens deleted from your keychain\. X confirmed that Tether's access is revoked\./,
  );
  expect(world.sim.control.requests().some((r) => r.method === 'POST' && r.url.startsWith('/2/oauth2/revoke'))).toBe(true);

  await rowsOf(page).filter({ hasText: 'Lumen Photo Co.' }).click();
  const fbPanel = page.getByRole('dialog', { name: 'Lumen Photo Co.' });
  await fbPanel.getByRole('button', { name: 'Disconnect…' }).click();
  await expect(fbPanel.getByRole('group', { name: 'Confirm disconnect' })).toContainText('All 5 accounts under it go from Tether');
  await fbPanel.getByRole('button', { name: 'Disconnect', exact: true }).click();
  await expect(rowsOf(page)).toHaveCount(0);
  expect(world.sim.control.requests().some((r) => r.method === 'DELETE' && r.url.includes('/me/permissions'))).toBe(true);
});
