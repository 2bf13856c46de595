/**
 * Where the packaged renderer lives: Tether's own privileged scheme instead of file: (security checklist #18), so the
 * page has one exact origin that IPC, navigation and permissions can trust, and file: pages get nothing.
 */
import { parseUrl } from '../../core/kernel/parse-url';

export const APP_SCHEME = 'app';
export const APP_HOST = 'tether';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Parses a URL, or null. Userinfo is refused: `app://tether@evil/` must never pass as ours. */
export { parseUrl };

/** True only for app://tether/… exactly: no port, no other host, no userinfo. */
export function isAppUrl(rawUrl: string): boolean {
  const url = parseUrl(rawUrl);
  // `host` includes any port, so app://tether:1/ fails too. (Node gives non-special schemes an opaque 'null' origin.)
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}
