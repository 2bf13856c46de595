/**
 * A one-time bar in a browser tab of `tether serve`, offering browser notifications. It asks the browser only
 * when the button is pressed (browsers ignore or penalise asking on load), and "Not now" hides it for good.
 */
import { useAppStore } from '../../store/store-context';

/** The bar, or nothing (desktop app, already answered, dismissed, or no Notification API). */
export function BrowserNotificationsPrompt() {
  const surface = useAppStore((s) => s.surface);
  const permission = useAppStore((s) => s.browserPermission);
  const dismissed = useAppStore((s) => s.browserPromptDismissed);
  const ask = useAppStore((s) => s.askBrowserPermission);
  const dismiss = useAppStore((s) => s.dismissBrowserPrompt);
  if (surface !== 'browser' || permission !== 'default' || dismissed) return null;
  return (
    <section className="banner banner-info banner-compact" aria-labelledby="browser-notifications-prompt-title" data-banner="browser-notifications">
      <h2 id="browser-notifications-prompt-title">Get told when an account needs you</h2>
      <p>A browser notification when an account disconnects or a login is about to expire, even with this tab in the background.</p>
      <span className="banner-actions">
        <button type="button" className="primary" onClick={() => void ask()}>
          Turn on browser notifications
        </button>
        <button type="button" onClick={dismiss}>
          Not now
        </button>
      </span>
    </section>
  );
}
