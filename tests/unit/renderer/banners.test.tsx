// The app-wide banners from the real core's app status: demo mode, keychain states, missing network apps, notices.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardForNetwork } from '../../../shared/reasons/catalog';
import { MemorySecretStore } from '../../../main/core/secrets/memory-secret-store';
import { PORTFOLIO, mountDashboard, openUiKit, seedAccounts, type UiKit, type UiKitOptions } from './ui-kit';

let kit: UiKit | undefined;

afterEach(() => {
  cleanup();
  kit?.close();
  kit = undefined;
});

async function start(options: UiKitOptions = {}, seed = PORTFOLIO) {
  kit = await openUiKit(options);
  seedAccounts(kit.core, seed);
  await mountDashboard(kit.api, { withStatus: true });
  return kit;
}

const banner = (title: string) => screen.getByRole('region', { name: title });

describe('banners', () => {
  it('says when the app runs in demo mode, and asks for no network apps there', async () => {
    await start({ demo: true });
    const demo = banner('Demo mode');
    expect(demo.querySelector('p')?.textContent).toBe('Demo mode — simulated networks, no real accounts');
    expect(within(demo).getByRole('button', { name: 'Show scenarios' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('region', { name: /app not set up/ })).toBeNull();
  });

  it('shows a locked keychain with its card, and adds the card to every account', async () => {
    await start({ keychain: { kind: 'locked' } });
    const locked = banner('Keychain locked');
    expect(locked.textContent).toContain("Tether can't reach this computer's keychain");
    expect(locked.textContent).toContain('The keychain is locked. Unlock it to let Tether read your connections.');
    const steps = within(locked)
      .getAllByRole('listitem')
      .filter((li) => li.closest('ol'));
    expect(steps.map((li) => li.textContent)).toEqual([...cardForNetwork('keychain_unavailable', 'facebook').whatToDo]);
    fireEvent.click(within(screen.getByRole('list', { name: 'Accounts' })).getAllByRole('button')[0] as HTMLElement);
    const titles = within(screen.getByRole('dialog'))
      .getAllByRole('article')
      .map((a) => a.querySelector('h3')?.textContent);
    expect(titles).toContain('Keychain unavailable');
  });

  it('names an unavailable keychain and an insecure one in their own words', async () => {
    await start({ keychain: { kind: 'unavailable', reason: 'No Secret Service on the session bus' } });
    expect(banner('Keychain unavailable').textContent).toContain('No Secret Service on the session bus');
    cleanup();
    kit?.close();
    await start({ keychain: { kind: 'insecure', backend: 'basic_text' } });
    expect(banner('No secure keychain').textContent).toContain('Tether will not keep tokens in it');
  });

  it('asks for the network apps the accounts need, and drops a banner as soon as the app is set up', async () => {
    const k = await start(
      {},
      PORTFOLIO.filter((a) => a.provider === 'twitter'),
    );
    const x = banner('X app not set up');
    expect(x.textContent).toContain(cardForNetwork('network_app_missing', 'twitter').whatHappened);
    expect(x.textContent).toContain('copy its OAuth 2.0 Client ID');
    // No Facebook or Instagram account here, so the Meta app is not nagged about.
    expect(screen.queryByRole('region', { name: /Meta app not set up/ })).toBeNull();
    act(() => {
      k.core.settings.update({ networkApps: { xClientId: 'dGVzdC1jbGllbnQtaWQ' } });
    });
    await waitForGone('X app not set up');
  });

  it('asks for both network apps before the first account is connected', async () => {
    await start({}, []);
    expect(banner('Meta app not set up (Facebook and Instagram)').textContent).toContain('Without the App Secret, Facebook logins last only about an hour.');
    expect(banner('X app not set up')).toBeTruthy();
  });

  it('says only the Meta App Secret is missing once the App ID is saved, and drops the banner when the secret is there', async () => {
    const keychain = new MemorySecretStore();
    const k = await start({ memoryKeychain: keychain }, []);
    expect(banner('Meta app not set up (Facebook and Instagram)')).toBeTruthy();
    act(() => {
      k.core.settings.update({ networkApps: { metaAppId: '1234567890' } });
    });
    await waitFor(() => expect(banner('Meta App Secret not saved (Facebook and Instagram)').textContent).toContain('Without the App Secret'));
    expect(screen.queryByRole('region', { name: /Meta app not set up/ })).toBeNull();
    // Sealed under the keychain's key, as Settings saves it.
    await k.core.appSecrets.setMetaAppSecret('an-app-secret-of-32-characters!!');
    // Saving the secret in Settings announces the status again (sign-in.handlers.ts).
    await act(async () => void (await k.core.status.announce()));
    await waitForGone('Meta App Secret not saved (Facebook and Instagram)');
    expect(banner('X app not set up')).toBeTruthy();
  });

  it('shows notices with where the old file is kept, and dismisses them one by one', async () => {
    await start({
      prepare: (dir) => {
        writeFileSync(join(dir, 'tether.db'), 'this is not a database, just damaged bytes '.repeat(200));
        writeFileSync(join(dir, 'settings.json'), '{ "checkIntervalMinutes": ');
      },
    });
    const database = banner('History database set aside');
    expect(database.textContent).toContain('Nothing was deleted.');
    expect(database.querySelector('code')?.textContent).toMatch(/tether\.db/);
    const settings = banner('Settings reset');
    expect(settings.textContent).toContain('went back to the defaults');
    fireEvent.click(within(database).getByRole('button', { name: 'Dismiss' }));
    await waitForGone('History database set aside');
    expect(banner('Settings reset')).toBeTruthy();
    fireEvent.click(within(banner('Settings reset')).getByRole('button', { name: 'Dismiss' }));
    await waitForGone('Settings reset');
  });
});

/** Waits until the banner with this title is gone. */
function waitForGone(title: string): Promise<void> {
  return waitFor(() => expect(screen.queryByRole('region', { name: title })).toBeNull());
}
