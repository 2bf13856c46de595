/** Prevention tips, each tagged with the practice it teaches; several cards share them. */
import type { PreventionTip } from './card-types';

/** Every prevention tip by name. */
export const TIPS = {
  keepAppAuthorized: {
    practice: 'keep_app_authorized',
    text: 'Keep Tether on the list of apps your account allows (Business Integrations on Facebook, connected apps on X). Removing it there disconnects every Page and account under that login.',
  },
  agreeBeforeRemoving: {
    practice: 'keep_app_authorized',
    text: 'Agree with your team that nobody removes Tether from connected apps except to troubleshoot, and that whoever does reconnects it right after.',
  },
  grantEverything: {
    practice: 'keep_app_authorized',
    text: 'When you reconnect, leave every permission switched on and select every Page and Instagram account. After you create a new Page, reconnect once so it is included.',
  },
  noSharedLogins: {
    practice: 'no_shared_logins',
    text: "Don't share one login between people, devices or places. Give each person their own account and their own access to the Page; the same login used from many devices or internet connections looks like a break-in to the networks.",
  },
  noAliasUsernames: {
    practice: 'no_alias_usernames',
    text: 'Manage Pages from a personal account under your real name. Accounts with made-up or alias names are checked more often and cut off more easily.',
  },
  avoidFlaggedContent: {
    practice: 'avoid_flagged_content',
    text: "Don't publish content that may be flagged as inappropriate, or material you don't have the rights to. Copyright reports and rule breaks lead to security checks, locks and suspensions.",
  },
  keepPageRole: {
    practice: 'keep_page_role',
    text: 'Keep Admin or Editor on each Page for the person who connected it (on newer Pages: Facebook access with full or partial control). Tether loses the Page the moment that access is reduced or removed.',
  },
  enableTwoFactor: {
    practice: 'enable_two_factor',
    text: 'Turn on two-factor authentication for everyone who manages a Page that belongs to a Business portfolio or has a large audience. Facebook requires it for those Pages and blocks access without it.',
  },
  keepInstagramBusiness: {
    practice: 'keep_instagram_business',
    text: "Keep each Instagram account set to Business and linked to its Facebook Page. A personal account can't be managed by apps at all, and a Creator account can't publish Stories or tag products.",
  },
  knowLifespans: {
    practice: 'know_token_lifespans',
    text: "Know how long each login lasts. A Facebook login lasts about 60 days (about an hour if Tether has no Meta App Secret) and the Page access it gives doesn't expire. Facebook stops sharing profile data after 90 days without use, but Page access is exempt. X access lasts 2 hours and Tether renews it by itself.",
  },
  oneTetherPerXAccount: {
    practice: 'know_token_lifespans',
    text: 'Connect each X account to one copy of Tether only. Each X renewal works once, so two copies renewing the same account sign each other out.',
  },
  reconnectWhenWarned: {
    practice: 'know_token_lifespans',
    text: 'Tether warns you 7 days, 1 day and 1 hour before a login runs out. Reconnecting when warned avoids any gap in publishing.',
  },
  reconnectAfterPasswordChange: {
    practice: 'plan_account_changes',
    text: 'Changing the password or username of a connected account disconnects it. Plan such changes, and reconnect in Tether right after.',
  },
  pageVisibility: {
    practice: 'plan_account_changes',
    text: 'Before you unpublish a Page or limit it by country or age, remember that apps lose access to it until you change it back.',
  },
  followXRules: {
    practice: 'follow_network_rules',
    text: "Avoid bursts of follows and unfollows, and repeated or near-identical posts: X reads them as spam. Read X's notices about your account when they arrive.",
  },
  secureXAccount: {
    practice: 'secure_your_account',
    text: 'Use a strong password used nowhere else, and turn on two-factor authentication, so nobody else can get into the account and get it locked or suspended.',
  },
  shareRateLimits: {
    practice: 'share_rate_limits',
    text: 'Every tool connected to the same account and app shares its request limits. Running fewer tools at once leaves more room for each.',
  },
  keepChecksRunning: {
    practice: 'keep_checks_running',
    text: 'Tether checks again when your computer wakes up or comes back online. For checks around the clock, run Tether in headless mode on a computer that stays on.',
  },
  keepKeychainUnlocked: {
    practice: 'keep_keychain_unlocked',
    text: "Let your keychain unlock when you sign in to your computer, and don't delete Tether's entries from it.",
  },
  keepNetworkAppCurrent: {
    practice: 'keep_network_app_current',
    text: 'Keep your Meta and X apps active. If you reset the App Secret or Client ID there, paste the new one in Settings → Network apps the same day.',
  },
} as const satisfies Record<string, PreventionTip>;
