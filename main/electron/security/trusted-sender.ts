/** Decides whether a URL is our own renderer page (security checklist #13/#17): for IPC senders and navigation. */
import { isAppUrl, parseUrl } from './app-origin';

/** Our page is app://tether, or in an unpackaged run the dev server's exact origin. file: is never trusted. */
export function isTrustedRendererUrl(rawUrl: string, devServerUrl: string | undefined): boolean {
  if (isAppUrl(rawUrl)) return true;
  if (devServerUrl === undefined) return false;
  const url = parseUrl(rawUrl);
  const dev = parseUrl(devServerUrl);
  return url !== null && dev !== null && url.protocol === dev.protocol && url.host === dev.host;
}
