/** The words of sign-in: network names and what each failure means, with what to do next. */
import type { SignInFailure, SignInNetwork } from '../../../../shared/domain/sign-in';

export const NETWORK_NAME: Record<SignInNetwork, string> = { facebook: 'Facebook', twitter: 'X' };

/** What a failed sign-in means. Every one of them changed nothing. */
export function failurePhrase(network: SignInNetwork, failure: SignInFailure): string {
  const name = NETWORK_NAME[network];
  switch (failure) {
    case 'denied':
      return `You cancelled on ${name}, so nothing changed.`;
    case 'closed':
      return 'The sign-in was closed before it finished. Nothing changed.';
    case 'timeout':
      return 'The sign-in took too long, so Tether stopped waiting. Nothing changed.';
    case 'state_mismatch':
      return "The answer didn't come from the sign-in Tether started, so Tether ignored it. Nothing changed.";
    case 'code_rejected':
      return `${name} refused the sign-in code: its proof (PKCE) didn't match, or it expired or was used already. Nothing changed.`;
    case 'bad_app_credentials':
      return `${name} didn't accept your app's credentials. Check them in Network apps. Nothing changed.`;
    case 'network_error':
      return `Tether couldn't reach ${name}. Check your connection. Nothing changed.`;
    case 'not_set_up':
      return `Set up your ${network === 'facebook' ? 'Meta app' : 'X app'} in Network apps first.`;
    case 'refused':
      return `${name} let you sign in but won't let Tether act for you yet. Nothing changed.`;
    case 'failed':
      return 'The sign-in failed. Nothing changed.';
    case 'desktop_app_only':
      return `${name} sign-in works in the Tether desktop app, not in this browser page. Nothing was started.`;
  }
}

/**
 * Why Facebook can't sign in under `tether serve`, and what to do instead (the reasons: main/serve/serve-sign-in.ts).
 */
export const DESKTOP_APP_ONLY_STEPS = [
  'Facebook sends a login back only to a secure (https) address, or to its own page, which only the desktop app’s sign-in window can read. This page runs on http://127.0.0.1.',
  'Stop tether serve, open the Tether desktop app with the same data folder, and connect Facebook and Instagram there.',
  'Start tether serve again: it keeps checking those accounts, and X still signs in here.',
] as const;

/** Where a person logs out of a network in their browser, so that a new sign-in asks who they are. */
export const LOG_OUT_LINKS: Record<SignInNetwork, { readonly label: string; readonly url: string; readonly then: string }> = {
  facebook: { label: 'Open Facebook', url: 'https://www.facebook.com/', then: ', choose your profile picture at the top right, then Log out' },
  twitter: { label: 'Log out of X', url: 'https://x.com/logout', then: ' and confirm' },
};
