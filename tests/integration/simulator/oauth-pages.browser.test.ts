/** The login and consent pages driven in real Chromium (Playwright), by their accessible names, as tests and the demo will. */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from '@playwright/test';
import type { RunningSimulator } from '../../../main/simulator';
import { IDS, classicLoginWorld, graph, startTestSimulator } from '../../fixtures/simulator/simulator-kit';

let sim: RunningSimulator;
let browser: Browser;

function executablePath(): string | undefined {
  if (process.env.TETHER_CHROMIUM) return process.env.TETHER_CHROMIUM;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // no bundled browser on this machine
  }
  return '/usr/bin/chromium';
}

beforeAll(async () => {
  sim = await startTestSimulator(42, classicLoginWorld());
  browser = await chromium.launch({ executablePath: executablePath(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
});
afterAll(async () => {
  await browser?.close();
  await sim?.close();
});

describe('in Chromium', () => {
  it('completes the Facebook dialog with a permission and a Page unticked', async () => {
    const page = await browser.newPage();
    const redirect = `${sim.url}/connect/login_success.html`;
    const query = new URLSearchParams({
      client_id: IDS.appId,
      redirect_uri: redirect,
      state: 'abc',
      response_type: 'token',
      scope: 'pages_show_list,pages_read_engagement,pages_manage_posts',
    });
    await page.goto(`${sim.url}/v24.0/dialog/oauth?${query}`);
    await page.getByRole('radio', { name: 'Ada Lovelace' }).check();
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('checkbox', { name: /pages_manage_posts/ }).uncheck();
    await page.getByRole('checkbox', { name: 'Beta Books' }).uncheck();
    await page.getByRole('button', { name: 'Continue as Ada' }).click();
    await page.waitForURL(/login_success\.html#access_token=/);
    const fragment = new URLSearchParams(new URL(page.url()).hash.slice(1));
    expect(fragment.get('state')).toBe('abc');
    const accounts = await graph(sim, '/me/accounts', { access_token: fragment.get('access_token') ?? '', fields: 'id' });
    expect(accounts.json).toMatchObject({ data: [{ id: IDS.alphaPage }] });
    await expect(page.getByRole('heading', { name: 'Success' }).count()).resolves.toBe(1);
    await page.close();
  });

  it('authorizes on the X page and lands on the loopback callback with state and code', async () => {
    const page = await browser.newPage();
    let landed = '';
    await page.route('http://127.0.0.1:8765/**', async (route) => {
      landed = route.request().url();
      await route.fulfill({ status: 200, contentType: 'text/plain', body: 'ok' });
    });
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: IDS.xClientId,
      redirect_uri: IDS.xRedirect,
      scope: 'tweet.read users.read',
      state: 's1',
      code_challenge: 'x'.repeat(43),
      code_challenge_method: 'plain',
    });
    await page.goto(`${sim.url}/i/oauth2/authorize?${query}`);
    await page.getByRole('radio', { name: 'Beta (@beta_x)' }).check();
    await page.getByRole('button', { name: 'Authorize app' }).click();
    await page.waitForURL(/x\/callback/);
    const url = new URL(landed);
    expect(url.searchParams.get('state')).toBe('s1');
    expect(url.searchParams.get('code')).toBeTruthy();
    await page.close();
  });
});
