/** Permission handlers for every session Tether uses (security checklist #5): deny by default. */
import type { Session } from 'electron';
import { isAppUrl } from './app-origin';

// "Copy support details" calls navigator.clipboard.writeText, which Chromium gates behind this permission;
// it is granted to our own page's main frame and nothing else. Every other permission is refused everywhere.
const OWN_PAGE_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/**
 * Denies every permission request and check (media, notifications, geolocation, openExternal, …) and every device
 * (HID, serial, USB). Call it for each session Tether creates, e.g. an OAuth window's partition.
 */
export function hardenSession(target: Session, isOwnPage: (url: string) => boolean = isAppUrl): void {
  const allowed = (permission: string, url: string | undefined, isMainFrame: boolean): boolean =>
    OWN_PAGE_PERMISSIONS.has(permission) && isMainFrame && url !== undefined && isOwnPage(url);
  target.setPermissionRequestHandler((_contents, permission, callback, details) => callback(allowed(permission, details.requestingUrl, details.isMainFrame)));
  target.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    allowed(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame),
  );
  target.setDevicePermissionHandler(() => false);
}
