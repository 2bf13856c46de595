// @vitest-environment jsdom
// Settings in the desktop app and in a browser tab of `tether serve`, against a real core: what each shows, the
// expiry warnings, browser notifications asked only from a click, and the team channel's webhook (masked, tested
// against a real HTTP receiver on loopback). jsdom has no Notification API: a recording stand-in plays the
// browser's part here; Chromium's real one is exercised by tests/e2e/browser-alerts.spec.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../renderer/src/App';
import { connectStoreToMain } from '../../../renderer/src/store/bridge';
import { createAppStore, type AppStore } from '../../../renderer/src/store/store';
import { StoreProvider } from '../../../renderer/src/store/store-context';
import type { Surface } from '../../../renderer/src/store/slices/alerts.slice';
import type { WebNotificationOptions, WebNotificationPermission, WebNotifications } from '../../../renderer/src/platform/web-notifications';
import { MemorySecretStore } from '../../../main/core/secrets/memory-secret-store';
import { startWebhookReceiver, type WebhookReceiver } from '../../fixtures/alerts/webhook-receiver';
import { NOW, PORTFOLIO, openUiKit, seedAccounts, type UiKit } from './ui-kit';

/** The browser's part: what the user answers when asked, and what was shown. */
class BrowserStandIn implements WebNotifications {
  asked = 0;
  readonly shown: Array<{ options: WebNotificationOptions; click: () => void }> = [];
  constructor(
    private state: WebNotificationPermission = 'default',
    private readonly answer: WebNotificationPermission = 'granted',
  ) {}
  permission = (): WebNotificationPermission => this.state;
  request = (): Promise<WebNotificationPermission> => {
    this.asked += 1;
    this.state = this.answer;
    return Promise.resolve(this.state);
  };
  show = (options: WebNotificationOptions, click: () => void): void => void this.shown.push({ options, click });
}

let kit: UiKit | undefined;
let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  cleanup();
  kit?.close();
  kit = undefined;
  await receiver?.close();
  receiver = undefined;
});

async function openSettings(surface: Surface, web = new BrowserStandIn()): Promise<{ store: AppStore; web: BrowserStandIn; remembered: string[] }> {
  kit = await openUiKit({ memoryKeychain: new MemorySecretStore() });
  seedAccounts(kit.core, PORTFOLIO);
  const remembered: string[] = [];
  const store = createAppStore({
    api: kit.api,
    clock: { now: () => NOW },
    surface,
    webNotifications: web,
    promptMemory: { dismissed: () => remembered.length > 0, dismiss: () => void remembered.push('dismissed') },
  });
  connectStoreToMain(kit.api, store);
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  await act(() => store.getState().loadSettings());
  act(() => store.getState().setScreen('settings'));
  await screen.findByRole('heading', { name: 'Settings' });
  return { store, web, remembered };
}

const section = (name: string) => screen.getByRole('region', { name });

describe('Settings: what applies where', () => {
  it('shows the desktop settings in the app, and no browser notifications', async () => {
    await openSettings('desktop');
    expect(section('Desktop')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Browser notifications' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Get told when an account needs you' })).toBeNull();
    expect(section('Team alerts')).toBeTruthy();
  });

  it('hides the tray and login-item settings in a browser tab, and offers browser notifications instead', async () => {
    await openSettings('browser');
    expect(screen.queryByRole('region', { name: 'Desktop' })).toBeNull();
    expect(screen.queryByLabelText('Launch Tether when I log in')).toBeNull();
    expect(within(section('Browser notifications')).getByRole('status').textContent).toMatch(/^Off\./);
  });
});

describe('Settings: warnings before a login expires', () => {
  it('saves each lead time on its own', async () => {
    await openSettings('desktop');
    const warnings = screen.getByRole('group', { name: 'Warn me before a login expires' });
    const oneDay = within(warnings).getByLabelText('1 day before') as HTMLInputElement;
    expect(oneDay.checked).toBe(true);
    fireEvent.click(oneDay);
    await waitFor(() => expect(kit?.core.settings.get().notifications.leadTimes).toEqual({ '7d': true, '1d': false, '1h': true }));
    expect(oneDay.checked).toBe(false);
  });
});

describe('browser notifications', () => {
  it('never asks on load; asks once the button is clicked, and says they are on', async () => {
    const { web } = await openSettings('browser');
    expect(web.asked).toBe(0);
    fireEvent.click(within(section('Browser notifications')).getByRole('button', { name: 'Turn on browser notifications' }));
    await waitFor(() => expect(within(section('Browser notifications')).getByRole('status').textContent).toMatch(/^On\./));
    expect(web.asked).toBe(1);
    expect(screen.queryByRole('region', { name: 'Get told when an account needs you' })).toBeNull();
  });

  it('says how to unblock them when the browser blocks them', async () => {
    await openSettings('browser', new BrowserStandIn('denied'));
    expect(within(section('Browser notifications')).getByRole('status').textContent).toMatch(/Blocked in this browser/);
    expect(within(section('Browser notifications')).queryByRole('button')).toBeNull();
  });

  it('offers them once in a bar whose "Not now" is remembered', async () => {
    const { web, remembered } = await openSettings('browser');
    const bar = section('Get told when an account needs you');
    fireEvent.click(within(bar).getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('region', { name: 'Get told when an account needs you' })).toBeNull();
    expect(remembered).toEqual(['dismissed']);
    expect(web.asked).toBe(0);
  });
});

describe('Settings: team alerts', () => {
  it('refuses an address that is not https, in plain words, and keeps nothing', async () => {
    await openSettings('desktop');
    const alerts = section('Team alerts');
    fireEvent.change(within(alerts).getByLabelText('Webhook address'), { target: { value: 'http://hooks.example.com/x/y' } });
    fireEvent.click(within(alerts).getByRole('button', { name: 'Save webhook' }));
    expect((await within(alerts).findByRole('alert')).textContent).toMatch(/Use an https:\/\/ address/);
    expect(await kit?.core.secrets.get({ kind: 'alert_webhook' })).toBeNull();
    expect(within(alerts).getByText('No team channel yet.')).toBeTruthy();
  });

  it('keeps the webhook in the keychain, shows it masked, suggests the channel, and sends a test alert', async () => {
    receiver = await startWebhookReceiver();
    await openSettings('desktop');
    const alerts = section('Team alerts');
    const kind = within(alerts).getByLabelText('Channel') as HTMLSelectElement;
    fireEvent.change(within(alerts).getByLabelText('Webhook address'), { target: { value: 'https://discord.com/api/webhooks/1/abc' } });
    expect(kind.value).toBe('discord');
    fireEvent.change(kind, { target: { value: 'json' } });
    fireEvent.change(within(alerts).getByLabelText('Webhook address'), { target: { value: receiver.address } });
    fireEvent.click(within(alerts).getByRole('button', { name: 'Save webhook' }));

    const masked = await within(alerts).findByText(/^127\.0\.0\.1:\d+\/…\/\w{4}$/);
    expect(masked.textContent?.endsWith(receiver.secretPath.slice(-4))).toBe(true);
    expect(document.body.textContent).not.toContain(receiver.secretPath);
    // The field empties once the save has answered, which may be a render after the status showed the mask.
    await waitFor(() => expect((within(alerts).getByLabelText('New webhook address') as HTMLInputElement).value).toBe(''));
    expect(JSON.parse((await kit?.core.secrets.get({ kind: 'alert_webhook' })) ?? '{}')).toEqual({ kind: 'json', address: receiver.address });

    fireEvent.click(within(alerts).getByRole('button', { name: 'Send a test alert' }));
    expect(await within(alerts).findByText('Sent. The test alert should be in the channel now.')).toBeTruthy();
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]?.body).toMatchObject({ source: 'tether', kind: 'test', title: 'Tether test alert' });

    receiver.answerAlways({ status: 500 });
    fireEvent.click(within(alerts).getByRole('button', { name: 'Send a test alert' }));
    expect(await within(alerts).findByText('Not sent: the channel answered HTTP 500.')).toBeTruthy();
    await waitFor(() => expect(within(alerts).getByText(/Last problem: the channel answered HTTP 500\./)).toBeTruthy());

    fireEvent.click(within(alerts).getByRole('button', { name: 'Remove' }));
    expect(await within(alerts).findByText('No team channel yet.')).toBeTruthy();
    expect(await kit?.core.secrets.get({ kind: 'alert_webhook' })).toBeNull();
  });
});
