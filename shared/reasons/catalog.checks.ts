/** Card copy for states that come from Tether's own checks rather than from an error response. */
import type { CardCopy, CardKind, CheckCardId } from './card-types';
import { LINKS } from './links';
import { TIPS } from './tips';

/** What each check state means, and whether reconnecting fixes it. */
export const CHECK_CARD_POLICY: Readonly<Record<CheckCardId, { readonly kind: CardKind; readonly reconnectFixes: boolean | null }>> = {
  token_expiring: { kind: 'warning', reconnectFixes: true },
  cannot_verify: { kind: 'transient', reconnectFixes: null },
  keychain_unavailable: { kind: 'setup', reconnectFixes: false },
  network_app_missing: { kind: 'setup', reconnectFixes: false },
};

/** Copy for the check-derived states. */
export const CHECK_CARDS: Readonly<Record<CheckCardId, CardCopy>> = {
  token_expiring: {
    title: 'Login expiring soon',
    summary: 'This login runs out soon. Reconnect now to avoid a gap.',
    networks: ['facebook', 'instagram'],
    whatHappened: {
      all: 'Facebook logins last about 60 days. This one is close to its end; when it runs out, every Page and Instagram account under it disconnects at once.',
      instagram:
        'Tether reaches this Instagram account through a Facebook login, and that login is close to its end. When it runs out, every Page and Instagram account under it disconnects at once.',
    },
    whatToDo: {
      all: ['Click Reconnect and sign in with the same account.', 'Tether swaps the old login for a new one. Nothing else changes.'],
    },
    links: { all: [LINKS.fbBusinessIntegrations] },
    prevention: [TIPS.knowLifespans, TIPS.reconnectWhenWarned],
  },

  cannot_verify: {
    title: "Can't verify right now",
    summary: "Tether hasn't been able to check this account for a while.",
    networks: ['facebook', 'instagram', 'twitter'],
    whatHappened: {
      all: 'Checks for this account keep failing for reasons that look temporary: the network is slow or down, or this computer is offline. Tether shows the last status it knows and keeps trying.',
    },
    whatToDo: {
      all: [
        'Check that this computer is online.',
        "Look at the network's status page for an outage.",
        'Click Check again. If it still fails after a few hours, copy the details for support below.',
      ],
    },
    links: { all: [LINKS.metaStatus, LINKS.xApiStatus], facebook: [LINKS.metaStatus], instagram: [LINKS.metaStatus], twitter: [LINKS.xApiStatus] },
    prevention: [TIPS.keepChecksRunning],
  },

  keychain_unavailable: {
    title: 'Keychain unavailable',
    summary: "Tether can't reach this computer's keychain, where it keeps logins safe.",
    networks: ['facebook', 'instagram', 'twitter'],
    whatHappened: {
      all: "Tether keeps every login in this computer's keychain (Keychain on macOS, Credential Manager on Windows, the keyring on Linux), never in plain files. The keychain is locked, not running, or refused access, so Tether can't read or save logins. Your accounts are not disconnected.",
    },
    whatToDo: {
      all: [
        'Unlock the keychain. Signing out of the computer and back in usually does it.',
        'On Linux, make sure a keyring service such as GNOME Keyring or KWallet is running.',
        'Click Try again in Tether.',
      ],
    },
    links: { all: [LINKS.macKeychain, LINKS.windowsCredentialManager, LINKS.linuxKeyring] },
    prevention: [TIPS.keepKeychainUnlocked],
  },

  network_app_missing: {
    title: 'Network app not set up',
    summary: 'Tether needs the details of your own Meta or X app before it can connect or check accounts.',
    networks: ['facebook', 'instagram', 'twitter'],
    whatHappened: {
      all: 'Tether connects through your own Meta and X apps, and the details of one are missing or no longer accepted in Settings → Network apps.',
      facebook:
        'Tether connects to Facebook and Instagram through your own Meta app, and its App ID or App Secret is missing or no longer accepted in Settings → Network apps. Without the App Secret, Facebook logins last only about an hour.',
      instagram:
        'Tether connects to Facebook and Instagram through your own Meta app, and its App ID or App Secret is missing or no longer accepted in Settings → Network apps. Without the App Secret, Facebook logins last only about an hour.',
      twitter: 'Tether connects to X through your own X app, and its Client ID is missing or no longer accepted in Settings → Network apps.',
    },
    whatToDo: {
      all: ["Open your app on the network's developer site and copy its details.", 'Paste them in Tether under Settings → Network apps.', 'Click Check again.'],
      facebook: [
        'Open your app in the Meta developer dashboard and copy its App ID and App Secret.',
        'Paste them in Tether under Settings → Network apps.',
        'Click Check again.',
      ],
      instagram: [
        'Open your app in the Meta developer dashboard and copy its App ID and App Secret.',
        'Paste them in Tether under Settings → Network apps.',
        'Click Check again.',
      ],
      twitter: [
        'Open your app in the X developer portal and copy its OAuth 2.0 Client ID.',
        "Check that the app's type is Native App and that it lists Tether's callback address.",
        'Paste the Client ID in Tether under Settings → Network apps, then click Check again.',
      ],
    },
    links: {
      all: [LINKS.metaDeveloperApps, LINKS.xDeveloperPortal],
      facebook: [LINKS.metaDeveloperApps],
      instagram: [LINKS.metaDeveloperApps],
      twitter: [LINKS.xDeveloperPortal],
    },
    prevention: [TIPS.keepNetworkAppCurrent],
  },
};
