/** Which links leave the app for the user's browser (security checklist #15): https to the hosts our cards link to. */
import { shell } from 'electron';
import { LINKS } from '../../../shared/reasons/links';
import { parseUrl } from './app-origin';

// Derived from the card catalog, so a new help link works without touching this file and nothing else gets out.
const ALLOWED_HOSTS: ReadonlySet<string> = new Set(Object.values(LINKS).map((link) => new URL(link.url).host));

/** True for https URLs on an allowed host (exact host: no look-alike suffixes, no port, no userinfo). */
export function isAllowedExternalUrl(rawUrl: string): boolean {
  const url = parseUrl(rawUrl);
  return url !== null && url.protocol === 'https:' && ALLOWED_HOSTS.has(url.host);
}

/** Opens an allowed link in the browser; anything else is dropped. */
export function openExternalSafely(rawUrl: string): void {
  if (isAllowedExternalUrl(rawUrl)) void shell.openExternal(new URL(rawUrl).href);
}
