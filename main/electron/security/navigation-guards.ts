/** Keeps a window on our own page (security checklist #13/#14): no navigation away, no new windows, no webviews. */
import type { WebContents } from 'electron';
import { openExternalSafely } from './external-links';

/** Installs the guards; links the page tries to follow or open go to the browser if they are allowed. */
export function guardNavigation(contents: WebContents, isOwnPage: (url: string) => boolean): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isOwnPage(url)) return;
    event.preventDefault();
    openExternalSafely(url);
  });
  // webviewTag is off, but refuse attachment anyway should that preference ever change.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
