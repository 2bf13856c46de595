/**
 * Checks a webhook address before it is kept, and masks it for the screen. The address is a secret (whoever holds
 * it can post to the channel), so only its host and last four characters are ever shown: "hooks.slack.com/…/X7kQ".
 */

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

export type AddressCheck = { readonly ok: true; readonly url: URL } | { readonly ok: false; readonly message: string };

/**
 * An https address, or http on this computer (a receiver running beside Tether). No user name or password in it:
 * fetch refuses those, and they would be one more secret in the address.
 */
export function checkWebhookAddress(text: string): AddressCheck {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, message: 'That is not a web address. Paste the whole webhook address, starting with https://' };
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return { ok: false, message: 'Use an https:// address: alerts name your clients and accounts, so they must travel encrypted.' };
  }
  if (url.username || url.password) return { ok: false, message: 'Use an address without a user name or password in it.' };
  if (url.pathname === '/' && !url.search) return { ok: false, message: 'That is only a site. Paste the whole webhook address, with its path.' };
  return { ok: true, url };
}

/** "hooks.slack.com/…/X7kQ": the host and the last four characters, never enough to post. */
export function maskWebhookAddress(url: URL): string {
  const tail = `${url.pathname}${url.search}`.replace(/\/+$/, '');
  const last = tail.slice(-4);
  return tail.length > 8 ? `${url.host}/…/${last}` : `${url.host}/…`;
}
