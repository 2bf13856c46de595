// @vitest-environment jsdom
// A browser tab of `tether serve` against a real core: the title and favicon carry the count that needs the user,
// and the notifications the core's policy decides become Web Notifications only once they are allowed. (jsdom
// has no Notification API: a recording stand-in plays the browser; tests/e2e/browser-alerts.spec.ts uses Chromium's.)
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { App } from '../../../renderer/src/App';
import { connectStoreToMain } from '../../../renderer/src/store/bridge';
import { createAppStore, type AppStore } from '../../../renderer/src/store/store';
import { StoreProvider } from '../../../renderer/src/store/store-context';
import { faviconHref, startTabBadge, tabTitle } from '../../../renderer/src/features/alerts/tab-badge';
import { connectBrowserAlerts } from '../../../renderer/src/features/alerts/browser-alerts';
import type { WebNotificationOptions, WebNotificationPermission, WebNotifications } from '../../../renderer/src/platform/web-notifications';
import { startNotificationFeed } from '../../../main/core/notify/notification-feed';
import type { TetherNotification } from '../../../main/core/notify/notification';
import type { AccountId } from '../../../shared/domain/ids';
import { NOW, PORTFOLIO, openUiKit, seedAccounts, setHealth, type UiKit } from './ui-kit';

class BrowserStandIn implements WebNotifications {
  readonly shown: Array<{ options: WebNotificationOptions; click: () => void }> = [];
  constructor(public state: WebNotificationPermission = 'default') {}
  permission = (): WebNotificationPermission => this.state;
  request = (): Promise<WebNotificationPermission> => Promise.resolve((this.state = 'granted'));
  show = (options: WebNotificationOptions, click: () => void): void => void this.shown.push({ options, click });
}

let kit: UiKit | undefined;
/** The presenter seam the feed attaches to: what the core's notifier would call with a decided batch. */
let deliver: (list: readonly TetherNotification[]) => void = () => undefined;
const stops: Array<() => void> = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  cleanup();
  kit?.close();
  kit = undefined;
  document.head.querySelectorAll('link[rel="icon"]').forEach((l) => l.remove());
});

async function openTab(web: BrowserStandIn): Promise<AppStore> {
  kit = await openUiKit();
  seedAccounts(kit.core, PORTFOLIO);
  const store = createAppStore({
    api: kit.api,
    clock: { now: () => NOW },
    surface: 'browser',
    webNotifications: web,
    promptMemory: { dismissed: () => true, dismiss: () => undefined },
  });
  stops.push(
    connectStoreToMain(kit.api, store),
    startTabBadge(store),
    connectBrowserAlerts(kit.api, store, web, () => undefined),
  );
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  await act(() => store.getState().loadAccounts());
  return store;
}

/** A notification as the core's policy hands it to its presenters. */
const disconnection = (accountId: string): TetherNotification => ({
  id: `disconnection:${accountId}:password_changed:${NOW}`,
  kind: 'disconnection',
  title: 'Harbor Bakery: Password changed',
  body: 'Facebook ended this login.',
  accountId: accountId as AccountId,
  accountIds: [accountId as AccountId],
  urgency: 'critical',
  target: { kind: 'account', accountId: accountId as AccountId },
});

describe('the tab', () => {
  it('carries the count that needs the user in its title and favicon, and follows it', async () => {
    await openTab(new BrowserStandIn());
    expect(document.title).toBe('Tether');
    setHealth(kit!.core, 'a-harbor', { status: 'needs_reconnect', reason: 'password_changed' });
    setHealth(kit!.core, 'a-x-cafe', { status: 'needs_action', reason: 'account_locked' });
    expect(document.title).toBe('(2) Tether');
    const icon = document.head.querySelector<HTMLLinkElement>('link[rel="icon"]');
    expect(icon?.href).toBe(faviconHref(2));
    expect(decodeURIComponent(icon?.href ?? '')).toContain('>2</text>');
    setHealth(kit!.core, 'a-harbor', { status: 'connected' });
    setHealth(kit!.core, 'a-x-cafe', { status: 'connected' });
    expect(document.title).toBe('Tether');
    expect(decodeURIComponent(icon?.href ?? '')).not.toContain('<circle');
  });

  it('shows nine and more as 9+', () => {
    expect(tabTitle(12)).toBe('(12) Tether');
    expect(decodeURIComponent(faviconHref(12))).toContain('>9+</text>');
  });
});

describe('Web Notifications', () => {
  it('shows nothing before the user allows them, then each decided notification, and a click opens the account', async () => {
    const web = new BrowserStandIn('default');
    const store = await openTab(web);
    const feed = startNotificationFeed({ start: (sink) => ((deliver = sink.deliver), () => undefined) }, kit!.core.events);
    stops.push(feed);
    act(() => deliver([disconnection('a-harbor')]));
    expect(web.shown).toEqual([]);

    await act(() => store.getState().askBrowserPermission());
    act(() => deliver([disconnection('a-harbor')]));
    expect(web.shown.map((s) => s.options)).toEqual([
      {
        title: 'Harbor Bakery: Password changed',
        body: 'Facebook ended this login.',
        tag: `disconnection:a-harbor:password_changed:${NOW}`,
        requireInteraction: true,
      },
    ]);
    act(() => web.shown[0]?.click());
    expect(store.getState().selectedAccountId).toBe('a-harbor');
  });

  it('notices a permission changed in the browser’s own settings', async () => {
    const web = new BrowserStandIn('granted');
    const store = await openTab(web);
    stops.push(startNotificationFeed({ start: (sink) => ((deliver = sink.deliver), () => undefined) }, kit!.core.events));
    web.state = 'denied';
    act(() => deliver([disconnection('a-north')]));
    expect(web.shown).toEqual([]);
    expect(store.getState().browserPermission).toBe('denied');
  });
});
