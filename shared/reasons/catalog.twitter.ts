/** Card copy for X's own states: a locked or suspended account, and a developer app set up wrongly. */
import type { CardCopy } from './card-types';
import { LINKS } from './links';
import { TIPS } from './tips';

/** Copy for X's locked and suspended states, and for a misconfigured X developer app. */
export const TWITTER_CARDS: Readonly<Record<'account_locked' | 'account_suspended' | 'app_misconfigured', CardCopy>> = {
  account_locked: {
    title: 'X account locked',
    summary: 'X has temporarily locked this account to protect it.',
    networks: ['twitter'],
    whatHappened: {
      all: 'X locks an account for a while when it sees activity it finds suspicious: logins from unusual places or devices, following or unfollowing many accounts quickly, or repeated or spammy posts. While it is locked, no app can use it.',
    },
    whatToDo: {
      all: [
        'Log in at x.com with this account.',
        'Follow the steps X shows to unlock it, such as confirming your phone number or email address.',
        'Come back to Tether and click Reconnect.',
      ],
    },
    links: { all: [LINKS.xAccountAccess, LINKS.xLockedHelp] },
    prevention: [TIPS.noSharedLogins, TIPS.followXRules, TIPS.secureXAccount],
  },

  account_suspended: {
    title: 'X account suspended',
    summary: 'X has suspended this account, so no app can use it.',
    networks: ['twitter'],
    whatHappened: {
      all: 'X suspends accounts it believes break its rules, are fake or spam, or may have been hacked. Sometimes it suspends an account by mistake. While suspended, the account cannot be used by Tether or anyone else.',
    },
    whatToDo: {
      all: [
        'Log in at x.com to see why X suspended the account and what it asks of you.',
        'If you think it is a mistake, file an appeal with X.',
        'Once X restores the account, click Reconnect in Tether.',
      ],
    },
    links: { all: [LINKS.xSuspendedHelp, LINKS.xAppeal, LINKS.xRules] },
    prevention: [TIPS.followXRules, TIPS.avoidFlaggedContent, TIPS.secureXAccount],
  },

  app_misconfigured: {
    title: 'X app settings need fixing',
    summary: 'X refused the app Tether signs in with, not this account. Reconnecting will not help until the app is fixed.',
    networks: ['twitter'],
    whatHappened: {
      all: "X checks the developer app behind every sign-in. It turned this one away: its keys are wrong or were regenerated, or its type doesn't match how Tether signs in (Tether is a desktop app, so X must list it as a Native App, a public client). Every X account that uses this app is affected the same way.",
    },
    whatToDo: {
      all: [
        'Open the X developer portal and select the app you entered in Tether (Settings → Network apps).',
        'Under User authentication settings, set the type of app to Native App and save.',
        'Check that the Client ID in Tether matches the one the portal shows; if you regenerated keys, copy the new ones into Tether.',
        "Check that the app's callback URL is exactly the one Tether shows in Settings → Network apps, port included.",
        'Come back to Tether and click Reconnect.',
      ],
    },
    links: { all: [LINKS.xDeveloperPortal] },
    prevention: [TIPS.keepNetworkAppCurrent],
  },
};
