/**
 * For the sign-in e2e tests: `tether serve` on an empty data folder against the simulator's demo world (today's Meta:
 * a Business app with Facebook Login for Business), with the user's own (simulated) Meta and X apps set up and serve's
 * callback registered in the X app, as a user would.
 *
 * The dashboard runs in a browser with a real profile on disk (a persistent user-data-dir). After every test that
 * profile is closed and searched for every token and authorization code the simulator issued: none may be in any of
 * its files (issue 17: nothing secret may travel in an address the browser records).
 *
 * Facebook can't sign in under serve (it says so up front). By default the tests play the desktop app's Facebook
 * window instead (facebook-window.ts), so the whole Facebook flow still runs end to end through this dashboard;
 * `facebookSignIn: 'serve'` keeps serve's own behaviour.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, test as base, type Browser, type Page } from '@playwright/test';
import type { TetherCore } from '../../main/core/app/tether-core';
import { MemorySecretStore } from '../../main/core/secrets/memory-secret-store';
import { demoWorld, startSimulator, type RunningSimulator, type WorldInput } from '../../main/simulator';
import { decodeDataKey } from '../../main/core/secrets/data-key';
import { serveAppCore, type RunningTetherServe } from '../../main/serve/start-tether-serve';
import { tokenSet } from '../../main/app/demo/open-demo-core';
import { filesUnder } from '../fixtures/data-files';
import { openSimulatorCore } from '../fixtures/simulator/simulator-core';
import { secretsInProfile } from './browser-profile';
import { FacebookWindowAgent } from './facebook-window';

const staticDir = resolve(__dirname, '../../out/renderer');

export interface SignInWorldOptions {
  readonly signInTimeoutMs?: number;
  /** `window` (default): the desktop app's Facebook window, played in Chromium. `serve`: serve as it is (it refuses). */
  readonly facebookSignIn?: 'window' | 'serve';
  /** The Meta app's login product: Login for Business (default, as Business apps made today) or classic Facebook Login. */
  readonly loginProduct?: 'login_for_business' | 'facebook_login';
  /** Which of the demo app's Login for Business configurations is set up (default: the user-access-token one). */
  readonly tokenType?: 'user' | 'system_user';
}

export interface SignInWorld {
  readonly sim: RunningSimulator;
  readonly core: TetherCore;
  readonly running: RunningTetherServe;
  /** The desktop app's Facebook window, when the world plays it. */
  readonly facebookWindow: FacebookWindowAgent | null;
  /** A person of the demo world by name. */
  person(name: string): string;
  /** Connects a Facebook person without the UI (all their Pages), as an earlier session would have. */
  seedFacebook(name: string): Promise<void>;
  seedX(username: string): Promise<void>;
  /** Every token and secret Tether holds now (sealed in its database), and the in-memory keychain's data key. */
  heldSecrets(): Promise<string[]>;
  /** The files of the data folder, to prove none of the secrets reached the disk. */
  dataFiles(): Array<{ path: string; bytes: Buffer }>;
  close(): Promise<void>;
}

function worldFor(options: SignInWorldOptions): WorldInput {
  const world = demoWorld() as WorldInput & { meta: { loginProduct?: string; loginForBusinessConfigs?: unknown[] } };
  if (options.loginProduct !== 'facebook_login') return world;
  return { ...world, meta: { ...world.meta, loginProduct: 'facebook_login', loginForBusinessConfigs: [] } };
}

export async function startSignInWorld(options: SignInWorldOptions = {}, windowBrowser: Browser | null = null): Promise<SignInWorld> {
  const sim = await startSimulator({ seed: 11, world: worldFor(options) });
  const dataDir = mkdtempSync(join(tmpdir(), 'tether-e2e-signin-'));
  const store = new MemorySecretStore();
  await store.set({ kind: 'app_secret', app: 'meta' }, sim.world.meta.appSecret);
  const core = await openSimulatorCore(sim, dataDir, store, options.signInTimeoutMs ? { signInTimeoutMs: options.signInTimeoutMs } : {});
  if (options.tokenType === 'system_user') {
    const config = sim.world.meta.loginForBusinessConfigs.find((c) => c.tokenType === 'system_user');
    core.settings.update({ networkApps: { metaConfigId: config?.id ?? null } });
  }
  const running = await serveAppCore({ core, close: async () => core.close() }, { staticDir, background: false });
  const callback = `http://127.0.0.1:${running.server.port}/oauth/callback`;
  sim.control.addRedirectUri('x', callback);
  let facebookWindow: FacebookWindowAgent | null = null;
  if ((options.facebookSignIn ?? 'window') === 'window') {
    if (!windowBrowser) throw new Error('the Facebook window needs a browser');
    facebookWindow = new FacebookWindowAgent(running.signInAgent, windowBrowser, sim.url);
    core.signIn.attachAgent(facebookWindow);
  }
  const person = (name: string): string => {
    const found = sim.world.facebookUsers.find((u) => u.name === name);
    if (!found) throw new Error(`no ${name}`);
    return found.id;
  };
  const FB = [
    'public_profile',
    'pages_show_list',
    'pages_read_engagement',
    'pages_manage_posts',
    'business_management',
    'instagram_basic',
    'instagram_content_publish',
  ];
  return {
    sim,
    core,
    running,
    facebookWindow,
    person,
    async seedFacebook(name) {
      const minted = sim.control.mintFacebookUserToken(person(name), { scopes: FB });
      await core.connections.connect('facebook', tokenSet(minted.accessToken, null, minted.expiresIn, FB, sim.control.now()));
    },
    async seedX(username) {
      const user = sim.world.xUsers.find((u) => u.username === username);
      if (!user) throw new Error(`no @${username}`);
      const scopes = ['tweet.read', 'tweet.write', 'users.read', 'offline.access'];
      const minted = sim.control.mintXTokens(user.id, { scopes });
      await core.connections.connect('twitter', tokenSet(minted.accessToken, minted.refreshToken, minted.expiresIn, scopes, sim.control.now()));
    },
    async heldSecrets() {
      const values: string[] = [sim.world.meta.appSecret];
      for (const grant of core.repo.grantsForScheduling()) {
        const tokens = await core.vault.read(grant.id);
        if (tokens) values.push(tokens.accessToken, ...(tokens.refreshToken ? [tokens.refreshToken] : []));
        for (const key of await core.secrets.listByGrant(grant.id)) if (key.kind === 'page_token') values.push((await core.secrets.get(key)) ?? '');
      }
      // The data key the tokens are sealed with: as the keychain keeps it, and its raw bytes.
      const dataKey = await store.get({ kind: 'data_key' });
      if (dataKey) values.push(dataKey, decodeDataKey(dataKey).bytes.toString('base64'));
      return values.filter((v) => v.length > 10);
    },
    dataFiles: () => filesUnder(dataDir),
    async close() {
      await running.stop();
      await sim.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The sign-in tests' `test`: `world` is a fresh sign-in world (options from `test.use({ worldOptions })`), and the
 * dashboard's browser has a profile on disk that is searched, once the test is over and the browser closed, for
 * every token and code the simulator issued.
 */
export const test = base.extend<{ worldOptions: SignInWorldOptions; world: SignInWorld }, { windowBrowser: Browser }>({
  worldOptions: [{}, { option: true }],
  windowBrowser: [
    async ({ launchOptions }, use) => {
      const browser = await chromium.launch(launchOptions);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  world: async ({ worldOptions, windowBrowser }, use) => {
    const world = await startSignInWorld(worldOptions, windowBrowser);
    await use(world);
    await world.close();
  },
  context: async ({ launchOptions, world }, use) => {
    const profileDir = mkdtempSync(join(tmpdir(), 'tether-e2e-profile-'));
    try {
      const context = await chromium.launchPersistentContext(profileDir, { ...launchOptions, headless: true });
      await use(context);
      await context.close();
      // Closed, so History, Sessions and the rest are written out; now nothing issued may be in them.
      // (browser-profile.spec.ts shows this search finds a code the browser did record.)
      expect(secretsInProfile(profileDir, world.sim.control.issuedSecrets()), 'tokens or codes in the browser profile').toEqual([]);
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
});

export interface FacebookAnswer {
  /** Log in as this person (every sign-in window starts signed out of Facebook). */
  readonly logInAs?: string;
  /** Permission labels (the dialog's plain words) to untick, and Page names to untick or tick. */
  readonly untick?: readonly string[];
  readonly tick?: readonly string[];
  readonly cancel?: boolean;
}

/**
 * Clicks `trigger`, then answers the Facebook dialog in the sign-in window that opens, as a person would. Each window
 * starts signed out of Facebook, so the person logs in first.
 */
export async function throughFacebook(world: SignInWorld, trigger: () => Promise<void>, answer: FacebookAnswer): Promise<void> {
  if (!world.facebookWindow) throw new Error('this world has no Facebook window');
  const opened = world.facebookWindow.nextWindow();
  await trigger();
  const tab = await opened;
  await tab.waitForURL(/dialog\/oauth/);
  if (answer.cancel && !answer.logInAs) {
    await tab.getByRole('button', { name: 'Cancel' }).click();
    return;
  }
  if (!answer.logInAs) throw new Error('Facebook asks who is logging in: give logInAs');
  await tab.getByRole('radio', { name: answer.logInAs }).check();
  await tab.getByRole('button', { name: 'Log in', exact: true }).click();
  if (answer.cancel) {
    await tab.getByRole('button', { name: 'Cancel' }).click();
    return;
  }
  for (const label of answer.untick ?? []) await tab.getByRole('checkbox', { name: label }).uncheck();
  for (const label of answer.tick ?? []) await tab.getByRole('checkbox', { name: label }).check();
  await tab.getByRole('button', { name: /^Continue as / }).click();
}

/** Clicks `trigger`, then authorizes (or cancels) on X's page in the tab that opens; returns that tab. */
export async function throughX(page: Page, trigger: () => Promise<void>, account: string | RegExp, cancel = false): Promise<Page> {
  const opened = page.waitForEvent('popup');
  await trigger();
  const tab = await opened;
  await tab.waitForURL(/oauth2\/authorize/);
  await tab.getByRole('radio', { name: account }).check();
  await tab.getByRole('button', { name: cancel ? 'Cancel' : 'Authorize app' }).click();
  return tab;
}

/** The sign-in dialog's final state, then Done/Close. */
export async function expectSignInDialog(page: Page, title: string, text: string | RegExp): Promise<void> {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toContainText(text);
}
