/**
 * The browser's Notification API behind a small port: what the user allowed, asking (only ever from a click), and
 * showing one. `tether serve` runs on http://127.0.0.1, a secure context by the spec (loopback is "potentially
 * trustworthy": https://w3c.github.io/webappsec-secure-contexts/#is-origin-trustworthy), so the API is there.
 */

export type WebNotificationPermission = 'default' | 'granted' | 'denied' | 'unsupported';

export interface WebNotificationOptions {
  readonly title: string;
  readonly body: string;
  /** Notifications with the same tag replace each other: several tabs of Tether show one. */
  readonly tag: string;
  /** Stays until the user acts (the most urgent only). */
  readonly requireInteraction: boolean;
}

export interface WebNotifications {
  permission(): WebNotificationPermission;
  /** Asks the browser. Browsers only ask from a user gesture: call it from a click handler, never on load. */
  request(): Promise<WebNotificationPermission>;
  /** Shows a notification; `onClick` runs when the user clicks it. */
  show(options: WebNotificationOptions, onClick: () => void): void;
}

/** The page's own Notification API, or one that says "unsupported" where there is none. */
export function pageNotifications(scope: typeof globalThis = globalThis): WebNotifications {
  const api = (scope as { Notification?: typeof Notification }).Notification;
  if (!api) {
    return { permission: () => 'unsupported', request: () => Promise.resolve('unsupported'), show: () => undefined };
  }
  return {
    permission: () => api.permission,
    request: async () => api.requestPermission(),
    show(options, onClick) {
      const shown = new api(options.title, { body: options.body, tag: options.tag, requireInteraction: options.requireInteraction });
      shown.onclick = () => {
        shown.close();
        onClick();
      };
    },
  };
}
