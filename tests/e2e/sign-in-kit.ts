/**
 * For the sign-in e2e tests: `tether serve` on an empty data folder against the simulator's demo world, with the
 * user's own (simulated) Meta and X apps set up and serve's callback registered in both, as a user would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { TetherCore } from '../../main/core/app/tether-core';
import { MemorySecretStore } from '../../main/core/secrets/memory-secret-store';
import { decodeDataKey } from '../../main/core/secrets/data-key';
import { startSimulator, type RunningSimulator } from '../../main/simulator';
import { serveAppCore, type RunningTetherServe } from '../../main/serve/start-tether-serve';
import { tokenSet } from '../../main/app/demo/open-demo-core';
import { filesUnder } from '../fixtures/data-files';
import { openSimulatorCore } from '../fixtures/simulator/simulator-core';

const staticDir = resolve(__dirname, '../../out/renderer');

export interface SignInWorld {
  readonly sim: RunningSimulator;
  readonly core: TetherCore;
  readonly running: RunningTetherServe;
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

export async function startSignInWorld(options: { readonly signInTimeoutMs?: number } = {}): Promise<SignInWorld> {
  const sim = await startSimulator({ seed: 11 });
  const dataDir = mkdtempSync(join(tmpdir(), 'tether-e2e-signin-'));
  const store = new MemorySecretStore();
  await store.set({ kind: 'app_secret', app: 'meta' }, sim.world.meta.appSecret);
  const core = await openSimulatorCore(sim, dataDir, store, options.signInTimeoutMs ? { signInTimeoutMs: options.signInTimeoutMs } : {});
  const running = await serveAppCore({ core, close: async () => core.close() }, { staticDir, background: false });
  const callback = `http://127.0.0.1:${running.server.port}/oauth/callback`;
  sim.control.addRedirectUri('meta', callback);
  sim.control.addRedirectUri('x', callback);
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

export interface FacebookAnswer {
  /** Log in as this person first (a fresh tab, or after "Log in as a different user"). */
  readonly logInAs?: string;
  /** Switch away from the signed-in person first. */
  readonly switchUser?: boolean;
  /** Permission labels (the dialog's plain words) to untick, and Page names to untick or tick. */
  readonly untick?: readonly string[];
  readonly tick?: readonly string[];
  readonly cancel?: boolean;
}

/** Clicks `trigger`, then answers the Facebook dialog in the tab that opens, as a person would. */
export async function throughFacebook(page: Page, trigger: () => Promise<void>, answer: FacebookAnswer): Promise<Page> {
  const opened = page.waitForEvent('popup');
  await trigger();
  const tab = await opened;
  await tab.waitForURL(/dialog\/oauth/);
  if (answer.switchUser) await tab.getByRole('button', { name: 'Log in as a different user' }).click();
  // A tab without Facebook's session shows the login page first; one with it goes straight to consent.
  const logIn = tab.getByRole('button', { name: 'Log in', exact: true });
  await expect(logIn.or(tab.getByRole('button', { name: /^Continue as / }))).toBeVisible();
  if (await logIn.isVisible()) {
    if (!answer.logInAs) throw new Error('Facebook asks who is logging in: give logInAs');
    await tab.getByRole('radio', { name: answer.logInAs }).check();
    await logIn.click();
  }
  if (answer.cancel) {
    await tab.getByRole('button', { name: 'Cancel' }).click();
  } else {
    for (const label of answer.untick ?? []) await tab.getByRole('checkbox', { name: label }).uncheck();
    for (const label of answer.tick ?? []) await tab.getByRole('checkbox', { name: label }).check();
    await tab.getByRole('button', { name: /^Continue as / }).click();
  }
  return tab;
}

/** Clicks `trigger`, then authorizes (or cancels) on X's page in the tab that opens. */
export async function throughX(page: Page, trigger: () => Promise<void>, account: string | RegExp, cancel = false): Promise<void> {
  const opened = page.waitForEvent('popup');
  await trigger();
  const tab = await opened;
  await tab.waitForURL(/oauth2\/authorize/);
  await tab.getByRole('radio', { name: account }).check();
  await tab.getByRole('button', { name: cancel ? 'Cancel' : 'Authorize app' }).click();
}

/** The sign-in dialog's final state, then Done/Close. */
export async function expectSignInDialog(page: Page, title: string, text: string | RegExp): Promise<void> {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toContainText(text);
}
