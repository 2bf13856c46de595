/** Settings → Browser notifications (under `tether serve` only): what this browser allows, and the button that asks. */
import type { WebNotificationPermission } from '../../platform/web-notifications';
import { useAppStore } from '../../store/store-context';

const STATE_WORDS: Readonly<Record<WebNotificationPermission, string>> = {
  default: 'Off. Turn them on to be told in this browser when an account needs you.',
  granted: 'On. This browser shows Tether’s notifications, with the same quiet hours and grouping as the desktop app.',
  denied: 'Blocked in this browser. Allow notifications for this page in the browser’s site settings (the icon left of the address), then reload.',
  unsupported: 'This browser can’t show notifications.',
};

export function BrowserNotificationsSection() {
  const permission = useAppStore((s) => s.browserPermission);
  const ask = useAppStore((s) => s.askBrowserPermission);
  return (
    <section className="settings-section" aria-labelledby="settings-browser-notify">
      <h2 id="settings-browser-notify">Browser notifications</h2>
      <p role="status">{STATE_WORDS[permission]}</p>
      {permission === 'default' ? (
        <p>
          <button type="button" className="primary" onClick={() => void ask()}>
            Turn on browser notifications
          </button>
        </p>
      ) : null}
      <p className="hint">The tab’s title and icon also show how many accounts need you.</p>
    </section>
  );
}
