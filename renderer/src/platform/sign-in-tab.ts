/**
 * Under `tether serve` the network's sign-in page opens in a browser tab. Browsers block a popup that isn't opened
 * during the click itself, so a blank one is opened at once and sent to the sign-in URL once main has made it.
 * In the desktop app main shows the sign-in itself (its own window, or the system browser): no tab.
 */
export interface SignInTab {
  show(url: string): void;
  close(): void;
}

/**
 * Opens the blank tab now (call it inside the click handler), or null in the desktop app. Tether doesn't watch
 * `popup.closed` to learn that the tab was closed: a network page with Cross-Origin-Opener-Policy severs the link and
 * makes it read `true` at once, which would cancel a sign-in that is still going. Cancel and the timeout end it.
 */
export function openSignInTab(): SignInTab | null {
  if (typeof window === 'undefined' || window.tether) return null;
  // A fresh, unnamed window each time: closing the last one is asynchronous, and reusing a name could land in it.
  const popup = window.open('about:blank', '_blank', 'popup=yes,width=560,height=720');
  if (!popup) {
    // Blocked anyway: open it as an ordinary new tab once the URL is known.
    return { show: (url) => void window.open(url, '_blank', 'noopener'), close: () => undefined };
  }
  // The opener link is kept: Chromium lets Tether close the tab on cancel or timeout only through it (a popup whose
  // opener was set to null can't be closed from here). Only the network's own sign-in pages and Tether's callback
  // page load in it, and networks that send Cross-Origin-Opener-Policy sever the link themselves.
  return {
    show: (url) => popup.location.replace(url),
    close: () => {
      if (!popup.closed) popup.close();
    },
  };
}
